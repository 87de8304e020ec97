/**
 * Text for the PDF's built-in Helvetica (one of the 14 standard fonts, so nothing is embedded):
 * WinAnsiEncoding bytes and AFM advance widths. Characters WinAnsi lacks are transliterated
 * (Cyrillic → Latin, see `transliterate.ts`), stripped of accents (ő → o), or become `?`.
 */
import { transliterate } from './transliterate.ts';

/** WinAnsiEncoding codes 0x80–0x9F (Windows-1252), keyed by Unicode code point. */
const WIN_ANSI_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/** Adobe AFM widths (1/1000 em) of Helvetica for codes 32–126. */
// prettier-ignore
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Adobe AFM widths (1/1000 em) of Helvetica-Bold for codes 32–126. */
// prettier-ignore
const HELVETICA_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** Widths of common punctuation above 0x7F: [regular, bold]. */
const HIGH_WIDTHS: Record<number, [number, number]> = {
  0x85: [1000, 1000],
  0x91: [222, 278],
  0x92: [222, 278],
  0x93: [333, 500],
  0x94: [333, 500],
  0x95: [350, 350],
  0x96: [556, 556],
  0x97: [1000, 1000],
  0xa0: [278, 278],
  0xb0: [400, 400],
  0xb7: [278, 278],
};

function winAnsiCode(ch: string): number | undefined {
  const cp = ch.codePointAt(0) ?? 0;
  if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff)) return cp;
  if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return 0x20;
  return WIN_ANSI_HIGH[cp];
}

/**
 * Encodes text as WinAnsiEncoding bytes for a Helvetica `Tj` string.
 *
 * @example encodeWinAnsi('Суджа – 5 km') // bytes of 'Sudzha \x96 5 km'
 */
export function encodeWinAnsi(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of transliterate(text)) {
    const code = winAnsiCode(ch);
    if (code !== undefined) {
      bytes.push(code);
      continue;
    }
    const base = [...ch.normalize('NFKD').replace(/\p{M}/gu, '')];
    const codes = base.map(winAnsiCode);
    if (codes.length > 0 && codes.every((c) => c !== undefined)) bytes.push(...(codes as number[]));
    else bytes.push(0x3f);
  }
  return Uint8Array.from(bytes);
}

/**
 * Advance width of encoded text in the units of `size` (e.g. points). Exact AFM widths for
 * ASCII; accented letters use their base letter, other symbols the digit width 556.
 */
export function helveticaWidth(bytes: Uint8Array, size: number, bold = false): number {
  const table = bold ? HELVETICA_BOLD : HELVETICA;
  let total = 0;
  for (const code of bytes) {
    let width = table[code - 32];
    if (code > 0x7e || width === undefined) {
      const high = HIGH_WIDTHS[code];
      const base = String.fromCharCode(code).normalize('NFD').charCodeAt(0);
      width = high ? high[bold ? 1 : 0] : base <= 0x7e ? (table[base - 32] ?? 556) : 556;
    }
    total += width;
  }
  return (total * size) / 1000;
}
