/**
 * Hostile inputs too big to commit, generated here: files over the size limit (by size and by
 * text), too many features or positions, 100,000 levels of nesting, megabyte strings, and
 * polygons built to make the self-intersection check quadratic. Each is refused with a message
 * stating the limit, or accepted, and nothing crashes or hangs.
 */
import { describe, expect, it } from 'vitest';
import { checkUserFile, parseUserLayer } from '../../src/user-files/parse-user-layer.ts';
import { propertyRows } from '../../src/user-files/properties.ts';
import type { UserLayerResult } from '../../src/user-files/user-layer.ts';

/** A file of `text` named `name`, with its real UTF-8 size. */
const file = (name: string, text: string) => ({ name, size: Buffer.byteLength(text), text });

const point = (i: number) =>
  `{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[${i % 180},0]}}`;
const collection = (features: string[]) =>
  `{"type":"FeatureCollection","features":[${features.join(',')}]}`;

function errorsOf(result: UserLayerResult): string[] {
  if (result.ok) throw new Error('accepted');
  return result.errors;
}

/**
 * A polygon whose segments all span the same longitudes (a comb), so the self-intersection sweep
 * must compare each with all others: ~2·rows² comparisons, and no actual intersection.
 */
function comb(rows: number, south: number): string {
  const ring: number[][] = [[-170, south]];
  const step = 1 / rows;
  for (let k = 0; k < rows; k++) {
    const x = k % 2 === 0 ? 170 : -169;
    ring.push([x, south + k * step], [x, south + (k + 1) * step]);
  }
  ring.push([-170, south + 1], [-170, south]);
  return `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[${JSON.stringify(ring)}]}}`;
}

describe('generated inputs', () => {
  it('refuses a file over 10 MB by its size, before reading it', () => {
    expect(checkUserFile({ name: 'big.geojson', size: 2 ** 31 })).toEqual([
      'big.geojson: is 2 GB; the limit is 10 MB',
    ]);
    expect(
      errorsOf(
        parseUserLayer({ name: 'big.geojson', size: 10 * 2 ** 20 + 1, text: '' }, new Set()),
      ),
    ).toEqual(['big.geojson: is 10.1 MB; the limit is 10 MB']);
  });

  it('refuses text over the limit even when the size given is small', () => {
    const text = collection([point(0)]) + ' '.repeat(10 * 2 ** 20);
    expect(errorsOf(parseUserLayer({ name: 'lies.geojson', size: 10, text }, new Set()))).toEqual([
      'lies.geojson: is 10.1 MB; the limit is 10 MB',
    ]);
  });

  it('accepts a file of exactly 10 MB', () => {
    const body = collection([point(0)]);
    const text = body + ' '.repeat(10 * 2 ** 20 - body.length);
    expect(parseUserLayer(file('padded.geojson', text), new Set()).ok).toBe(true);
  });

  it('accepts 20,000 features and refuses 20,001', () => {
    const features = Array.from({ length: 20_001 }, (_, i) => point(i));
    const ok = parseUserLayer(file('max.geojson', collection(features.slice(1))), new Set());
    expect(ok.ok && ok.layer.featureCount).toBe(20_000);
    expect(errorsOf(parseUserLayer(file('many.geojson', collection(features)), new Set()))).toEqual(
      ['many.geojson: has 20001 features, more than the limit 20000'],
    );
  });

  it('refuses more than 1,000,000 positions with the limit in the message', () => {
    const coordinates = '[0,0],'.repeat(1_000_000) + '[1,1]';
    const text = `{"type":"MultiPoint","coordinates":[${coordinates}]}`;
    expect(errorsOf(parseUserLayer(file('dense.geojson', text), new Set()))).toEqual([
      'dense.geojson: has more than 1,000,000 positions, the limit',
    ]);
  });

  it.each([
    ['100,000 nested arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['100,000 nested objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
    ['100,000 unclosed arrays', '['.repeat(100_000)],
  ])('refuses %s without overflowing the stack', (_, text) => {
    expect(errorsOf(parseUserLayer(file('deep.geojson', text), new Set()))).toEqual([
      'deep.geojson: is nested more than 64 levels deep; not GeoJSON',
    ]);
  });

  it('does not count brackets inside strings as nesting', () => {
    const props = JSON.stringify({ brackets: '[{'.repeat(50_000), quoted: '\\"[[[' });
    const text = collection([point(0).replace('"properties":{}', `"properties":${props}`)]);
    expect(parseUserLayer(file('brackets.geojson', text), new Set()).ok).toBe(true);
  });

  it('accepts a megabyte string in properties and shows 500 characters of it', () => {
    const essay = 'x'.repeat(2 ** 20);
    const text = collection([point(0).replace('{}', JSON.stringify({ essay }))]);
    const result = parseUserLayer(file('essay.geojson', text), new Set());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const properties = result.layer.collection.features[0]?.properties;
    expect(properties?.['essay']).toBe(essay);
    expect(propertyRows(properties)).toEqual([
      { key: 'essay', text: `${'x'.repeat(499)}…`, href: null },
    ]);
  });

  it('stops checking pathological polygons after the shared self-intersection budget', () => {
    // Each comb (~22M comparisons) is under the per-polygon 50M; the 200M shared budget runs out
    // on the tenth (#9). Without it, 12 combs take 2 s and a 10 MB file of them ~25 s.
    const features = Array.from({ length: 12 }, (_, i) => comb(3500, -80 + i * 2));
    const errors = errorsOf(parseUserLayer(file('combs.geojson', collection(features)), new Set()));
    expect(errors.at(-1)).toBe(
      'combs.geojson: polygons too complex to check for self-intersections; stopped',
    );
    expect(errors[0]).toBe(
      'combs.geojson: feature #9: geometry.coordinates: too complex to check for self-intersections',
    );
    // About 2 s alone; the browser tests run beside it in `npm test`, so give it room: what
    // this test checks is the budget's outcome, not a time (that is the benchmark's job).
  }, 30_000);
});
