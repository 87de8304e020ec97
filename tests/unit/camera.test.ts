import { booleanPointInPolygon, bboxPolygon } from '@turf/turf';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  homeBounds,
  panelPadding,
  placeCamera,
  POINT_ZOOM,
  storyBounds,
} from '../../src/map/camera.ts';
import { labelPoints } from '../../src/map/label-points.ts';
import { story } from './story-data.ts';

describe('camera', () => {
  it('frames the Kursk region, the Kursk–Sumy border and Sudzha first', () => {
    const home = bboxPolygon(homeBounds(story.byId));
    for (const id of ['sudzha']) {
      expect(booleanPointInPolygon(story.byId.get(id)!.geometry as Point, home)).toBe(true);
    }
    const [w, s, e, n] = homeBounds(story.byId);
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

  it('leaves room for the panel at the right on wide screens', () => {
    const closed = panelPadding(1280, 800, false);
    const desktop = panelPadding(1280, 800, true);
    const narrow = panelPadding(660, 800, true);
    expect(desktop.right - closed.right).toBe(380);
    expect(narrow.right - panelPadding(660, 800, false).right).toBe(297); // 45% of 660
    expect(desktop.bottom).toBe(closed.bottom);
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
