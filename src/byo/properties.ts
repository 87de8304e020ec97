/**
 * A clicked feature's properties as rows of plain text for a popup or panel. Every value becomes
 * a bounded string (nothing is interpreted as HTML or run); a value becomes a link only when it
 * is an absolute http(s) URL with nothing hidden in it.
 */
import { boundedJson } from './bounded-json.ts';
import { formatCount } from './limits.ts';
import { cleanLine, cleanText } from './text.ts';

export interface PropertyRow {
  /** The property name, cleaned, at most MAX_KEY_LENGTH characters. */
  key: string;
  /** The value as display text, at most MAX_VALUE_LENGTH characters. Render as text only. */
  text: string;
  /**
   * A normalised http(s) URL when the value is one, else null. Render as
   * `<a href={href} target="_blank" rel="noopener noreferrer nofollow">{text}</a>`.
   */
  href: string | null;
}

export const MAX_ROWS = 50;
export const MAX_KEY_LENGTH = 100;
export const MAX_VALUE_LENGTH = 500;
const MAX_URL_LENGTH = 2048;

/**
 * The value as a link target, or null. Only `http:` and `https:`, checked with `new URL` on the
 * exact string: no surrounding or inner whitespace or control characters (the URL parser would
 * silently drop them, so ` javascript:` or `java\tscript:` must not get that far), no user or
 * password part (`https://bank.example@evil.example` shows one host and goes to another).
 */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return null;
  if (!/^https?:\/\/[^\s\p{Cc}\p{Cf}]+$/iu.test(value)) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Display text for any value: strings as they are (cleaned), numbers in JavaScript's shortest
 * form (no locale grouping, which would make ids look like amounts), true/false, "null",
 * objects and arrays as compact JSON; all cut to MAX_VALUE_LENGTH with an ellipsis.
 * @example valueText([1, 'a']) // '[1,"a"]'
 */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return cleanText(value, MAX_VALUE_LENGTH);
  if (value === undefined) return '';
  const json = boundedJson(value, MAX_VALUE_LENGTH);
  return cleanText(json, MAX_VALUE_LENGTH);
}

/**
 * Rows for a feature's properties, in the file's order: at most MAX_ROWS, then one row
 * `{ key: '…', text: 'N more properties', href: null }`. Anything that is not a plain object
 * (null, an array, a primitive) has no rows. Never throws.
 * @example propertyRows({ name: 'Sudzha', url: 'https://example.org' })
 * // [{ key: 'name', text: 'Sudzha', href: null }, { key: 'url', text: 'https://example.org', href: 'https://example.org/' }]
 */
export function propertyRows(properties: unknown): PropertyRow[] {
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    return [];
  }
  try {
    const keys = Object.keys(properties);
    const rows = keys.slice(0, MAX_ROWS).map((key): PropertyRow => {
      const value: unknown = Object.getOwnPropertyDescriptor(properties, key)?.value;
      return {
        key: cleanLine(key, MAX_KEY_LENGTH) || '(empty)',
        text: valueText(value),
        href: safeHref(value),
      };
    });
    const rest = keys.length - rows.length;
    if (rest > 0) {
      rows.push({
        key: '…',
        text: `${formatCount(rest)} more propert${rest === 1 ? 'y' : 'ies'}`,
        href: null,
      });
    }
    return rows;
  } catch {
    // A proxy whose traps throw is not data from a file, but the popup must still open.
    return [{ key: '…', text: '(properties could not be read)', href: null }];
  }
}
