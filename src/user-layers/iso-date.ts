/** Calendar dates as the credit form and the files write them. Plain TypeScript. */

/**
 * Whether `raw` is a real calendar date written `YYYY-MM-DD`.
 * @example isIsoDate('2024-09-15') // true
 * @example isIsoDate('2024-02-30') // false
 */
export function isIsoDate(raw: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return false;
  const date = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === raw;
}

/**
 * Today in the reader's time zone, `YYYY-MM-DD` (what a date input calls today).
 * @example localToday(new Date(2024, 8, 15, 23, 30)) // '2024-09-15'
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The longest credit source kept, in characters; a credit is a line, not a paragraph. */
export const MAX_SOURCE_LENGTH = 120;
