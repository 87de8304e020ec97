/** The dated test layers are what scripts/dated-fixtures.ts makes from the story data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datedFixtures } from '../../scripts/dated-fixtures.ts';
import { readUserFile } from '../../src/user-files/read-user-file.ts';

describe('dated test layers', () => {
  const made = Object.entries(datedFixtures());

  it('are committed as the script makes them (run it after changing the story’s Sudzha)', () => {
    expect(made.map(([path]) => path)).toHaveLength(3);
    for (const [path, text] of made) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('are accepted as layers dated Aug. 10, Aug. 27 and Sept. 15, 2024', () => {
    const dates = made.map(([path, text]) => {
      const result = readUserFile(new TextEncoder().encode(text), path, new Set());
      return result.ok ? result.layer.metadata.date : result.errors;
    });
    expect(dates).toEqual(['2024-08-10', '2024-08-27', '2024-09-15']);
  });
});
