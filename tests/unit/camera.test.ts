import { bboxPolygon } from '@turf/bbox-polygon';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  coveredEdges,
  framePadding,
  homeBounds,
  marginPadding,
  placeCamera,
  POINT_ZOOM,
  storyBounds,
} from '../../src/map/camera.ts';
import { labelPoints } from '../../src/map/label-points.ts';
import { story } from './story-data.ts';

describe('camera', () => {
  it('frames the Kursk region, the Kursk–Sumy border and Sudzha first', () => {
    const home = bboxPolygon(homeBounds(story.byId, story.file.view.home.places));
    for (const id of ['sudzha']) {
      expect(booleanPointInPolygon(story.byId.get(id)!.geometry as Point, home)).toBe(true);
    }
    const [w, s, e, n] = homeBounds(story.byId, story.file.view.home.places);
    // The Kursk region spans about 34.1–38.5° E and 50.8–52.4° N.
    expect(w).toBeGreaterThan(33.5);
    expect(e).toBeLessThan(39);
    expect(s).toBeGreaterThan(50.5);
    expect(n).toBeLessThan(52.7);
  });

  it('shows the whole story from Crimea to Moscow and from Kyiv to the Donbas', () => {
    const whole = bboxPolygon(storyBounds(story.places));
    for (const id of ['kyiv', 'moscow', 'sudzha']) {
      expect(booleanPointInPolygon(story.byId.get(id)!.geometry as Point, whole)).toBe(true);
    }
    expect(storyBounds(story.places)[1]).toBeLessThan(45); // Crimea's south coast
  });

  it('zooms to points and fits areas', () => {
    expect(placeCamera(story.byId.get('sudzha')!)).toEqual({
      center: [35.2726, 51.1976],
      zoom: POINT_ZOOM,
    });
    expect('bounds' in placeCamera(story.byId.get('kursk-region')!)).toBe(true);
  });
});

describe('camera padding from the measured layout', () => {
  const map = { left: 100, top: 50, right: 900, bottom: 650 }; // 800 × 600 on the page

  it('keeps a margin of 6% of the shorter side plus 16 px when nothing covers the map', () => {
    expect(marginPadding(800, 600)).toEqual({ top: 52, right: 52, bottom: 52, left: 52 });
    expect(framePadding(map, [])).toEqual(marginPadding(800, 600));
  });

  it('counts a bottom sheet against the bottom and a side column against its side', () => {
    const sheet = { left: 0, top: 450, right: 1000, bottom: 800 };
    expect(coveredEdges(map, [sheet])).toEqual({ top: 0, right: 0, bottom: 200, left: 0 });
    const column = { left: 700, top: 0, right: 1000, bottom: 800 };
    expect(coveredEdges(map, [column])).toEqual({ top: 0, right: 200, bottom: 0, left: 0 });
    const both = coveredEdges(map, [sheet, column]);
    expect(both).toEqual({ top: 0, right: 200, bottom: 200, left: 0 });
  });

  it('ignores what lies beside the map, and the window edge counts as a cover', () => {
    const beside = { left: 900, top: 0, right: 1200, bottom: 800 };
    expect(coveredEdges(map, [beside])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    // The map runs 100 px below a 600 px window (a phone page scrolled up).
    const below = { left: -1e6, top: 600, right: 1e6, bottom: 1e6 };
    expect(coveredEdges(map, [below]).bottom).toBe(50);
  });

  it('adds the margin inside what is left, and always leaves a quarter of the map free', () => {
    const sheet = { left: 0, top: 450, right: 1000, bottom: 800 };
    const p = framePadding(map, [sheet]);
    expect(p.bottom).toBe(200 + marginPadding(800, 400).bottom);
    expect(p.top).toBe(marginPadding(800, 400).top);
    const almostAll = { left: 0, top: 60, right: 1000, bottom: 800 };
    const q = framePadding(map, [almostAll]);
    expect(600 - q.top - q.bottom).toBeGreaterThanOrEqual(150);
  });
});

describe('label points', () => {
  it('labels areas at a point inside them and points at themselves', () => {
    const labels = labelPoints(story.places);
    const byId = new Map(labels.features.map((f) => [f.properties?.['id'], f]));
    expect(byId.has('ukraine-border')).toBe(false);
    expect(byId.get('sudzha')!.geometry).toEqual(story.byId.get('sudzha')!.geometry);
    for (const id of ['kursk-region', 'crimea', 'kherson-oblast', 'sevastopol']) {
      const area = story.byId.get(id)!;
      expect(booleanPointInPolygon(byId.get(id)!.geometry, area as never), id).toBe(true);
    }
  });
});
