/**
 * The hostile-input corpus: every file in tests/fixtures/hostile, listed in cases.json with the
 * outcome it must have, goes through readAnyUserFile as the app reads it (refused with a message naming the file, the
 * feature and the problem, or accepted with N features). Inputs too big to commit are generated
 * in byo-hostile-generated.test.ts. After each case no prototype may carry what a file planted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAnyUserFile } from '../../src/user-files/formats/read-any-file.ts';
import type { UserLayerResult } from '../../src/user-files/user-layer.ts';

const DIR = join(import.meta.dirname, '../fixtures/hostile');

interface Case {
  file: string;
  /** The name given to the reader when it is not the file's own. */
  name?: string;
  expect: 'refused' | 'accepted';
  message?: string;
  features?: number;
  layerName?: string;
  id?: string;
  geometryTypes?: string[];
  notice?: string;
  note: string;
}

const CASES = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as Case[];

/** As the app reads a file: its bytes, sniffed for a format, converted, checked. */
function run(c: Case): Promise<UserLayerResult> {
  return readAnyUserFile(readFileSync(join(DIR, c.file)), c.name ?? c.file, new Set());
}

function expectNoPollution(): void {
  for (const proto of [Object.prototype, Array.prototype, Function.prototype]) {
    expect(Object.getOwnPropertyNames(proto)).not.toContain('polluted');
  }
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
}

afterEach(expectNoPollution);

describe('the corpus', () => {
  it('has at least 30 cases, each file listed and present', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'cases.json');
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.file))).toEqual(new Set(files));
  });

  it.each(CASES.filter((c) => c.expect === 'refused').map((c) => [c.name ?? c.file, c] as const))(
    'refuses %s',
    async (_, c) => {
      const result = await run(c);
      if (result.ok) throw new Error(`accepted ${c.file}`);
      expect(result.errors.join('\n')).toContain(c.message);
      // Every message names the file, is one bounded line, and the list is capped.
      for (const error of result.errors.filter((e) => !e.startsWith('…'))) {
        expect(error.startsWith(`${c.name ?? c.file}: `)).toBe(true);
        expect(error.length).toBeLessThanOrEqual(300);
        expect(error).not.toMatch(/[\n\u202a-\u202e\u2066-\u2069]/);
      }
      expect(result.errors.length).toBeLessThanOrEqual(11);
    },
  );

  it.each(CASES.filter((c) => c.expect === 'accepted').map((c) => [c.name ?? c.file, c] as const))(
    'accepts %s',
    async (_, c) => {
      const result = await run(c);
      if (!result.ok) throw new Error(result.errors.join('\n'));
      const { layer } = result;
      expect(layer.featureCount).toBe(c.features);
      expect(layer.collection.features.map((f) => f.id)).toEqual([...Array(c.features).keys()]);
      expect(layer.bounds.every(Number.isFinite)).toBe(true);
      expect(layer.id).toMatch(/^user-[a-z0-9-]+$/);
      if (c.layerName !== undefined) expect(layer.name).toBe(c.layerName);
      if (c.id !== undefined) expect(layer.id).toBe(c.id);
      if (c.geometryTypes !== undefined) expect(layer.geometryTypes).toEqual(c.geometryTypes);
      if (c.notice !== undefined) expect(layer.notices.join('\n')).toContain(c.notice);
    },
  );
});
