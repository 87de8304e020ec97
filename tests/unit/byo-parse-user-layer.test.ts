/**
 * parseUserLayer on well-formed input: what an accepted layer holds (ids, properties, bounds,
 * geometry types, notices), how ids avoid the map's, and how a refusal lists its errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeLimits, listErrors, parseUserLayer } from '../../src/user-files/index.ts';
import type { UserLayer } from '../../src/user-files/index.ts';

const DIR = join(import.meta.dirname, '../fixtures/hostile');

function accept(file: string, existing: ReadonlySet<string> = new Set(), name = file): UserLayer {
  const text = readFileSync(join(DIR, file), 'utf8');
  const result = parseUserLayer({ name, size: Buffer.byteLength(text), text }, existing);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.layer;
}

describe('parseUserLayer', () => {
  it('gives features index ids and new objects, leaving properties as data', () => {
    const layer = accept('mixed-layer.geojson');
    const source = JSON.parse(readFileSync(join(DIR, 'mixed-layer.geojson'), 'utf8')) as {
      features: { id: number; properties: unknown }[];
    };
    expect(source.features.map((f) => f.id)).toEqual([1, 2, 3]);
    expect(layer.collection.features.map((f) => f.id)).toEqual([0, 1, 2]);
    expect(layer.collection.features.map((f) => f.properties)).toEqual(
      source.features.map((f) => f.properties),
    );
    expect(layer).toMatchObject({
      id: 'user-mixed-layer',
      name: 'mixed-layer',
      fileName: 'mixed-layer.geojson',
      bounds: [30, 50, 36, 52],
      featureCount: 3,
      geometryTypes: ['LineString', 'Point', 'Polygon'],
      notices: [],
    });
  });

  it('keeps only the RFC 7946 members of each feature', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name' },
      features: [
        {
          type: 'Feature',
          id: 'x',
          onclick: 'alert(1)',
          properties: { a: 1 },
          geometry: { type: 'Point', coordinates: [1, 2], extra: true },
        },
      ],
    });
    const result = parseUserLayer({ name: 'm.geojson', size: text.length, text }, new Set());
    expect(result.ok && result.layer.collection).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 0,
          properties: { a: 1 },
          geometry: { type: 'Point', coordinates: [1, 2], extra: true },
        },
      ],
    });
  });

  it('picks an id that is not on the map and leaves the given ids alone', () => {
    const existing = new Set(['user-valid-small', 'user-valid-small-2', 'story-regions']);
    expect(accept('valid-small.geojson', existing).id).toBe('user-valid-small-3');
    expect([...existing]).toEqual(['user-valid-small', 'user-valid-small-2', 'story-regions']);
  });

  it('transliterates Cyrillic names for the id and keeps them for display', () => {
    const layer = accept('valid-small.geojson', new Set(), 'Курськ.geojson');
    expect([layer.id, layer.name]).toEqual(['user-kursk', 'Курськ']);
  });

  it('rewinds polygons and says so', () => {
    const layer = accept('clockwise-polygon.geojson');
    expect(layer.notices).toEqual(['2 polygon ring(s) rewound to RFC 7946 order']);
    expect(layer.collection.features[0]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [30, 50],
          [31, 50],
          [31, 51],
          [30, 51],
          [30, 50],
        ],
        [
          [30.2, 50.2],
          [30.2, 50.8],
          [30.8, 50.8],
          [30.8, 50.2],
          [30.2, 50.2],
        ],
      ],
    });
  });

  it('renames prototype keys but keeps their values', () => {
    const props = accept('proto-keys.geojson').collection.features[0]?.properties ?? {};
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(Object.keys(props)).toEqual([
      'constructor_',
      '__proto___',
      'constructor__',
      'prototype_',
    ]);
    expect([props['__proto___'], props['constructor__'], props['constructor_']]).toEqual([
      { polluted: 'props' },
      'Bouygues',
      'taken',
    ]);
    const merged = Object.assign({}, props);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('listErrors', () => {
  it('lists ten errors and counts the rest', () => {
    const errors = listErrors(Array.from({ length: 12 }, (_, i) => `f.geojson: problem ${i}`));
    expect(errors).toHaveLength(11);
    expect(errors[9]).toBe('f.geojson: problem 9');
    expect(errors[10]).toBe('… and 2 more problems');
  });

  it('bounds each message to one line of 300 characters', () => {
    const [line] = listErrors([`f.geojson: feature "${'a\n'.repeat(400)}": bad`]);
    expect(line).toHaveLength(300);
    expect(line).toMatch(/^f\.geojson: feature "a a a .*…$/);
  });
});

it('describes the limits it enforces', () => {
  expect(describeLimits()).toBe(
    'GeoJSON, TopoJSON, KML, KMZ, GPX, a zipped Shapefile, FlatGeobuf or CSV up to 10 MB ' +
      '(50 MB unzipped), 20,000 features and 1,000,000 positions.',
  );
});
