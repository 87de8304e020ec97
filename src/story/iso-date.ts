/**
 * Calendar days as ISO strings (`YYYY-MM-DD`). Days compare as strings (four-digit years), so
 * the time slider, the URL's `date=` and the story's timeline need no Date objects, and no time
 * zone of the reader's machine can move a day. Plain TypeScript, tested in Node.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in month `m` (1–12) of year `y`, leap years included. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `YYYY-MM-DD` from numbers, or null when that day does not exist (Feb 30, month 13, year 0). */
export function isoDay(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1 || y > 9999 || m < 1 || m > 12) return null;
  if (!Number.isInteger(d) || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * True when `value` is exactly `YYYY-MM-DD` and a real calendar day.
 * @example isIsoDate('2024-09-15') // true
 * @example isIsoDate('2024-02-30') // false
 */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = DAY.exec(value);
  return m !== null && isoDay(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

/**
 * The day `n` days after `day` (before it when `n` is negative).
 * @example addDays('2024-08-31', 1) // '2024-09-01'
 */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return t.toISOString().slice(0, 10);
}

/**
 * Today in the reader's time zone, `YYYY-MM-DD` (what a date input calls today).
 * @example localToday(new Date(2024, 8, 15, 23, 30)) // '2024-09-15'
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day for people, in the interface's language ("Sep 15, 2024", "15 вер. 2024 р.").
 * @example formatDay('2024-09-15', 'en') // 'Sep 15, 2024'
 */
export function formatDay(day: string, lang: string): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(lang, format);
  }
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}
