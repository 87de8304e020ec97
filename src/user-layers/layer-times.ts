/**
 * A reader's layer as the time rule sees it: every feature's time and series, read once from the
 * properties the page keeps, with a message for each date that could not be read. Plain
 * TypeScript, tested in Node.
 */
import type { GeoJsonProperties } from 'geojson';
import { featureTime, seriesKey, type FeatureTime } from './feature-time.ts';
import type { TimedLayer } from './time.ts';

/** At most this many unreadable dates are listed; then a count. */
const LISTED = 3;

export interface LayerTimes {
  times: (FeatureTime | null)[];
  series: string[];
  /** "feature #3: date “soon” is not an ISO date or time; shown at every date", bounded. */
  problems: string[];
}

/**
 * Reads every feature's time. A feature whose date cannot be read is treated as undated (shown at
 * every date) and named in `problems`, so the reader knows why it does not follow the slider.
 * @example readLayerTimes([{ date: '2024-08-10' }, { date: 'soon' }]).problems
 * // ['feature #1: date “soon” is not an ISO date or time; shown at every date']
 */
export function readLayerTimes(properties: readonly GeoJsonProperties[]): LayerTimes {
  const times: (FeatureTime | null)[] = [];
  const series: string[] = [];
  const all: string[] = [];
  properties.forEach((props, i) => {
    const read = featureTime(props);
    times.push(read.time);
    series.push(seriesKey(props));
    if (read.problem) all.push(`feature #${i}: ${read.problem}; shown at every date`);
  });
  const problems = all.slice(0, LISTED);
  if (all.length > LISTED) problems.push(`… and ${all.length - LISTED} more undated features`);
  return { times, series, problems };
}

/** The time rule's view of a layer. */
export function timedLayer(
  id: string,
  date: string | null,
  read: LayerTimes,
  source = '',
): TimedLayer {
  return { id, date, times: read.times, series: read.series, source };
}
