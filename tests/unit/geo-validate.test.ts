/**
 * The validator (src/validate/validate.ts) rejects each broken fixture in tests/fixtures/geo/invalid
 * (one broken thing per file) with a message naming the file, the feature and the problem, and
 * never throws on hostile input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  GeoValidationError,
  assertNoIssues,
  validateFeatureCollection,
  validateStory,
} from '../../src/validate/validate.ts';

const DIR = join(import.meta.dirname, '../fixtures/geo/invalid');

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(DIR, name), 'utf8'));
}

function messages(name: string, options = {}): string[] {
  return validateFeatureCollection(fixture(name), name, options).map(formatIssue);
}

const GEOJSON_CASES: [file: string, expected: string][] = [
  ['unclosed-ring.geojson', 'feature "a": geometry.coordinates[0]: ring is not closed'],
  ['clockwise-exterior.geojson', 'exterior ring is clockwise'],
  ['counterclockwise-hole.geojson', 'coordinates[1]: hole is counterclockwise'],
  ['latitude-out-of-range.geojson', 'latitude 91 is out of range [-90, 90]'],
  ['longitude-out-of-range.geojson', 'longitude 181 is out of range [-180, 180]'],
  ['string-coordinate.geojson', 'coordinates[1][0] is not a finite number (got string "35.1")'],
  ['null-coordinate.geojson', 'coordinates[1][1] is not a finite number (got null)'],
  ['position-four-numbers.geojson', 'must have 2 or 3 numbers (has 4)'],
  [
    'self-intersecting-ring.geojson',
    'feature "a": geometry.coordinates[0]: ring self-intersects at [',
  ],
  ['hole-crossing-exterior.geojson', 'rings 0 and 1 intersect'],
  ['duplicate-id.geojson', 'feature "a": duplicate id "a" (also feature #0)'],
  ['unknown-geometry-type.geojson', 'geometry.type is not a GeoJSON geometry type'],
  ['linestring-one-position.geojson', 'needs at least 2 positions (has 1)'],
  [
    'not-feature-collection.geojson',
    'not-feature-collection.geojson: type must be "FeatureCollection"',
  ],
  ['features-not-array.geojson', 'features must be an array (got object)'],
  ['not-an-object.geojson', 'not-an-object.geojson: is not a GeoJSON object (got string'],
  ['feature-without-geometry.geojson', 'feature "a": has no "geometry" member'],
];

const STORY_PROP_CASES: [file: string, expected: string][] = [
  [
    'story-missing-name-uk.geojson',
    'feature "sudzha": properties.name_uk must be a non-empty string',
  ],
  ['story-no-excerpts.geojson', 'feature "sudzha": has no excerpts'],
  ['story-bad-kind.geojson', 'properties.kind must be one of region, town, border'],
  ['story-claimed-without-year.geojson', 'feature "crimea": properties.claimed_since is required'],
  ['story-source-without-licence.geojson', 'properties.source.licence must be a non-empty string'],
];

/** The names the issues give the files. */
const FILES = ['data/stories/kursk/story.json', 'data/stories/kursk/features.geojson'] as const;

describe('validateFeatureCollection rejects broken fixtures', () => {
  it.each(GEOJSON_CASES)('%s', (file, expected) => {
    expect(messages(file).join('\n')).toContain(expected);
  });

  it.each(STORY_PROP_CASES)('%s (story properties)', (file, expected) => {
    expect(messages(file, { requireStoryProps: true }).join('\n')).toContain(expected);
  });

  it('requires layer meta when asked', () => {
    expect(messages('missing-meta.geojson', { requireMeta: true })).toContain(
      'missing-meta.geojson: meta must be an object (got undefined)',
    );
  });

  it('accepts the valid story fixture', () => {
    expect(messages('story-valid.geojson', { requireStoryProps: true, requireMeta: true })).toEqual(
      [],
    );
  });
});

describe('validateStory', () => {
  const story = fixture('story-valid.json');
  const features = fixture('story-valid.geojson');

  it('accepts a story whose excerpts are verbatim', () => {
    expect(validateStory(story, features, ...FILES)).toEqual([]);
  });

  it('names the file, feature and paragraph of an excerpt that is not verbatim', () => {
    const issues = validateStory(story, fixture('story-excerpt-not-verbatim.geojson'), ...FILES);
    expect(issues.map(formatIssue)).toContain(
      'data/stories/kursk/features.geojson: feature "sudzha": excerpt 1 is not found verbatim in paragraph 1',
    );
  });

  it('reports an excerpt pointing at a missing paragraph', () => {
    const issues = validateStory(
      fixture('story-excerpt-missing-paragraph.json'),
      features,
      ...FILES,
    );
    expect(issues.map(formatIssue)).toContain(
      'data/stories/kursk/story.json: feature "sudzha": excerpt 1 names paragraph 2, which does not exist',
    );
  });

  it('reports a date that is not ISO', () => {
    const issues = validateStory(fixture('story-bad-date.json'), features, ...FILES).map(
      formatIssue,
    );
    expect(issues.join('\n')).toContain('article.date must be an ISO date');
  });

  it('reports features without story entries and the reverse', () => {
    const other = structuredClone(features) as { features: { properties: { id: string } }[] };
    other.features[0]!.properties.id = 'elsewhere';
    const issues = validateStory(story, other, ...FILES).map(formatIssue);
    expect(issues).toContain(
      'data/stories/kursk/features.geojson: feature "elsewhere": has no entry in data/stories/kursk/story.json excerpts',
    );
    expect(issues).toContain(
      'data/stories/kursk/story.json: feature "sudzha": has excerpts but no feature in data/stories/kursk/features.geojson',
    );
  });
});

describe('hostile input', () => {
  const odd: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'FeatureCollection'],
    ['an array', []],
    ['features of nulls', { type: 'FeatureCollection', features: [null, 1, 'x', []] }],
    ['__proto__ keys', JSON.parse('{"__proto__":{"type":"FeatureCollection"},"features":[]}')],
    [
      'a __proto__ feature',
      JSON.parse(
        '{"type":"FeatureCollection","features":[{"__proto__":{"type":"Feature"},"properties":{"__proto__":{"id":"x"}}}]}',
      ),
    ],
  ];

  it.each(odd)('returns issues for %s without throwing', (_name, value) => {
    expect(validateFeatureCollection(value, 'x.geojson').length).toBeGreaterThan(0);
    expect(validateStory(value, value, ...FILES).length).toBeGreaterThan(0);
  });

  it('does not read inherited properties', () => {
    const issues = validateFeatureCollection(odd[6]![1], 'x.geojson').map(formatIssue);
    expect(issues).toContain('x.geojson: type must be "FeatureCollection" (got undefined)');
  });

  it('survives deeply nested coordinates and collections', () => {
    let coords: unknown = [30, 50];
    for (let i = 0; i < 100_000; i++) coords = [coords];
    let geometry: unknown = { type: 'Point', coordinates: [30, 50] };
    for (let i = 0; i < 100_000; i++)
      geometry = { type: 'GeometryCollection', geometries: [geometry] };
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: coords } },
        { type: 'Feature', properties: {}, geometry },
      ],
    };
    const issues = validateFeatureCollection(fc, 'deep.geojson').map(formatIssue);
    expect(issues.join('\n')).toContain(
      'feature #0: geometry.coordinates[0] needs at least 4 positions (has 1)',
    );
    expect(issues).toContain(
      'deep.geojson: feature #1: geometry.geometries[0].geometries[0].geometries[0].geometries[0]: geometry collections nested too deeply',
    );
  });

  it('survives throwing getters and proxies', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    expect(validateFeatureCollection(trap, 'p.geojson').map(formatIssue).join()).toContain(
      'p.geojson: could not be read',
    );
    const getter = Object.defineProperty({ type: 'FeatureCollection' }, 'features', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(() => validateFeatureCollection(getter, 'g.geojson')).not.toThrow();
  });

  it('limits feature count and issue count', () => {
    const many = { type: 'FeatureCollection', features: Array.from({ length: 2000 }, () => null) };
    expect(
      validateFeatureCollection(many, 'm.geojson', { maxFeatures: 1000 }).map(formatIssue),
    ).toEqual(['m.geojson: has 2000 features, more than the limit 1000']);
    const issues = validateFeatureCollection(many, 'm.geojson');
    expect(issues.length).toBeLessThanOrEqual(501);
    expect(formatIssue(issues.at(-1)!)).toBe('m.geojson: too many issues; stopped');
  });

  it('checks a large polygon for self-intersections quickly', () => {
    const n = 200_000;
    const ring = Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      return [30 + Math.cos(a), 50 + Math.sin(a)];
    });
    ring.push(ring[0]!);
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } },
      ],
    };
    const started = performance.now();
    expect(validateFeatureCollection(fc, 'big.geojson')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('GeoValidationError', () => {
  it('carries the issues and formats them as its message', () => {
    const issues = validateFeatureCollection(fixture('duplicate-id.geojson'), 'd.geojson');
    expect(() => assertNoIssues(issues)).toThrow(GeoValidationError);
    try {
      assertNoIssues(issues);
    } catch (error) {
      expect((error as GeoValidationError).issues).toEqual(issues);
      expect((error as Error).message).toBe(
        'd.geojson: feature "a": duplicate id "a" (also feature #0)',
      );
    }
  });
});
