import { describe, expect, it } from 'vitest';
import {
  fitBounds,
  fromMercator,
  mercator,
  metersPerPixel,
  project,
  unproject,
  worldSize,
  type MapView,
} from '../../src/export/core/projection.ts';

const world0: MapView = { center: [0, 0], zoom: 0, width: 512, height: 512 };

describe('project', () => {
  it('puts the view centre in the middle of the frame', () => {
    const view = { center: [35.2, 51.3] as [number, number], zoom: 8, width: 1200, height: 800 };
    const [x, y] = project(view.center, view);
    expect(x).toBeCloseTo(600, 9);
    expect(y).toBeCloseTo(400, 9);
  });

  it('maps the zoom-0 world onto one 512 px tile', () => {
    expect(project([-180, 0], world0)[0]).toBeCloseTo(0, 9);
    expect(project([180, 0], world0)[0]).toBeCloseTo(512, 9);
    expect(project([0, 85.051129], world0)[1]).toBeCloseTo(0, 4);
    expect(project([0, -85.051129], world0)[1]).toBeCloseTo(512, 4);
  });

  it('matches a hand-computed Web Mercator point (Sudzha 35.27 E, 51.19 N, zoom 8)', () => {
    // x = (180 + 35.27) / 360 × 512 · 2^8 = 0.5979722 × 131072 = 78377.415.
    // y: ln(tan(45° + 51.19° / 2)) = 1.0434037 rad = 59.78263° → (180 − 59.78263) / 360 × 131072.
    const [mx, my] = mercator([35.27, 51.19]);
    expect(mx * worldSize(8)).toBeCloseTo(78377.415, 2);
    expect(my * worldSize(8)).toBeCloseTo(43769.81, 1);
  });

  it('doubles distances from the centre per zoom level', () => {
    const at = (zoom: number) => project([1, 1], { ...world0, zoom });
    const [x5, y5] = at(5);
    const [x6, y6] = at(6);
    expect(x6 - 256).toBeCloseTo(2 * (x5 - 256), 9);
    expect(y6 - 256).toBeCloseTo(2 * (y5 - 256), 9);
  });

  it('turns the map with bearing like MapLibre: bearing 90 puts east at the top', () => {
    const view = { ...world0, zoom: 4, bearing: 90 };
    const [x, y] = project([10, 0], view);
    expect(x).toBeCloseTo(256, 9);
    expect(y).toBeLessThan(256);
    const [nx, ny] = project([0, 10], view);
    expect(nx).toBeLessThan(256); // north goes left
    expect(ny).toBeCloseTo(256, 9);
  });

  it('clamps latitudes beyond the Mercator limit', () => {
    expect(project([0, 89.9], world0)[1]).toBeCloseTo(project([0, 85.051129], world0)[1], 9);
  });
});

describe('unproject', () => {
  it('inverts project, with bearing', () => {
    const view: MapView = { center: [35, 51], zoom: 7.3, bearing: -25, width: 1000, height: 700 };
    for (const p of [
      [34.1, 50.2],
      [36.9, 52.7],
      [35, 51],
    ] as [number, number][]) {
      const back = unproject(project(p, view), view);
      expect(back[0]).toBeCloseTo(p[0], 9);
      expect(back[1]).toBeCloseTo(p[1], 9);
    }
    expect(fromMercator(mercator([12, -33]))[1]).toBeCloseTo(-33, 12);
  });
});

describe('metersPerPixel', () => {
  it('is 40075016.686 / 512 = 78271.517 m at the equator, zoom 0', () => {
    expect(metersPerPixel(0, 0)).toBeCloseTo(78271.517, 3);
  });

  it('is 191.6 m per CSS px at lat 51.2, zoom 8 (512 px tiles)', () => {
    // cos 51.2° = 0.6266038; 40075016.686 × 0.6266038 / 131072 = 191.583.
    expect(metersPerPixel(51.2, 8)).toBeCloseTo(191.583, 3);
  });

  it('halves per zoom level and vanishes at the pole', () => {
    expect(metersPerPixel(40, 9)).toBeCloseTo(metersPerPixel(40, 8) / 2, 9);
    expect(metersPerPixel(90, 3)).toBeCloseTo(0, 9);
  });
});

describe('fitBounds', () => {
  it('fits a box so its projected corners touch the padded frame', () => {
    const bbox: [number, number, number, number] = [33.5, 50.8, 36.5, 52.5];
    const { center, zoom } = fitBounds(bbox, 1200, 675, 20);
    const view = { center, zoom, width: 1200, height: 675 };
    const [x0, y0] = project([bbox[0], bbox[3]], view);
    const [x1, y1] = project([bbox[2], bbox[1]], view);
    // One axis fills the padded frame exactly, the other fits inside, both centred.
    const fillsX = Math.abs(x0 - 20) < 1e-6 && Math.abs(x1 - 1180) < 1e-6;
    const fillsY = Math.abs(y0 - 20) < 1e-6 && Math.abs(y1 - 655) < 1e-6;
    expect(fillsX || fillsY).toBe(true);
    expect((x0 + x1) / 2).toBeCloseTo(600, 6);
    expect((y0 + y1) / 2).toBeCloseTo(337.5, 6);
    expect(x0).toBeGreaterThanOrEqual(20 - 1e-6);
    expect(y0).toBeGreaterThanOrEqual(20 - 1e-6);
  });
});
