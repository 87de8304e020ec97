import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutput, writeAtomically } from '../../scripts/snapshot-output.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'snapshot-out-'));

describe('checkOutput', () => {
  it('accepts a new or an existing regular file in an existing folder', () => {
    const dir = tempDir();
    expect(() => checkOutput(join(dir, 'new.png'))).not.toThrow();
    writeFileSync(join(dir, 'old.png'), 'x');
    expect(() => checkOutput(join(dir, 'old.png'))).not.toThrow();
  });

  it.each([
    [
      '/nonexistent/dir/x.png',
      '--out /nonexistent/dir/x.png: the folder /nonexistent/dir does not exist.',
    ],
    [
      '/dev/full',
      '--out /dev/full is not a regular file (a device or a pipe); refusing to replace it.',
    ],
    ['/dev/null', '--out /dev/null is not a regular file'],
    ['/etc/hostname/x.png', '/etc/hostname is not a folder.'],
  ])('refuses %s', (out, message) => {
    expect(() => checkOutput(out)).toThrow(message);
  });

  it('refuses a folder as the output', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a.png'));
    expect(() => checkOutput(join(dir, 'a.png'))).toThrow('is a folder; give a file name.');
  });
});

describe('writeAtomically', () => {
  it('writes the bytes under the final name only, replacing an older file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'map.svg'), 'old');
    writeAtomically(join(dir, 'map.svg'), new TextEncoder().encode('<svg/>'));
    expect(readFileSync(join(dir, 'map.svg'), 'utf8')).toBe('<svg/>');
    expect(readdirSync(dir)).toEqual(['map.svg']);
  });

  it('leaves nothing behind when the rename fails, and names the file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken.png'));
    writeFileSync(join(dir, 'taken.png', 'keep'), 'x');
    expect(() => writeAtomically(join(dir, 'taken.png'), Uint8Array.of(1, 2, 3))).toThrow(
      `could not write ${join(dir, 'taken.png')}:`,
    );
    expect(readdirSync(dir)).toEqual(['taken.png']);
  });
});
