/**
 * A reader's layer's credit and date (issue 11): what the form accepts, what a file states,
 * the credit line in the attribution and the exports, the refusal without one, and what storage
 * gives back.
 */
import { describe, expect, it } from 'vitest';
import { exportCredit, userLegendEntries } from '../../src/export/browser/composition-input.ts';
import { parseUserLayer } from '../../src/user-files/index.ts';
import {
  attributionHtml,
  checkCredit,
  creditLine,
  missingCreditMessage,
  NO_CREDIT,
} from '../../src/user-layers/credit.ts';
import { isIsoDate, localToday } from '../../src/story/iso-date.ts';
import { fileMetadata } from '../../src/user-layers/metadata.ts';
import {
  lookFrom,
  orderFrom,
  storedLayerFrom,
  STORE_VERSION,
} from '../../src/user-layers/persist.ts';
import { SUDZHA } from '../e2e/user-files.ts';
import { story } from './story-data.ts';

const TODAY = '2026-01-01';

describe('a layer’s credit', () => {
  it('accepts a source and a real past date, or no date', () => {
    expect(checkCredit('  ISW ', '2024-09-15', TODAY)).toEqual({
      ok: true,
      credit: { source: 'ISW', date: '2024-09-15' },
    });
    expect(checkCredit('DeepState', '', TODAY)).toEqual({
      ok: true,
      credit: { source: 'DeepState', date: null },
    });
  });

  it('says what is wrong: no source, too long, not a date, in the future', () => {
    expect(checkCredit('', '15/09/2024', TODAY)).toEqual({
      ok: false,
      problems: ['no-source', 'bad-date'],
    });
    expect(checkCredit('\u200B \u202E', '', TODAY)).toEqual({ ok: false, problems: ['no-source'] });
    expect(checkCredit('x'.repeat(121), '2024-02-30', TODAY)).toEqual({
      ok: false,
      problems: ['source-too-long', 'bad-date'],
    });
    expect(checkCredit('ISW', '1899-12-31', TODAY)).toMatchObject({ problems: ['bad-date'] });
    expect(checkCredit('ISW', '2026-01-02', TODAY)).toMatchObject({ problems: ['future-date'] });
  });

  it('cleans the source to one line without hidden characters', () => {
    const checked = checkCredit('ISW\u202E\nmaps', '', TODAY);
    expect(checked.ok && checked.credit.source).not.toMatch(/[\u202E\n]/);
  });

  it('reads as “Layer: Source, Date”, escaped for the attribution', () => {
    const credit = { source: 'ISW', date: '2024-09-15' };
    expect(creditLine('Control areas', credit)).toBe('Control areas: ISW, September 15, 2024');
    expect(creditLine('Lines', { source: 'DeepState', date: null })).toBe('Lines: DeepState');
    expect(attributionHtml('<img src=x onerror=alert(1)>', { source: 'A & "B"', date: null })).toBe(
      '&lt;img src=x onerror=alert(1)&gt;: A &amp; &quot;B&quot;',
    );
  });

  it('refuses an export while a layer has no source, naming it', () => {
    expect(missingCreditMessage([{ name: 'ok', credit: { source: 'ISW', date: null } }])).toBe('');
    expect(missingCreditMessage([{ name: 'Lines', credit: NO_CREDIT }])).toBe(
      'Your layer “Lines” has no source: fill in its source (and date) under Your layers before exporting.',
    );
    expect(
      missingCreditMessage([
        { name: 'A', credit: NO_CREDIT },
        { name: 'B', credit: { source: ' ', date: '2024-09-15' } },
      ]),
    ).toContain('Your layers “A”, “B” have no source');
  });

  it('joins the export credit line after the story’s', () => {
    const line = exportCredit(story, [
      { name: 'Control areas', credit: { source: 'ISW', date: '2024-09-15' } },
    ]);
    expect(line).toBe(
      `${story.file.credit} · Control areas: ISW, September 15, 2024 · Rendered with MapLibre GL JS`,
    );
    expect(exportCredit(story)).toBe(`${story.file.credit} · Rendered with MapLibre GL JS`);
  });

  it('knows calendar dates and the reader’s today', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-9-15')).toBe(false);
    expect(localToday(new Date(2024, 8, 15, 23, 30))).toBe('2024-09-15');
  });
});

describe('what a file says about itself', () => {
  it('gives its source and date from top-level members', () => {
    expect(fileMetadata({ source: ' ISW ', date: '2024-09-15T18:00:00Z' })).toEqual({
      source: 'ISW',
      date: '2024-09-15',
    });
    expect(fileMetadata({ credit: 'DeepState', date: 'yesterday' })).toEqual({
      source: 'DeepState',
      date: null,
    });
    expect(fileMetadata({ attribution: 'OSM' })).toEqual({ source: 'OSM', date: null });
    expect(fileMetadata([])).toEqual({ source: null, date: null });
    expect(fileMetadata(JSON.parse('{"__proto__": {"source": "inherited"}}'))).toEqual({
      source: null,
      date: null,
    });
  });

  it('reaches the accepted layer', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      source: 'ISW',
      date: '2024-09-15',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: SUDZHA } },
      ],
    });
    const result = parseUserLayer({ name: 'areas.geojson', size: text.length, text }, new Set());
    expect(result.ok && result.layer.metadata).toEqual({ source: 'ISW', date: '2024-09-15' });
  });
});

describe('legend rows for a reader’s layers', () => {
  const view = { center: SUDZHA, zoom: 9, width: 800, height: 600 };
  const style = { colour: '#33a02c', opacity: 1 };
  const near = [SUDZHA[0] - 0.05, SUDZHA[1] - 0.05, SUDZHA[0] + 0.05, SUDZHA[1] + 0.05] as const;
  const far = [SUDZHA[0] + 5, SUDZHA[1], SUDZHA[0] + 6, SUDZHA[1] + 1] as const;

  it('list the layers that reach into the frame, by what they draw', () => {
    expect(
      userLegendEntries(
        [
          { name: 'Areas', geometryTypes: ['Point', 'Polygon'], bounds: near, style },
          { name: 'Far', geometryTypes: ['Polygon'], bounds: far, style },
          { name: 'Lines', geometryTypes: ['MultiLineString'], bounds: near, style },
          { name: 'Dots', geometryTypes: ['Point'], bounds: near, style },
        ],
        view,
      ),
    ).toEqual([
      { label: 'Areas', swatch: 'fill', color: '#33a02c' },
      { label: 'Lines', swatch: 'line', color: '#33a02c' },
      { label: 'Dots', swatch: 'point', color: '#33a02c' },
    ]);
  });
});

describe('what storage gives back', () => {
  const fallback = { colour: '#1f78b4', opacity: 1 };
  const layer = {
    id: 'user-areas',
    name: 'areas',
    fileName: 'areas.geojson',
    bounds: [35, 51, 35.5, 51.5],
    featureCount: 1,
    geometryTypes: ['Polygon'],
    notices: [],
    properties: [{}],
    digest: 'abc',
    metadata: { source: null, date: null },
  };

  it('keeps the order’s ids only', () => {
    expect(orderFrom(['user-a', 'user-a', 'user-b', 7, 'story', 'user-<x>'])).toEqual([
      'user-a',
      'user-b',
    ]);
    expect(orderFrom({})).toEqual([]);
  });

  it('takes back a layer this version stored, nothing else', () => {
    const data = new Blob(['{}']);
    const stored = { version: STORE_VERSION, layer, data };
    expect(storedLayerFrom(stored, 'user-areas')).toBe(stored);
    expect(storedLayerFrom(stored, 'user-other')).toBeNull();
    expect(storedLayerFrom({ ...stored, version: 0 }, 'user-areas')).toBeNull();
    expect(storedLayerFrom({ ...stored, data: '{}' }, 'user-areas')).toBeNull();
    expect(
      storedLayerFrom({ ...stored, layer: { ...layer, bounds: [0, 0, 1, NaN] } }, 'user-areas'),
    ).toBeNull();
  });

  it('checks a stored style and credit again', () => {
    const look = {
      style: { colour: '#33a02c', opacity: 0.4 },
      credit: { source: 'ISW', date: '2024-09-15' },
    };
    expect(lookFrom(look, fallback, TODAY)).toEqual(look);
    expect(lookFrom({ style: { colour: 'x', opacity: 2 }, credit: 5 }, fallback, TODAY)).toEqual({
      style: fallback,
      credit: NO_CREDIT,
    });
    expect(lookFrom(undefined, fallback, TODAY).credit).toEqual(NO_CREDIT);
  });
});
