/** `npm run snapshot`: the command line renders through the app's export in headless Chromium. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPngDpi, readPngSize } from '../../src/export/png.ts';

const run = (args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/snapshot.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('npm run snapshot', () => {
  it('writes the requested file at the exact size and DPI', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'snapshot-')), 'sudzha.png');
    const result = run([
      '--place',
      'sudzha',
      '--preset',
      'a4-portrait',
      '--dpi',
      '150',
      '--out',
      out,
    ]);
    expect(result.stderr).not.toMatch(/snapshot:/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Wrote .*sudzha\.png: 1240×1754 px, 150 DPI/);
    const bytes = readFileSync(out);
    expect(readPngSize(bytes)).toEqual({ width: 1240, height: 1754 });
    expect(readPngDpi(bytes)).toBe(150);
  });

  it('refuses bad arguments with a message and a non-zero exit', () => {
    const result = run(['--preset', 'a4-landscape', '--dpi', '72']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('snapshot: --dpi for print presets is 150 or 300, not 72.');
  });

  it('refuses a place the story does not have', () => {
    const result = run(['--place', 'atlantis', '--out', join(tmpdir(), 'never.png')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('snapshot: there is no place "atlantis" in this story.');
  });

  it('prints its usage with --help', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run snapshot -- [options]');
  });
});
