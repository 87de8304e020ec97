/**
 * The build replaces its outputs atomically: invalid new files leave the old ones untouched.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutputsAtomically } from '../../geo-build/write-outputs.ts';
import { validateFeatureCollection } from '../../src/validate/validate.ts';

const VALID = '{"type":"FeatureCollection","features":[]}\n';
const INVALID = '{"type":"FeatureCollection","features":[{"type":"Feature"}]}\n';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'geo-write-'));
  writeFileSync(join(root, 'a.geojson'), 'old a');
  writeFileSync(join(root, 'b.geojson'), 'old b');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const check = (read: (file: 'a.geojson' | 'b.geojson') => unknown) => [
  ...validateFeatureCollection(read('a.geojson'), 'a.geojson'),
  ...validateFeatureCollection(read('b.geojson'), 'b.geojson'),
];

describe('writeOutputsAtomically', () => {
  it('replaces every file when all are valid', () => {
    const issues = writeOutputsAtomically(root, { 'a.geojson': VALID, 'b.geojson': VALID }, check);
    expect(issues).toEqual([]);
    expect(readFileSync(join(root, 'a.geojson'), 'utf8')).toBe(VALID);
    expect(readFileSync(join(root, 'b.geojson'), 'utf8')).toBe(VALID);
  });

  it('leaves all old files untouched when one new file is invalid', () => {
    const issues = writeOutputsAtomically(
      root,
      { 'a.geojson': VALID, 'b.geojson': INVALID },
      check,
    );
    expect(issues.length).toBeGreaterThan(0);
    expect(readFileSync(join(root, 'a.geojson'), 'utf8')).toBe('old a');
    expect(readFileSync(join(root, 'b.geojson'), 'utf8')).toBe('old b');
  });

  it('cleans up its temp files either way', () => {
    writeOutputsAtomically(root, { 'a.geojson': VALID, 'b.geojson': INVALID }, check);
    expect(readdirSync(root).sort()).toEqual(['a.geojson', 'b.geojson']);
    writeOutputsAtomically(root, { 'a.geojson': 'not json', 'b.geojson': VALID }, () => {
      return [];
    });
    expect(existsSync(join(root, `a.geojson.tmp-${process.pid}`))).toBe(false);
  });
});
