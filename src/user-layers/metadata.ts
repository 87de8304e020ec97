/**
 * The credit a file states about itself: GeoJSON top-level members `source`, `credit` or
 * `attribution`, and `date` (RFC 7946 §6.1 allows such foreign members; KML's document name and
 * description arrive the same way once converted). Read before the members are dropped, so the
 * credit form starts filled in. Plain TypeScript.
 */
import { isRecord, own } from '../validate/json-guards.ts';
import { cleanLine } from '../user-files/text.ts';
import { isIsoDate } from '../story/iso-date.ts';
import { MAX_SOURCE_LENGTH } from './credit.ts';

/** What a file says of its source and date; null where it says nothing usable. */
export interface FileMetadata {
  source: string | null;
  date: string | null;
}

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const line = cleanLine(value, MAX_SOURCE_LENGTH).trim();
  return line === '' ? null : line;
};

/**
 * The source and date stated at the top of a parsed file.
 * @example
 * fileMetadata({ type: 'FeatureCollection', source: 'ISW', date: '2024-09-15T18:00:00Z', features: [] })
 * // { source: 'ISW', date: '2024-09-15' }
 */
export function fileMetadata(data: unknown): FileMetadata {
  if (!isRecord(data)) return { source: null, date: null };
  const source =
    text(own(data, 'source')) ?? text(own(data, 'credit')) ?? text(own(data, 'attribution'));
  const raw = own(data, 'date');
  // A date-time keeps its calendar day as written (no time-zone shift).
  const day = typeof raw === 'string' ? raw.trim().slice(0, 10) : '';
  return { source, date: isIsoDate(day) ? day : null };
}
