/** Facts for a reader's area (src/user-layers/area-facts.ts), on shapes made around Sudzha. */
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  areaFacts,
  polygonsOf,
  roundArea,
  roundShare,
  type FactPlace,
  type FactRegion,
} from '../../src/user-layers/area-facts.ts';
import { storyFeatures } from './story-data.ts';

// The story's regions and places, as the app passes them: by kind and geometry, not by id.
const regions: FactRegion[] = storyFeatures.features
  .filter((f) => f.properties.kind === 'region')
  .map((f) => ({ id: f.properties.id, geometry: f.geometry as Polygon | MultiPolygon }));
const places: FactPlace[] = storyFeatures.features
  .filter((f) => f.geometry.type === 'Point')
  .map((f) => ({ id: f.properties.id, coordinates: (f.geometry as Point).coordinates }));
const sudzha = places.find((p) => p.id === 'sudzha')!.coordinates as [number, number];
const kursk = storyFeatures.features.find((f) => f.properties.id === 'kursk-region')!;

/** A square `size` degrees wide whose south-west corner is offset (dx, dy) from Sudzha. */
const square = (dx: number, dy: number, size: number): Polygon => {
  const [x, y] = [sudzha[0] + dx, sudzha[1] + dy];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  };
};

/** The area of a lon/lat box on a sphere of radius 6371 km: R² Δλ (sin φ2 − sin φ1). */
const sphereBox = (lat: number, size: number) => {
  const rad = Math.PI / 180;
  return 6371 ** 2 * size * rad * (Math.sin((lat + size) * rad) - Math.sin(lat * rad));
};

describe('facts for a reader’s area', () => {
  it('measure the area, the share of the Kursk region and find Sudzha inside', () => {
    const shape = square(-0.1, -0.1, 0.2);
    const facts = areaFacts(shape, regions, places);
    const expected = sphereBox(sudzha[1] - 0.1, 0.2);
    expect(facts.areaKm2 / expected).toBeGreaterThan(0.99);
    expect(facts.areaKm2 / expected).toBeLessThan(1.01);
    expect(facts.placesInside).toEqual(['sudzha']);
    expect(facts.regions.map((r) => r.id)).toEqual(['kursk-region']);
    // Sudzha lies about 8 km from the border: part of this 22 km square is in Ukraine, so its
    // share of the region is less than its whole area over the region's.
    const whole = facts.areaKm2 / kursk.properties.area_km2!;
    expect(facts.regions[0]!.share).toBeGreaterThan(0.3 * whole);
    expect(facts.regions[0]!.share).toBeLessThan(whole);
    expect(facts.failed).toEqual([]);
  });

  it('give a square well inside the region its own area over the region’s', () => {
    const shape = square(0.4, 0.3, 0.2);
    const facts = areaFacts(shape, regions, places);
    const share = facts.areaKm2 / kursk.properties.area_km2!;
    // The story outline is simplified: its area is within 2% of the full outline's.
    expect(facts.regions[0]!.share / share).toBeGreaterThan(0.98);
    expect(facts.regions[0]!.share / share).toBeLessThan(1.02);
    expect(facts.placesInside).toEqual([]);
  });

  it('find no region and no place for an area across the border in Ukraine', () => {
    const facts = areaFacts(square(-0.6, -0.6, 0.2), regions, places);
    expect(facts.regions).toEqual([]);
    expect(facts.placesInside).toEqual([]);
  });

  it('read the polygons of a GeometryCollection, and nothing of lines and points', () => {
    const a = square(0, 0, 0.1);
    const b = square(0.3, 0.3, 0.1);
    const collection = polygonsOf({
      type: 'GeometryCollection',
      geometries: [a, { type: 'Point', coordinates: sudzha }, b],
    });
    expect(collection).toEqual({
      type: 'MultiPolygon',
      coordinates: [b.coordinates, a.coordinates],
    });
    expect(polygonsOf({ type: 'LineString', coordinates: [sudzha, [35, 51]] })).toBeNull();
    expect(polygonsOf(a)).toBe(a);
  });
});

describe('rounding that does not overstate', () => {
  it('gives areas to two significant figures', () => {
    expect(roundArea(1234.5)).toBe(1200);
    expect(roundArea(77.46)).toBe(77);
    expect(roundArea(0.5349)).toBe(0.53);
    expect(roundArea(0)).toBe(0);
  });

  it('gives shares in whole percent, with bounds under 1% and over 99%', () => {
    expect(roundShare(0.0262)).toEqual({ percent: 3 });
    expect(roundShare(0.004)).toEqual({ below: 1 });
    expect(roundShare(0.995)).toEqual({ above: 99 });
    expect(roundShare(1)).toEqual({ percent: 100 });
  });
});
