/**
 * The structural guards that run before validation: JSON depth measured on text, dangerous keys
 * renamed in place, positions counted against the limit, and polygons rewound to RFC 7946.
 */
import { describe, expect, it } from 'vitest';
import { defuseKeys, jsonDepth } from '../../src/user-files/json-safety.ts';
import { countPositions } from '../../src/user-files/positions.ts';
import { rewindCollection, rewindGeometry } from '../../src/user-files/rewind.ts';

describe('jsonDepth', () => {
  it.each([
    ['1', 0],
    ['[]', 1],
    ['{"a":[[1]],"b":{}}', 3],
    ['"[[[[{{{{"', 0],
    ['["\\"[[[", [1]]', 2],
    ['["\\\\", [[1]]]', 3],
  ])('measures %s as %i', (text, depth) => {
    expect(jsonDepth(text, 64)).toBe(depth);
  });

  it('stops one past the limit, even in a 5 MB run of brackets', () => {
    expect(jsonDepth('['.repeat(5_000_000), 64)).toBe(65);
  });
});

describe('defuseKeys', () => {
  it('renames own dangerous keys at any depth and keeps their values', () => {
    const data = JSON.parse(
      '{"__proto__":{"polluted":1},"a":[{"constructor":{"prototype":{"polluted":2}}}]}',
    ) as Record<string, unknown>;
    expect(defuseKeys(data)).toBe(3);
    expect(data).toEqual({
      a: [{ constructor_: { prototype_: { polluted: 2 } } }],
      __proto___: { polluted: 1 },
    });
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('adds underscores until the new key is free', () => {
    const data = JSON.parse('{"prototype":1,"prototype_":2,"prototype__":3}') as object;
    defuseKeys(data);
    expect(data).toEqual({ prototype_: 2, prototype__: 3, prototype___: 1 });
  });

  it('walks 100,000 levels without recursion', () => {
    let deep: unknown = JSON.parse('{"__proto__":{"polluted":3}}');
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(defuseKeys(deep)).toBe(1);
  });

  it('leaves primitives and ordinary keys alone', () => {
    expect([null, 1, 'constructor'].map(defuseKeys)).toEqual([0, 0, 0]);
    const data = { name: 'x', proto: 1 };
    expect(defuseKeys(data)).toBe(0);
    expect(data).toEqual({ name: 'x', proto: 1 });
  });
});

describe('countPositions', () => {
  const fc = (...geometries: unknown[]) => ({
    type: 'FeatureCollection',
    features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  });

  it('counts positions in every geometry type, GeometryCollections included', () => {
    const data = fc(
      { type: 'Point', coordinates: [0, 0] },
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
      },
      {
        type: 'GeometryCollection',
        geometries: [
          {
            type: 'MultiPoint',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        ],
      },
    );
    expect(countPositions(data, 100)).toBe(9);
  });

  it('stops one past the limit and ignores properties', () => {
    const line = { type: 'LineString', coordinates: Array.from({ length: 50 }, () => [0, 0]) };
    expect(countPositions(fc(line, line), 60)).toBe(61);
    const data = fc(null);
    Object.assign(data.features[0] ?? {}, {
      properties: {
        values: [
          [1, 2],
          [3, 4],
        ],
      },
    });
    expect(countPositions(data, 100)).toBe(0);
  });

  it('returns 0 for anything that is not a collection', () => {
    expect([null, [], 'x', { features: 'no' }].map((d) => countPositions(d, 10))).toEqual([
      0, 0, 0, 0,
    ]);
  });
});

describe('rewind', () => {
  const cw = () => [
    [0, 0],
    [0, 1],
    [1, 1],
    [1, 0],
    [0, 0],
  ];
  const ccw = () => [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ];

  it('makes exteriors counterclockwise and holes clockwise', () => {
    const polygon = { type: 'Polygon', coordinates: [cw(), ccw()] };
    expect(rewindGeometry(polygon)).toBe(2);
    expect(polygon.coordinates).toEqual([ccw(), cw()]);
    expect(rewindGeometry(polygon)).toBe(0);
  });

  it('rewinds MultiPolygons and polygons inside GeometryCollections', () => {
    const multi = { type: 'MultiPolygon', coordinates: [[cw()], [ccw()]] };
    const collection = { type: 'GeometryCollection', geometries: [multi] };
    expect(rewindCollection({ features: [{ geometry: collection }] })).toBe(1);
    expect(multi.coordinates).toEqual([[ccw()], [ccw()]]);
  });

  it('leaves malformed and zero-area rings for the validator', () => {
    const broken = [
      [0, 0],
      [0, 1],
      ['1', 1],
      [0, 0],
    ];
    const flat = [
      [0, 0],
      [1, 0],
      [2, 0],
      [0, 0],
    ];
    const polygon = { type: 'Polygon', coordinates: [broken, flat, 'x'] };
    expect(rewindGeometry(polygon)).toBe(0);
    expect(polygon.coordinates).toEqual([
      [
        [0, 0],
        [0, 1],
        ['1', 1],
        [0, 0],
      ],
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [0, 0],
      ],
      'x',
    ]);
    expect([null, 'Polygon', { type: 'Polygon' }].map((g) => rewindGeometry(g))).toEqual([0, 0, 0]);
  });
});
