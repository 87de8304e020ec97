/**
 * When a reader's feature is true, read from its properties: a KML-style `timespan`
 * (`{ begin, end }`, as @tmcw/togeojson writes KML `<TimeSpan>`), else the first of `timestamp`
 * (KML `<TimeStamp>`), `date` and `time`. Values are ISO 8601 dates and date-times, or KML's
 * coarser `YYYY` and `YYYY-MM` (XML Schema gYear and gYearMonth, which KML allows). The slider
 * works in whole days: a date-time counts on the calendar day written in it (its own offset),
 * the day the file's author meant. Plain TypeScript, tested in Node.
 */
import type { GeoJsonProperties } from 'geojson';
import { daysInMonth, isoDay } from '../story/iso-date.ts';

/** A feature's time: one day (a state as of that day) or a span of days, ends included. */
export type FeatureTime =
  { kind: 'instant'; day: string } | { kind: 'span'; begin: string | null; end: string | null };

/** The first and last day a value names: one day, or a whole month or year. */
export interface Period {
  first: string;
  last: string;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The keys read for an instant, in order: KML's, then the common ones. */
export const INSTANT_KEYS = ['timestamp', 'date', 'time'] as const;

/**
 * The days an ISO date, date-time, `YYYY-MM` or `YYYY` names; null when it is none of these or
 * no real day (2024-02-30, 25:00).
 * @example parsePeriod('2024-08-10T23:30:00-05:00') // { first: '2024-08-10', last: '2024-08-10' }
 * @example parsePeriod('2024-08') // { first: '2024-08-01', last: '2024-08-31' }
 */
export function parsePeriod(value: unknown): Period | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let m = YEAR.exec(text);
  if (m) {
    const y = Number(m[1]);
    const first = isoDay(y, 1, 1);
    return first ? { first, last: `${m[1]}-12-31` } : null;
  }
  m = MONTH.exec(text);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    const first = isoDay(y, mo, 1);
    const last = first ? isoDay(y, mo, daysInMonth(y, mo)) : null;
    return first && last ? { first, last } : null;
  }
  m = DATE_TIME.exec(text);
  if (!m) return null;
  const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day) return null;
  // A time that is no time of day makes the whole value doubtful: refuse it, do not guess.
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 60)) {
    return null;
  }
  return { first: day, last: day };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const shown = (v: unknown) => (typeof v === 'string' ? `“${v.slice(0, 40)}”` : JSON.stringify(v));

/** A feature's time, or null when undated; `problem` says why a date it has was not read. */
export interface ReadTime {
  time: FeatureTime | null;
  problem?: string;
}

/**
 * The time a feature's properties give.
 * @example featureTime({ timespan: { begin: '2024-08-10', end: '2024-08-26' } })
 *   // { time: { kind: 'span', begin: '2024-08-10', end: '2024-08-26' } }
 * @example featureTime({ date: 'last week' }).problem // 'date “last week” is not an ISO date or time'
 */
export function featureTime(props: GeoJsonProperties): ReadTime {
  if (!props) return { time: null };
  const span = Object.hasOwn(props, 'timespan') ? props['timespan'] : undefined;
  if (span !== undefined && span !== null) {
    const begin = isRecord(span) ? span['begin'] : undefined;
    const end = isRecord(span) ? span['end'] : undefined;
    const b = begin === undefined || begin === null ? null : parsePeriod(begin);
    const e = end === undefined || end === null ? null : parsePeriod(end);
    const bad = [
      begin !== undefined && begin !== null && !b ? `timespan.begin ${shown(begin)}` : '',
      end !== undefined && end !== null && !e ? `timespan.end ${shown(end)}` : '',
    ].filter(Boolean);
    if (!isRecord(span) || bad.length > 0 || (!b && !e)) {
      const what = bad.length ? bad.join(' and ') : `timespan ${shown(span).slice(0, 60)}`;
      return { time: null, problem: `${what} is not an ISO date or time` };
    }
    if (b && e && e.last < b.first) {
      return { time: null, problem: `timespan ends (${e.last}) before it begins (${b.first})` };
    }
    return { time: { kind: 'span', begin: b?.first ?? null, end: e?.last ?? null } };
  }
  for (const key of INSTANT_KEYS) {
    if (!Object.hasOwn(props, key)) continue;
    const value = props[key];
    if (value === null || value === '') continue;
    const period = parsePeriod(value);
    if (!period)
      return { time: null, problem: `${key} ${shown(value)} is not an ISO date or time` };
    return { time: { kind: 'instant', day: period.first } };
  }
  return { time: null };
}

/**
 * Which states of one thing a feature belongs to: its `name`, else its `id` property; features
 * with neither are one series per layer (a file of dated snapshots of the same area).
 * @example seriesKey({ name: 'North pocket' }) // 'name:North pocket'
 */
export function seriesKey(props: GeoJsonProperties): string {
  for (const key of ['name', 'id']) {
    const v = props?.[key];
    if (typeof v === 'string' || typeof v === 'number') return `${key}:${v}`;
  }
  return '';
}
