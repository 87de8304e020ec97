/** Encodings of a reader's file (issue 16): UTF-8 ± BOM read, UTF-16 detected, others refused by name. */
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../src/user-files/decode.ts';
import { readUserFile } from '../../src/user-files/read-user-file.ts';

const json =
  '{"type":"Feature","properties":{"name":"Суджа"},"geometry":{"type":"Point","coordinates":[35.27,51.2]}}';
const utf8 = new TextEncoder().encode(json);

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  const units = bom ? `\uFEFF${text}` : text;
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), !bigEndian);
  return out;
}

/** Windows-1251 bytes for Cyrillic text (А–я are 0xC0–0xFF, in order). */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
  });
}

describe('decodeFile', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeFile(utf8, 'a.geojson')).toEqual({
      ok: true,
      text: json,
      encoding: 'UTF-8',
      notice: null,
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeFile(bom, 'a.geojson')).toMatchObject({ ok: true, text: json });
  });

  for (const [bigEndian, bom] of [
    [false, true],
    [true, true],
    [false, false],
    [true, false],
  ] as const) {
    const label = bigEndian ? 'UTF-16BE' : 'UTF-16LE';
    it(`detects ${label} ${bom ? 'with' : 'without'} a byte order mark and says so`, () => {
      expect(decodeFile(utf16(json, bigEndian, bom), 'a.geojson')).toEqual({
        ok: true,
        text: json,
        encoding: label,
        notice: `read as ${label} text`,
      });
    });
  }

  it('refuses Windows-1251 Cyrillic, naming the encoding and the first bad byte', () => {
    const result = decodeFile(cp1251(json), 'kursk.geojson');
    expect(result.ok).toBe(false);
    const error = result.ok ? '' : result.error;
    expect(error).toMatch(/^kursk\.geojson: is not UTF-8 text \(byte 0xD1 at offset 40\)/);
    expect(error).toContain('Windows-1251 (Cyrillic)');
    expect(error).not.toContain('\uFFFD');
  });

  it('refuses Latin-1 text, naming a single-byte encoding', () => {
    const latin1 = Uint8Array.from('{"name":"Kürsk région"}', (c) => c.charCodeAt(0));
    const result = decodeFile(latin1, 'x.json');
    expect(result.ok ? '' : result.error).toContain('Windows-1252 or ISO-8859-1');
  });
});

describe('readUserFile', () => {
  it('accepts UTF-16 files with a notice', () => {
    const result = readUserFile(utf16(json, false, true), 'sudzha.geojson', new Set());
    expect(result.ok && result.layer.notices).toEqual(['read as UTF-16LE text']);
  });
  it('checks the byte count before decoding', () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    expect(readUserFile(big, 'big.geojson', new Set())).toEqual({
      ok: false,
      errors: ['big.geojson: is 10.1 MB; the limit is 10 MB'],
    });
  });
});
