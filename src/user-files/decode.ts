/**
 * A dropped file's bytes as text, or a refusal that names the encoding. UTF-8 (with or without
 * a byte order mark) is read as it is; UTF-16 is recognised by its byte order mark or, without
 * one, by the zero bytes ASCII JSON leaves in every other position, and decoded; anything else
 * that is not valid UTF-8 is refused (decoding with `fatal: true`), never shown with
 * replacement characters. Windows-1251 (Cyrillic) and single-byte Western encodings are named
 * so the journalist knows what to convert from.
 */

export type DecodedText =
  | { ok: true; text: string; encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE'; notice: string | null }
  | { ok: false; error: string };

/** How many leading bytes are looked at to guess UTF-16 without a byte order mark. */
const SNIFF = 4096;

function utf16Without(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), SNIFF);
  if (n < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // JSON is mostly ASCII: in UTF-16 nearly every pair has one zero byte, always on the same side.
  if (oddZero > pairs * 0.9 && evenZero < pairs * 0.1) return 'UTF-16LE';
  if (evenZero > pairs * 0.9 && oddZero < pairs * 0.1) return 'UTF-16BE';
  return null;
}

/**
 * Which 8-bit encoding invalid UTF-8 most likely is, for the message. Cyrillic words are runs of
 * high bytes; accented Latin letters mostly stand alone between ASCII ones.
 */
function guessSingleByte(bytes: Uint8Array): string {
  let high = 0;
  let inRuns = 0;
  const n = Math.min(bytes.length, 1 << 20);
  for (let i = 0; i < n; i++) {
    if ((bytes[i] ?? 0) < 0xc0) continue;
    high++;
    if ((bytes[i - 1] ?? 0) >= 0xc0 || (bytes[i + 1] ?? 0) >= 0xc0) inRuns++;
  }
  return high > 0 && inRuns >= high * 0.6
    ? 'it looks like Windows-1251 (Cyrillic)'
    : 'it looks like a single-byte encoding such as Windows-1252 or ISO-8859-1';
}

/** The offset of the first byte that makes `bytes` invalid UTF-8. */
function firstInvalid(bytes: Uint8Array): number {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search on prefixes: a valid prefix (cut at a character edge) decodes with stream.
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      fatal.decode(bytes.subarray(0, mid), { stream: true });
      fatal.decode();
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/**
 * Decodes a file's bytes. `file` is the cleaned file name for messages.
 * @example decodeFile(new TextEncoder().encode('{}'), 'a.geojson') // { ok: true, text: '{}', encoding: 'UTF-8', notice: null }
 */
export function decodeFile(bytes: Uint8Array, file: string): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return utf8(bytes.subarray(3), file);
  const bom16 =
    b0 === 0xff && b1 === 0xfe ? 'UTF-16LE' : b0 === 0xfe && b1 === 0xff ? 'UTF-16BE' : null;
  const utf16 = bom16 ?? utf16Without(bytes);
  if (utf16) {
    try {
      const label = utf16 === 'UTF-16LE' ? 'utf-16le' : 'utf-16be';
      const text = new TextDecoder(label, { fatal: true }).decode(bytes.subarray(bom16 ? 2 : 0));
      return { ok: true, text, encoding: utf16, notice: `read as ${utf16} text` };
    } catch {
      return { ok: false, error: `${file}: looks like ${utf16} text but is not valid ${utf16}` };
    }
  }
  return utf8(bytes, file);
}

function utf8(bytes: Uint8Array, file: string): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding: 'UTF-8', notice: null };
  } catch {
    const at = firstInvalid(bytes);
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      error:
        `${file}: is not UTF-8 text (byte 0x${byte} at offset ${at.toLocaleString('en-US')}); ` +
        `${guessSingleByte(bytes)}. Save it as UTF-8 and add it again`,
    };
  }
}
