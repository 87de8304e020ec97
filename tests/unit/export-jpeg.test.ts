import { describe, expect, it } from 'vitest';
import { jpegWithDpi, readJpegDpi, readJpegSize } from '../../src/export/core/jpeg.ts';

// 16 × 8 px images encoded by libjpeg-turbo's cjpeg (JFIF 1.01, units 0, density 1:1).
const GRAY_B64 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAUDBAQEAwUEBAQFBQUGBwwIBwcHBw8LCwkMEQ8SEhEPERETFhwXExQaFR' +
  'ERGCEYGh0dHx8fExciJCIeJBweHx7/wAALCAAIABABAREA/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL' +
  '/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJi' +
  'coKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ip' +
  'qrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/9oACAEBAAA/AOO0L4U/d/0b/w' +
  'AdrvdC+FP3f9G/8dr/2Q==';
const RGB_B64 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAUDBAQEAwUEBAQFBQUGBwwIBwcHBw8LCwkMEQ8SEhEPERETFhwXExQaFR' +
  'ERGCEYGh0dHx8fExciJCIeJBweHx7/2wBDAQUFBQcGBw4ICA4eFBEUHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4e' +
  'Hh4eHh4eHh4eHh4eHh4eHh4eHh4eHh7/wAARCAAIABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAw' +
  'QFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkK' +
  'FhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmq' +
  'KjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEB' +
  'AQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRob' +
  'HBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOE' +
  'hYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+P' +
  'n6/9oADAMBAAIRAxEAPwDjtC+FP3f9G/8AHa73QvhT93/Rv/HaKK4M0z/Ha+8eHwLxPmPu++f/2Q==';

const gray = () => new Uint8Array(Buffer.from(GRAY_B64, 'base64'));
const rgb = () => new Uint8Array(Buffer.from(RGB_B64, 'base64'));

/** The file without its first segment after SOI (the JFIF APP0), like some encoders write. */
function withoutApp0(jpeg: Uint8Array): Uint8Array {
  expect([jpeg[2], jpeg[3]]).toEqual([0xff, 0xe0]);
  const length = (jpeg[4]! << 8) | jpeg[5]!;
  return Uint8Array.from([...jpeg.subarray(0, 2), ...jpeg.subarray(4 + length)]);
}

describe('readJpegSize', () => {
  it('reads width, height and components from the SOF segment', () => {
    expect(readJpegSize(gray())).toEqual({ width: 16, height: 8, components: 1 });
    expect(readJpegSize(rgb())).toEqual({ width: 16, height: 8, components: 3 });
  });

  it('refuses bytes that are not a JPEG', () => {
    expect(() => readJpegSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toThrow(/SOI/);
  });

  it('refuses a truncated header', () => {
    expect(() => readJpegSize(rgb().subarray(0, 30))).toThrow(/Corrupt JPEG/);
  });
});

describe('jpegWithDpi', () => {
  it('reads no DPI from a JFIF segment with units 0 (aspect ratio only)', () => {
    expect(readJpegDpi(rgb())).toBeNull();
  });

  it('sets units 1 and the density in the existing JFIF segment, changing nothing else', () => {
    const input = rgb();
    const out = jpegWithDpi(input, 300);
    expect(out.length).toBe(input.length);
    // APP0 at 2: FF E0, length, "JFIF\0", version (2), units at 13, Xdensity 14–15, Ydensity 16–17.
    expect([...out.subarray(13, 18)]).toEqual([1, 0x01, 0x2c, 0x01, 0x2c]);
    const changed = [...out].flatMap((b, i) => (b === input[i] ? [] : [i]));
    expect(changed.every((i) => i >= 13 && i <= 17)).toBe(true);
    expect(readJpegDpi(out)).toBe(300);
    expect(input[13]).toBe(0); // the input is not modified
  });

  it('inserts a JFIF APP0 right after SOI when there is none', () => {
    const stripped = withoutApp0(gray());
    expect(readJpegDpi(stripped)).toBeNull();
    const out = jpegWithDpi(stripped, 150);
    expect(out.length).toBe(stripped.length + 18);
    expect([...out.subarray(0, 20)]).toEqual([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 1, 0, 150, 0,
      150, 0, 0,
    ]);
    expect([...out.subarray(20)]).toEqual([...stripped.subarray(2)]);
    expect(readJpegDpi(out)).toBe(150);
    expect(readJpegSize(out)).toEqual({ width: 16, height: 8, components: 1 });
  });

  it('reads dots per centimetre as DPI (118 dots/cm × 2.54 = 299.7 → 300)', () => {
    const patched = rgb();
    patched.set([2, 0, 118, 0, 118], 13);
    expect(readJpegDpi(patched)).toBe(300);
  });

  it('rounds and clamps the density to the 16-bit field', () => {
    expect(readJpegDpi(jpegWithDpi(rgb(), 299.6))).toBe(300);
    expect(readJpegDpi(jpegWithDpi(rgb(), 70000))).toBe(65535);
  });
});
