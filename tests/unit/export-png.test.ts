import { crc32 as zlibCrc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  crc32,
  pngChunks,
  pngWithDpi,
  readPngDpi,
  readPngSize,
} from '../../src/export/core/png.ts';

function u32(n: number): number[] {
  return [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

/** A chunk with its CRC computed by Node's zlib, independent of the code under test. */
function chunk(type: string, data: number[]): number[] {
  const body = [...Buffer.from(type, 'latin1'), ...data];
  return [...u32(data.length), ...body, ...u32(zlibCrc32(Uint8Array.from(body)))];
}

/** A real RGB PNG of `width` × `height` with a gradient, plus optional extra chunks before IDAT. */
function makePng(width: number, height: number, extra: number[][] = []): Uint8Array {
  const raw: number[] = [];
  for (let y = 0; y < height; y++) {
    raw.push(0); // filter type None
    for (let x = 0; x < width; x++) raw.push((x * 40) & 0xff, (y * 60) & 0xff, 128);
  }
  const idat = [...deflateSync(Uint8Array.from(raw))];
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', [...u32(width), ...u32(height), 8, 2, 0, 0, 0]),
    ...extra.flat(),
    ...chunk('IDAT', idat),
    ...chunk('IEND', []),
  ]);
}

function chunkData(png: Uint8Array, type: string): Uint8Array[] {
  return pngChunks(png)
    .filter((c) => c.type === type)
    .map((c) => png.subarray(c.start + 8, c.end - 4));
}

describe('crc32', () => {
  it('matches the standard check value and Node zlib', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919) & 0xff);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('readPngSize', () => {
  it('reads width and height from IHDR', () => {
    expect(readPngSize(makePng(7, 3))).toEqual({ width: 7, height: 3 });
  });

  it('refuses a JPEG or a truncated file', () => {
    expect(() => readPngSize(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toThrow(/signature/);
    expect(() => readPngSize(makePng(4, 4).subarray(0, 40))).toThrow(/truncated before IEND/);
    expect(() => readPngSize(makePng(4, 4).subarray(0, 50))).toThrow(/IDAT runs past the end/);
  });

  it('refuses a PNG whose first chunk is not IHDR', () => {
    const bad = Uint8Array.from([...makePng(1, 1).subarray(0, 8), ...chunk('IEND', [])]);
    expect(() => readPngSize(bad)).toThrow(/IHDR/);
  });
});

describe('pngWithDpi', () => {
  it('inserts pHYs right after IHDR: 300 DPI = round(300 / 0.0254) = 11811 px/m, unit metre', () => {
    const input = makePng(5, 4, [chunk('tEXt', [...Buffer.from('Title\0Kursk')])]);
    const out = pngWithDpi(input, 300);
    expect(pngChunks(out).map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'tEXt', 'IDAT', 'IEND']);
    const [phys] = chunkData(out, 'pHYs');
    expect([...phys!]).toEqual([...u32(11811), ...u32(11811), 1]);
    expect(out.length).toBe(input.length + 21);
    expect(readPngDpi(out)).toBe(300);
  });

  it('writes a CRC that Node zlib agrees with', () => {
    const out = pngWithDpi(makePng(2, 2), 150);
    const phys = pngChunks(out).find((c) => c.type === 'pHYs')!;
    const stored = Buffer.from(out.subarray(phys.end - 4, phys.end)).readUInt32BE(0);
    expect(stored).toBe(zlibCrc32(out.subarray(phys.start + 4, phys.end - 4)));
  });

  it('keeps the image data byte for byte', () => {
    const input = makePng(6, 5);
    const out = pngWithDpi(input, 300);
    expect(chunkData(out, 'IDAT')).toEqual(chunkData(input, 'IDAT'));
    const pixels = inflateSync(chunkData(out, 'IDAT')[0]!);
    expect(pixels.length).toBe(5 * (1 + 6 * 3));
    expect(readPngSize(out)).toEqual({ width: 6, height: 5 });
  });

  it('replaces an existing pHYs instead of adding a second one', () => {
    const old = chunk('pHYs', [...u32(2835), ...u32(2835), 1]); // 72 DPI
    const input = makePng(3, 3, [chunk('tEXt', [65, 0, 66]), old]);
    expect(readPngDpi(input)).toBe(72);
    const out = pngWithDpi(input, 96);
    expect(pngChunks(out).map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'tEXt', 'IDAT', 'IEND']);
    // 96 / 0.0254 = 3779.53 → 3780 px/m; back: 3780 × 0.0254 = 96.01 → 96.
    expect([...chunkData(out, 'pHYs')[0]!]).toEqual([...u32(3780), ...u32(3780), 1]);
    expect(readPngDpi(out)).toBe(96);
    expect(out.length).toBe(input.length);
  });

  it('reads no DPI without pHYs or when its unit is unknown (aspect ratio only)', () => {
    expect(readPngDpi(makePng(1, 1))).toBeNull();
    const aspectOnly = makePng(1, 1, [chunk('pHYs', [...u32(1), ...u32(1), 0])]);
    expect(readPngDpi(aspectOnly)).toBeNull();
  });

  it('refuses a non-positive DPI', () => {
    expect(() => pngWithDpi(makePng(1, 1), 0)).toThrow(RangeError);
  });
});
