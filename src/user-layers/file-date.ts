/**
 * The date a whole file gives itself: a top-level `date` member of its GeoJSON (a foreign member,
 * RFC 7946 §6.1), e.g. `{ "type": "FeatureCollection", "date": "2024-08-27", … }`. It becomes the
 * layer's `credit.date`, as if the reader had typed it in the layer's row. Plain TypeScript.
 */
import { isRecord, own } from '../validate/json-guards.ts';
import { parsePeriod } from './feature-time.ts';

/**
 * The file's day, or null; `notice` when it has a `date` that is no single day.
 * @example fileDate({ type: 'FeatureCollection', date: '2024-08-27', features: [] }) // { date: '2024-08-27' }
 * @example fileDate({ date: 'August' }).notice // 'top-level date “August” is not a day (YYYY-MM-DD); the layer is not dated'
 */
export function fileDate(data: unknown): { date: string | null; notice?: string } {
  const value = isRecord(data) ? own(data, 'date') : undefined;
  if (value === undefined || value === null || value === '') return { date: null };
  const period = parsePeriod(value);
  if (period && period.first === period.last) return { date: period.first };
  const shown = typeof value === 'string' ? `“${value.slice(0, 40)}”` : typeof value;
  return {
    date: null,
    notice: `top-level date ${shown} is not a day (YYYY-MM-DD); the layer is not dated`,
  };
}
