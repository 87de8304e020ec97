/**
 * The time rule: which of a reader's layers and features the map shows on a chosen day.
 *
 * - A layer with a date (its `credit.date`: the date the reader gives the whole file, or the
 *   file's top-level `date`) is one state of a dated series of files, the layers of the same
 *   source (its `credit.source`, e.g. three ISW control maps): on day D the map shows, for each
 *   source, the dated layer(s) with the latest date on or before D, and hides that source's
 *   others, earlier and later. Before a source's first date none of its layers is shown. Layers
 *   of other sources are not affected; layers without a date always show.
 * - Inside a shown layer, a feature with a `timespan` shows on the days it covers (both ends
 *   included; an open end is open). A feature with an instant (`timestamp`, `date` or `time`)
 *   shows when its day is on or before D and is the latest such day of its series (same `name`,
 *   else same `id` property, else the rest of the layer): the state as last known on D.
 *   A feature without a time always shows.
 *
 * Plain TypeScript, tested in Node (tests/unit/user-time.test.ts).
 */
import { addDays } from '../story/iso-date.ts';
import type { FeatureTime } from './feature-time.ts';

/** What the time rule needs of one reader's layer. */
export interface TimedLayer {
  id: string;
  /** The whole layer's date (`YYYY-MM-DD`), or null. */
  date: string | null;
  /** Feature `i`'s time, or null when undated. */
  times: readonly (FeatureTime | null)[];
  /** Feature `i`'s series (see `seriesKey`). */
  series: readonly string[];
  /** The layer's source (`credit.source`): dated layers of one source replace each other. */
  source?: string;
}

/** A layer's features on a day: all of them, none, or those with these indices. */
export type Shown = 'all' | 'none' | readonly number[];

/** True when the layer or any of its features is dated: the slider is then offered. */
export function isTimed(layer: TimedLayer): boolean {
  return layer.date !== null || layer.times.some((t) => t !== null);
}

function featuresAt(layer: TimedLayer, day: string): Shown {
  // The latest instant on or before `day`, per series.
  const latest = new Map<string, string>();
  layer.times.forEach((t, i) => {
    if (t?.kind !== 'instant' || t.day > day) return;
    const key = layer.series[i] ?? '';
    const best = latest.get(key);
    if (best === undefined || t.day > best) latest.set(key, t.day);
  });
  const shown: number[] = [];
  layer.times.forEach((t, i) => {
    const on =
      t === null ||
      (t.kind === 'span' &&
        (t.begin === null || t.begin <= day) &&
        (t.end === null || day <= t.end)) ||
      (t.kind === 'instant' && latest.get(layer.series[i] ?? '') === t.day);
    if (on) shown.push(i);
  });
  if (shown.length === layer.times.length) return 'all';
  return shown.length === 0 ? 'none' : shown;
}

/** Every layer shown whole: the map when no day applies (nothing is dated). */
export function allShown(layers: readonly TimedLayer[]): Map<string, Shown> {
  return new Map(layers.map((l) => [l.id, 'all']));
}

/**
 * What each layer shows on `day` (`YYYY-MM-DD`).
 * @example
 * shownAt([{ id: 'a', date: '2024-08-10', times: [], series: [] },
 *          { id: 'b', date: '2024-08-27', times: [], series: [] }], '2024-08-20')
 * // Map { 'a' => 'all', 'b' => 'none' }
 */
export function shownAt(layers: readonly TimedLayer[], day: string): Map<string, Shown> {
  // The current date of each source's series of dated layers.
  const series = (l: TimedLayer) => (l.source ?? '').trim().toLowerCase();
  const current = new Map<string, string>();
  for (const l of layers) {
    const now = current.get(series(l));
    if (l.date !== null && l.date <= day && (now === undefined || l.date > now))
      current.set(series(l), l.date);
  }
  const out = new Map<string, Shown>();
  for (const layer of layers) {
    if (layer.date !== null && layer.date !== current.get(series(layer))) out.set(layer.id, 'none');
    else out.set(layer.id, featuresAt(layer, day));
  }
  return out;
}

/**
 * The days on which what the map shows changes, sorted: layer dates, instants, the first day of
 * each span and the day after it ends, and `extra` days (the article's own dates).
 * @example timeStops([{ id: 'a', date: null, times: [{ kind: 'span', begin: '2024-08-10', end: '2024-08-26' }], series: [''] }])
 * // ['2024-08-10', '2024-08-27']
 */
export function timeStops(layers: readonly TimedLayer[], extra: readonly string[] = []): string[] {
  const days = new Set(extra);
  for (const layer of layers) {
    if (layer.date !== null) days.add(layer.date);
    for (const t of layer.times) {
      if (t?.kind === 'instant') days.add(t.day);
      if (t?.kind === 'span' && t.begin !== null) days.add(t.begin);
      if (t?.kind === 'span' && t.end !== null) days.add(addDays(t.end, 1));
    }
  }
  return [...days].sort();
}

/**
 * The day the slider starts on when the reader has chosen none: the latest day the data itself
 * names (a layer date, an instant, a span's begin or end), so the map opens on the latest state.
 * Null when nothing is dated.
 */
export function latestDataDay(layers: readonly TimedLayer[]): string | null {
  let latest: string | null = null;
  const see = (d: string | null) => {
    if (d !== null && (latest === null || d > latest)) latest = d;
  };
  for (const layer of layers) {
    see(layer.date);
    for (const t of layer.times) {
      if (t?.kind === 'instant') see(t.day);
      if (t?.kind === 'span') {
        see(t.begin);
        see(t.end);
      }
    }
  }
  return latest;
}

/**
 * The stop the slider's thumb sits on for `day`: the latest stop on or before it (what the map
 * shows on `day` is what it shows on that stop), else the first stop.
 * @example stopIndex(['2024-08-10', '2024-08-27'], '2024-09-01') // 1
 */
export function stopIndex(stops: readonly string[], day: string): number {
  let index = 0;
  stops.forEach((s, i) => {
    if (s <= day) index = i;
  });
  return index;
}
