/**
 * Reading and stamping JPEG headers without decoding: the frame size (for the PDF image
 * object) and the JFIF density (so image editors open a print export at its DPI).
 * JPEG markers: ITU-T T.81 Annex B; JFIF APP0: JFIF 1.02 (ECMA TR/98).
 */

interface Segment {
  marker: number;
  /** Offset of the 0xFF that starts the marker. */
  start: number;
  /** Offset just past the segment. */
  end: number;
}

/** Header segments from after SOI up to (not including) the first SOS. */
function headerSegments(jpeg: Uint8Array): Segment[] {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('Not a JPEG: missing SOI marker');
  const segments: Segment[] = [];
  let i = 2;
  while (i + 1 < jpeg.length) {
    if (jpeg[i] !== 0xff) throw new Error(`Corrupt JPEG: expected a marker at byte ${i}`);
    const marker = jpeg[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = ((jpeg[i + 2] ?? 0) << 8) | (jpeg[i + 3] ?? 0);
    if (length < 2 || i + 2 + length > jpeg.length) throw new Error('Corrupt JPEG: bad segment');
    segments.push({ marker, start: i, end: i + 2 + length });
    i += 2 + length;
  }
  return segments;
}

/** Start-of-frame markers C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
function isSof(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/**
 * Pixel size and colour components (1 grey, 3 YCbCr/RGB, 4 CMYK) from the SOF segment.
 *
 * @throws Error when the bytes are not a JPEG or have no frame header.
 */
export function readJpegSize(jpeg: Uint8Array): {
  width: number;
  height: number;
  components: number;
} {
  const sof = headerSegments(jpeg).find((s) => isSof(s.marker));
  if (!sof) throw new Error('Corrupt JPEG: no SOF segment');
  const at = (k: number) => jpeg[sof.start + k] ?? 0;
  return { height: (at(5) << 8) | at(6), width: (at(7) << 8) | at(8), components: at(9) };
}

function findJfif(jpeg: Uint8Array): Segment | undefined {
  const jfif = [0x4a, 0x46, 0x49, 0x46, 0x00]; // "JFIF\0"
  return headerSegments(jpeg).find(
    (s) =>
      s.marker === 0xe0 &&
      s.end - s.start >= 18 &&
      jfif.every((b, k) => jpeg[s.start + 4 + k] === b),
  );
}

/** The JFIF density in dots per inch, or `null` when there is no JFIF segment or no unit. */
export function readJpegDpi(jpeg: Uint8Array): number | null {
  const seg = findJfif(jpeg);
  if (!seg) return null;
  const units = jpeg[seg.start + 11];
  const x = ((jpeg[seg.start + 12] ?? 0) << 8) | (jpeg[seg.start + 13] ?? 0);
  if (units === 1) return x;
  if (units === 2) return Math.round(x * 2.54);
  return null;
}

/**
 * A copy of `jpeg` whose JFIF APP0 says `dpi` dots per inch (units = 1, both axes). Without a
 * JFIF segment, one (version 1.01, no thumbnail) is inserted right after SOI.
 *
 * @example readJpegDpi(jpegWithDpi(bytes, 300)) // 300
 */
export function jpegWithDpi(jpeg: Uint8Array, dpi: number): Uint8Array {
  const density = Math.max(1, Math.min(0xffff, Math.round(dpi)));
  const [hi, lo] = [density >> 8, density & 0xff];
  const seg = findJfif(jpeg);
  if (seg) {
    const out = jpeg.slice();
    out.set([1, hi, lo, hi, lo], seg.start + 11);
    return out;
  }
  // prettier-ignore
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 1, hi, lo, hi, lo, 0, 0];
  const out = new Uint8Array(jpeg.length + app0.length);
  out.set(jpeg.subarray(0, 2), 0);
  out.set(app0, 2);
  out.set(jpeg.subarray(2), 2 + app0.length);
  return out;
}
