/**
 * Text from a dropped file made safe to show: no control characters, no bidi embeddings,
 * overrides or isolates (U+202A–U+202E, U+2066–U+2069) that could reorder the text around it,
 * no zero-width spaces or other invisible characters, and a bounded length. Marks (LRM, RLM),
 * emoji and joiners (ZWJ, ZWNJ) between two visible characters are kept: real names in Arabic,
 * Persian, Hindi or with flags need them.
 */

/** True for characters removed from displayed text (tab and newline are handled separately). */
function isHidden(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    // Zero-width space, word joiner and invisible operators; Mongolian vowel separator;
    // combining grapheme joiner; Hangul fillers (blank letters used to fake empty names).
    code === 0x200b ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0x180e ||
    code === 0x034f ||
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x3164 ||
    code === 0xffa0 ||
    code === 0xfeff
  );
}

/** ZWNJ and ZWJ: kept only between two visible characters, where a script or emoji needs them. */
const isJoiner = (code: number) => code === 0x200c || code === 0x200d;

/** A character that shows something: a letter, digit, punctuation or symbol. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * True when `text` shows anything: not empty, not only spaces, marks or joiners.
 * @example hasVisible('\u200D \u0301') // false
 */
export function hasVisible(text: string): boolean {
  return VISIBLE.test(text);
}

/** The first `max` UTF-16 units of `text`, never ending inside a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/**
 * `text` cut to at most `max` characters, ending in "…" when anything was cut (or when
 * `clipped` says the caller already dropped a tail).
 * @example truncate('Harbour district', 8) // "Harbour…"
 */
export function truncate(text: string, max: number, clipped = false): string {
  if (text.length <= max && !clipped) return text;
  return `${cut(text, Math.max(max - 1, 0))}…`;
}

function strip(text: string, multiline: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) out += text.charCodeAt(i + 1) === 0x0a ? '' : '\n';
    else if (isJoiner(code)) {
      const before = out.slice(-1);
      const after = text[i + 1] ?? '';
      if (/\S/.test(before) && /\S/.test(after) && !isHidden(after.charCodeAt(0))) out += text[i];
    } else if (!isHidden(code)) out += text[i] ?? '';
  }
  return multiline ? out : out.replace(/\s+/g, ' ').trim();
}

function clean(text: string, max: number, multiline: boolean): string {
  // Look at a bounded window only, so a megabyte string costs no more than a short one.
  const window = text.slice(0, max * 4 + 16);
  const stripped = strip(window, multiline);
  return truncate(stripped, max, window.length < text.length && stripped.length <= max);
}

/**
 * One line of display text (names, keys, messages): hidden characters removed, runs of
 * whitespace (newlines included) collapsed to one space, trimmed, at most `max` characters.
 * @example cleanLine('\u202Egpj.exe\n  Areas', 40) // "gpj.exe Areas"
 */
export function cleanLine(text: string, max: number): string {
  return clean(text, max, false);
}

/**
 * Multi-line display text (property values): like `cleanLine` but newlines and tabs are kept
 * (CRLF and CR become LF) and nothing is trimmed.
 */
export function cleanText(text: string, max: number): string {
  return clean(text, max, true);
}
