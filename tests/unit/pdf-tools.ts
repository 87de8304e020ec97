/** Poppler's command-line readers (pdfinfo, pdffonts, pdftotext, pdftoppm) on PDF bytes. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fontFile } from '../../scripts/font-metrics-read.ts';
import type { FontSource } from '../../src/export/core/pdf-text.ts';

/** The bundled font files, read from node_modules as the browser fetches them. */
export const diskFonts: FontSource = async ({ subset, weight }) => fontFile(subset, weight);

function withFile<T>(bytes: Uint8Array, run: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  const file = join(dir, 'out.pdf');
  writeFileSync(file, bytes);
  return run(file, dir);
}

export const pdfinfo = (bytes: Uint8Array) =>
  withFile(bytes, (f) => execFileSync('pdfinfo', [f], { encoding: 'utf8' }));

/** `pdfimages -list` rows: one per image the PDF draws. */
export const pdfimages = (bytes: Uint8Array): string[] =>
  withFile(bytes, (f) => execFileSync('pdfimages', ['-list', f], { encoding: 'utf8' }))
    .split('\n')
    .slice(2)
    .filter(Boolean);

/** `pdffonts` rows: name, type, encoding, emb, sub, uni. */
export function pdffonts(bytes: Uint8Array) {
  const out = withFile(bytes, (f) => execFileSync('pdffonts', [f], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object-id generation
      const [emb, sub, uni] = cols.slice(-5, -2);
      return { name: cols[0]!, line, emb, sub, uni };
    });
}

export const pdftotext = (bytes: Uint8Array, raw = true) =>
  withFile(bytes, (f) =>
    execFileSync('pdftotext', [...(raw ? ['-raw'] : []), '-enc', 'UTF-8', f, '-'], {
      encoding: 'utf8',
    }),
  );

/** The page rasterised by pdftoppm as PNG bytes, `width` pixels wide. */
export const pdftoppm = (bytes: Uint8Array, width: number, height: number): Buffer =>
  withFile(bytes, (f, dir) => {
    execFileSync('pdftoppm', [
      '-png',
      '-singlefile',
      '-scale-to-x',
      String(width),
      '-scale-to-y',
      String(height),
      f,
      join(dir, 'page'),
    ]);
    return readFileSync(join(dir, 'page.png'));
  });
