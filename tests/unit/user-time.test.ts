/** The time slider's rule and the dates it reads (src/user-layers/, src/story/iso-date.ts). */
import { describe, expect, it } from 'vitest';
import { addDays, formatDay, isIsoDate } from '../../src/story/iso-date.ts';
import { featureTime, parsePeriod, seriesKey } from '../../src/user-layers/feature-time.ts';
import { fileDate } from '../../src/user-layers/file-date.ts';
import { readUserFile } from '../../src/user-files/read-user-file.ts';
import { readLayerTimes, timedLayer } from '../../src/user-layers/layer-times.ts';
import {
  latestDataDay,
  shownAt,
  stopIndex,
  timeStops,
  type TimedLayer,
} from '../../src/user-layers/time.ts';

describe('calendar days', () => {
  it('accept only real YYYY-MM-DD days', () => {
    expect(isIsoDate('2024-09-15')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2024-13-01', '2024-9-15', '2024-09-15T00:00', '', 20240915]) {
      expect(isIsoDate(bad), String(bad)).toBe(false);
    }
  });

  it('add days across months and years, and format them in the reader’s language', () => {
    expect(addDays('2024-08-31', 1)).toBe('2024-09-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(formatDay('2024-09-15', 'en')).toBe('Sep 15, 2024');
    expect(formatDay('2024-09-15', 'uk')).toMatch(/15 вер/);
  });
});

describe('dates in a feature’s properties', () => {
  it('read ISO dates, date-times on the day written, and KML’s year and year-month', () => {
    expect(parsePeriod('2024-08-10')).toEqual({ first: '2024-08-10', last: '2024-08-10' });
    expect(parsePeriod('2024-08-10T23:30:00-05:00')).toEqual({
      first: '2024-08-10',
      last: '2024-08-10',
    });
    expect(parsePeriod('2024-08-10T08:00Z')?.first).toBe('2024-08-10');
    expect(parsePeriod('2024-08-10T08:00:00.123+03:00')?.first).toBe('2024-08-10');
    expect(parsePeriod('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(parsePeriod('2024')).toEqual({ first: '2024-01-01', last: '2024-12-31' });
  });

  it('refuse what is no date, and no real day or time', () => {
    for (const bad of [
      'last week',
      '10/08/2024',
      '2024-02-30',
      '2024-08-10T25:00',
      1723248000,
      '',
    ]) {
      expect(parsePeriod(bad), String(bad)).toBeNull();
    }
  });

  it('take a KML timespan first, then timestamp, date and time', () => {
    expect(featureTime({ timespan: { begin: '2024-08', end: '2024-08-27' }, date: 'x' })).toEqual({
      time: { kind: 'span', begin: '2024-08-01', end: '2024-08-27' },
    });
    expect(featureTime({ timespan: { begin: '2024-08-10' } }).time).toEqual({
      kind: 'span',
      begin: '2024-08-10',
      end: null,
    });
    expect(featureTime({ timestamp: '2024-08-10T12:00:00Z', date: '2024-09-01' }).time).toEqual({
      kind: 'instant',
      day: '2024-08-10',
    });
    expect(featureTime({ time: '2024-09-15' }).time).toEqual({
      kind: 'instant',
      day: '2024-09-15',
    });
    expect(featureTime({ name: 'x' })).toEqual({ time: null });
    expect(featureTime(null)).toEqual({ time: null });
  });

  it('say which date could not be read', () => {
    expect(featureTime({ date: 'last week' }).problem).toBe(
      'date “last week” is not an ISO date or time',
    );
    expect(featureTime({ timespan: { begin: '2024-08-10', end: 'soon' } }).problem).toBe(
      'timespan.end “soon” is not an ISO date or time',
    );
    expect(featureTime({ timespan: { begin: '2024-09-10', end: '2024-08-10' } }).problem).toBe(
      'timespan ends (2024-08-10) before it begins (2024-09-10)',
    );
    const read = readLayerTimes([{ date: '2024-08-10' }, { date: 'soon' }]);
    expect(read.problems).toEqual([
      'feature #1: date “soon” is not an ISO date or time; shown at every date',
    ]);
    expect(read.times[1]).toBeNull();
  });

  it('group states of one thing by name, then id, else the whole layer', () => {
    expect(seriesKey({ name: 'Pocket', id: 3 })).toBe('name:Pocket');
    expect(seriesKey({ id: 3 })).toBe('id:3');
    expect(seriesKey({})).toBe('');
  });
});

const layer = (id: string, date: string | null, props: object[] = []): TimedLayer =>
  timedLayer(id, date, readLayerTimes(props as Record<string, unknown>[]));

describe('the time rule', () => {
  const files = [
    layer('aug10', '2024-08-10', [{}]),
    layer('aug27', '2024-08-27', [{}]),
    layer('sep15', '2024-09-15', [{}]),
    layer('plain', null, [{}]),
  ];

  it('shows the latest dated layer on or before the day, hides the others, keeps undated ones', () => {
    const at = (day: string) => Object.fromEntries(shownAt(files, day));
    expect(at('2024-08-09')).toEqual({ aug10: 'none', aug27: 'none', sep15: 'none', plain: 'all' });
    expect(at('2024-08-10')).toEqual({ aug10: 'all', aug27: 'none', sep15: 'none', plain: 'all' });
    expect(at('2024-08-26')).toEqual({ aug10: 'all', aug27: 'none', sep15: 'none', plain: 'all' });
    expect(at('2024-08-27')).toEqual({ aug10: 'none', aug27: 'all', sep15: 'none', plain: 'all' });
    expect(at('2024-09-16')).toEqual({ aug10: 'none', aug27: 'none', sep15: 'all', plain: 'all' });
  });

  it('shows a feature with a timespan on the days it covers, ends included', () => {
    const spans = layer('s', null, [
      { timespan: { begin: '2024-08-10', end: '2024-08-26' } },
      { timespan: { begin: '2024-08-27' } },
      { name: 'undated' },
    ]);
    expect(shownAt([spans], '2024-08-09').get('s')).toEqual([2]);
    expect(shownAt([spans], '2024-08-26').get('s')).toEqual([0, 2]);
    expect(shownAt([spans], '2024-08-27').get('s')).toEqual([1, 2]);
    expect(shownAt([spans], '2030-01-01').get('s')).toEqual([1, 2]);
  });

  it('shows the latest state of each series up to the day', () => {
    const states = layer('t', null, [
      { name: 'north', date: '2024-08-10' },
      { name: 'north', date: '2024-08-27' },
      { name: 'south', date: '2024-08-10' },
      { name: 'north', date: '2024-08-27' },
    ]);
    expect(shownAt([states], '2024-08-01').get('t')).toBe('none');
    expect(shownAt([states], '2024-08-20').get('t')).toEqual([0, 2]);
    // Two features of one series and one day are that day's state together.
    expect(shownAt([states], '2024-09-01').get('t')).toEqual([1, 2, 3]);
  });

  it('treats features with neither name nor id as one series per layer', () => {
    const snapshots = layer('u', null, [{ date: '2024-08-10' }, { date: '2024-08-27' }]);
    expect(shownAt([snapshots], '2024-08-27').get('u')).toEqual([1]);
  });

  it('applies the feature rule inside the dated layer that is shown', () => {
    const both = [layer('a', '2024-08-10', [{ timespan: { end: '2024-08-12' } }, {}])];
    expect(shownAt(both, '2024-08-11').get('a')).toBe('all');
    expect(shownAt(both, '2024-08-13').get('a')).toEqual([1]);
  });

  it('lists the days the state changes, with the article’s days, and opens on the latest data day', () => {
    const spans = layer('s', null, [{ timespan: { begin: '2024-08-10', end: '2024-08-26' } }]);
    expect(timeStops([spans, files[1]!], ['2024-09-16', '2024-08-10'])).toEqual([
      '2024-08-10',
      '2024-08-27',
      '2024-09-16',
    ]);
    expect(latestDataDay(files)).toBe('2024-09-15');
    expect(latestDataDay([spans])).toBe('2024-08-26');
    expect(latestDataDay([layer('p', null, [{}])])).toBeNull();
    expect(stopIndex(['2024-08-10', '2024-08-27'], '2024-09-01')).toBe(1);
    expect(stopIndex(['2024-08-10', '2024-08-27'], '2024-01-01')).toBe(0);
  });
});

describe('a file’s own date', () => {
  it('is its top-level date member, a day; anything else is a notice and no date', () => {
    expect(fileDate({ type: 'FeatureCollection', date: '2024-08-27' })).toEqual({
      date: '2024-08-27',
    });
    expect(fileDate({ date: '2024-08-27T06:00:00+03:00' })).toEqual({ date: '2024-08-27' });
    expect(fileDate({ type: 'FeatureCollection' })).toEqual({ date: null });
    expect(fileDate({ date: '2024-08' })).toEqual({
      date: null,
      notice: 'top-level date “2024-08” is not a day (YYYY-MM-DD); the layer is not dated',
    });
  });

  it('reaches the layer read from the file', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      date: '2024-09-15',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [35, 51] } },
      ],
    });
    const result = readUserFile(new TextEncoder().encode(text), 'sept-15.geojson', new Set());
    expect(result.ok && result.layer.metadata.date).toBe('2024-09-15');
  });
});
