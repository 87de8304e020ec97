/** Holes that are not OGC-valid are refused with the ring named, never drawn wrong (issue 16). */
import { describe, expect, it } from 'vitest';
import { holeProblems } from '../../src/user-files/holes.ts';
import { parseUserLayer } from '../../src/user-files/parse-user-layer.ts';

/** A square ring, counterclockwise (exterior) or clockwise (hole). */
const square = (x: number, y: number, size: number, clockwise = false) => {
  const ring = [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
  return clockwise ? ring.reverse() : ring;
};

const layer = (coordinates: number[][][]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: 'area', properties: {}, geometry: { type: 'Polygon', coordinates } },
    ],
  });

describe('holeProblems', () => {
  it('accepts a hole inside its shell', () => {
    expect(
      holeProblems({ type: 'Polygon', coordinates: [square(0, 0, 10), square(2, 2, 2, true)] }),
    ).toEqual([]);
  });
  it('names a hole outside its shell', () => {
    const polygon = {
      type: 'Polygon' as const,
      coordinates: [square(0, 0, 10), square(20, 20, 2, true)],
    };
    expect(holeProblems(polygon)).toEqual([
      'geometry.coordinates[1]: hole lies outside its exterior ring geometry.coordinates[0]; not drawn',
    ]);
  });
  it('names a hole inside another hole', () => {
    const polygon = {
      type: 'Polygon' as const,
      coordinates: [square(0, 0, 10), square(1, 1, 8, true), square(3, 3, 2, true)],
    };
    expect(holeProblems(polygon)).toEqual([
      'geometry.coordinates[2]: hole lies inside another hole, geometry.coordinates[1]; not drawn',
    ]);
  });
  it('looks into multipolygon parts', () => {
    const multi = {
      type: 'MultiPolygon' as const,
      coordinates: [[square(0, 0, 1)], [square(5, 5, 1), square(8, 8, 1, true)]],
    };
    expect(holeProblems(multi)[0]).toMatch(/^geometry\.coordinates\[1\]\[1\]: hole lies outside/);
  });
  it('accepts a hole touching its shell at a vertex', () => {
    const hole = [
      [0, 0],
      [2, 4],
      [4, 2],
      [0, 0],
    ];
    expect(holeProblems({ type: 'Polygon', coordinates: [square(0, 0, 10), hole] })).toEqual([]);
  });
});

describe('parseUserLayer refuses OGC-invalid holes', () => {
  it('a hole outside its shell, naming file, feature and ring', () => {
    const text = layer([square(0, 0, 10), square(20, 20, 2, true)]);
    expect(parseUserLayer({ name: 'holes.geojson', size: text.length, text }, new Set())).toEqual({
      ok: false,
      errors: [
        'holes.geojson: feature "area": geometry.coordinates[1]: hole lies outside its exterior ring geometry.coordinates[0]; not drawn',
      ],
    });
  });
  it('a hole crossing its shell (the validator names both rings)', () => {
    const text = layer([square(0, 0, 10), square(8, 8, 4, true)]);
    const result = parseUserLayer({ name: 'cross.geojson', size: text.length, text }, new Set());
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(
        /^cross\.geojson: feature "area": geometry\.coordinates: rings 0 and 1 intersect at/,
      ),
      expect.stringMatching(/rings 1 and 0 intersect/),
    ]);
  });
});
