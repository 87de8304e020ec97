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
  /**
   * Present when the link's host mixes scripts (a Cyrillic "а" in "аpple.com"): `text` then shows
   * the host in punycode, as the browser will go there, and this says why. Show it next to the
   * link.
   */
  warning?: string;
}

export const MAX_ROWS = 50;
export const MAX_KEY_LENGTH = 100;
export const MAX_VALUE_LENGTH = 500;
const MAX_URL_LENGTH = 2048;

/**
 * The value as a link target, or null. Only `http:` and `https:`, checked with `new URL` on the
 * exact string: no surrounding or inner whitespace or control characters (the URL parser would
 * silently drop them, so ` javascript:` or `java\tscript:` must not get that far), no user or
 * password part (a link written as `bank.example@evil.example` after the scheme shows one host
 * and goes to another).
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

/** Scripts whose letters pass for Latin ones (and for each other) in a host name. */
const LOOKALIKE_SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];

/**
 * The scripts of a host name's letters when it mixes look-alike scripts, else null.
 * @example mixedScripts('аpple.com') // ['Latin', 'Cyrillic']
 */
export function mixedScripts(host: string): string[] | null {
  const found = LOOKALIKE_SCRIPTS.filter(([, re]) => re.test(host)).map(([name]) => name);
  return found.length > 1 ? found : null;
}

/** The host as written in an http(s) URL string (before the URL parser turns it to punycode). */
const writtenHost = (value: string) => /^https?:\/\/([^/?#:]*)/i.exec(value)?.[1] ?? '';

/** The link row for a value that `safeHref` accepted. */
function linkRow(key: string, value: string, href: string): PropertyRow {
  const scripts = mixedScripts(writtenHost(value));
  if (!scripts) return { key, text: valueText(value), href };
  const host = new URL(href).host;
  return {
    key,
    text: cleanText(href, MAX_VALUE_LENGTH),
    href,
    warning: `The address mixes ${scripts.join(' and ')} letters and may imitate another site; it goes to ${host}`,
  };
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
 * @example propertyRows({ name: 'Oldtown', url }) // where url is an http(s) link
 * // [{ key: 'name', text: 'Oldtown', href: null }, { key: 'url', text: url, href: new URL(url).href }]
 */
export function propertyRows(properties: unknown): PropertyRow[] {
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    return [];
  }
  try {
    const keys = Object.keys(properties);
    const rows = keys.slice(0, MAX_ROWS).map((key): PropertyRow => {
      const value: unknown = Object.getOwnPropertyDescriptor(properties, key)?.value;
      const shownKey = cleanLine(key, MAX_KEY_LENGTH) || '(empty)';
      const href = safeHref(value);
      if (href !== null && typeof value === 'string') return linkRow(shownKey, value, href);
      return { key: shownKey, text: valueText(value), href: null };
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
