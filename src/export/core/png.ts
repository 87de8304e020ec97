/**
 * PNG header work without decoding: the pixel size from IHDR, and the physical resolution in
 * a pHYs chunk so a 300 DPI export opens at A4 size in image editors and print dialogs
 * (PNG spec §11.3.5.3: pixels per metre, unit 1 = metre; pHYs must precede IDAT).
 */

/** CRC-32 lookup table (ISO 3309, polynomial 0xEDB88320), as in PNG spec Annex D. */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * CRC-32 of `bytes`.
 *
 * @example crc32(new TextEncoder().encode('123456789')) // 0xcbf43926
 */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface Chunk {
  type: string;
  /** Offset of the chunk's length field. */
  start: number;
  /** Offset just past the CRC. */
  end: number;
}

function readU32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0)) >>>
    0
  );
}

function writeU32(bytes: Uint8Array, at: number, value: number): void {
  bytes.set([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff], at);
}

/** The chunks of a PNG, checked for the signature, IHDR first and IEND last. */
export function pngChunks(png: Uint8Array): Chunk[] {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('Not a PNG: bad signature');
  const chunks: Chunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = readU32(png, at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > png.length) throw new Error(`Corrupt PNG: chunk ${type} runs past the end`);
    chunks.push({ type, start: at, end });
    at = end;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') throw new Error('Corrupt PNG: IHDR is not the first chunk');
  if (chunks[chunks.length - 1]?.type !== 'IEND')
    throw new Error('Corrupt PNG: truncated before IEND');
  return chunks;
}

/** Width and height from IHDR. */
export function readPngSize(png: Uint8Array): { width: number; height: number } {
  pngChunks(png);
  return { width: readU32(png, 16), height: readU32(png, 20) };
}

/**
 * The horizontal resolution from pHYs in dots per inch, rounded to a whole number
 * (11811 px/m → 300), or `null` without pHYs or when its unit is not the metre.
 */
export function readPngDpi(png: Uint8Array): number | null {
  const phys = pngChunks(png).find((c) => c.type === 'pHYs');
  if (!phys || png[phys.start + 16] !== 1) return null;
  return Math.round(readU32(png, phys.start + 8) * 0.0254);
}

/**
 * A copy of `png` with one pHYs chunk right after IHDR saying `dpi` in both directions
 * (pixels per metre = round(dpi / 0.0254), unit metre). An existing pHYs is replaced.
 *
 * @example readPngDpi(pngWithDpi(bytes, 300)) // 300 (stored as 11811 px/m)
 */
export function pngWithDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (!(dpi > 0)) throw new RangeError(`DPI must be positive, got ${dpi}`);
  const chunks = pngChunks(png);
  const ppm = Math.round(dpi / 0.0254);
  const phys = new Uint8Array(21);
  writeU32(phys, 0, 9);
  phys.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  writeU32(phys, 8, ppm);
  writeU32(phys, 12, ppm);
  phys[16] = 1;
  writeU32(phys, 17, crc32(phys.subarray(4, 17)));
  const kept = chunks.filter((c) => c.type !== 'pHYs');
  const ihdrEnd = chunks[0]?.end ?? 33;
  const tail = png.subarray(kept[kept.length - 1]?.end ?? png.length);
  const parts = [png.subarray(0, ihdrEnd), phys];
  for (const c of kept.slice(1)) parts.push(png.subarray(c.start, c.end));
  parts.push(tail);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
