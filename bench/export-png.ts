/** Reads what the export benchmark checks in a PNG: its pixel size and the DPI it declares. */

export interface PngInfo {
  width: number;
  height: number;
  /** From the pHYs chunk (pixels per metre), or null when the file declares no resolution. */
  dpi: number | null;
}

const SIGNATURE = '89504e470d0a1a0a';
const INCH_M = 0.0254;

/**
 * Parses the chunks before the image data (PNG spec §5.3: length, type, data, CRC).
 * `head` is the file's first bytes, base64; IHDR must be whole in it.
 */
export function pngInfo(head: string): PngInfo {
  const bytes = Buffer.from(head.slice(0, head.length - (head.length % 4)), 'base64');
  if (bytes.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG file');
  let info: PngInfo | null = null;
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = at + 8;
    if (type === 'IDAT' || data + length > bytes.length) break;
    if (type === 'IHDR') {
      info = { width: bytes.readUInt32BE(data), height: bytes.readUInt32BE(data + 4), dpi: null };
    } else if (type === 'pHYs' && info && bytes[data + 8] === 1) {
      info.dpi = Math.round(bytes.readUInt32BE(data) * INCH_M);
    }
    at = data + length + 4;
  }
  if (!info) throw new Error('PNG without an IHDR chunk');
  return info;
}
