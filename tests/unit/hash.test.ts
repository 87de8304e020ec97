import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/index.ts';
import { formatView, parseHash, serialiseHash, updateHash } from '../../src/story/hash.ts';

describe("link issues in the reader's language", () => {
  it('are data, worded in English for the command line and in each catalogue for readers', () => {
    const { issues, problems } = parseHash('#map=9/951/35&lang=fr');
    expect(issues).toEqual([
      { kind: 'latitude', value: 951 },
      { kind: 'lang', value: 'fr' },
    ]);
    expect(problems).toEqual(['latitude 951 is out of range', 'lang=fr is not one of en, uk, ru']);
    expect(issues.map(messages('uk').link.issue)).toEqual([
      'широта 951 поза межами',
      'lang=fr — не одна з мов en, uk, ru',
    ]);
    expect(messages('ru').link.ignored(messages('ru').link.issue(issues[0]!))).toBe(
      'Часть ссылки пропущена: широта 951 вне допустимых пределов.',
    );
  });
});

describe('parseHash', () => {
  it('reads the view, the place and the language', () => {
    expect(parseHash('#map=9/51.2/35.3&place=sudzha&lang=uk')).toMatchObject({
      state: { view: { zoom: 9, lat: 51.2, lng: 35.3 }, place: 'sudzha', lang: 'uk' },
      problems: [],
    });
  });

  it('keeps bearing and pitch when MapLibre writes them', () => {
    expect(parseHash('map=5/50/30/12.5/40').state.view).toEqual({
      zoom: 5,
      lat: 50,
      lng: 30,
      bearing: 12.5,
      pitch: 40,
    });
  });

  it('reports unusable parameters instead of throwing', () => {
    const { state, problems } = parseHash('#map=9/951/35&place=<script>&lang=fr');
    expect(state).toEqual({});
    expect(problems).toEqual([
      'latitude 951 is out of range',
      'place=<script> is not a place id',
      'lang=fr is not one of en, uk, ru',
    ]);
  });

  it('rejects non-numeric and incomplete views', () => {
    expect(parseHash('#map=abc/1/2').problems).toEqual(['map=abc/1/2 is not zoom/lat/lng']);
    expect(parseHash('#map=9/51').problems).toEqual(['map=9/51 is not zoom/lat/lng']);
    expect(parseHash('#map=9/51/200').problems).toEqual(['longitude 200 is out of range']);
  });

  it('treats an empty hash as no state', () => {
    expect(parseHash('')).toEqual({ state: {}, problems: [], issues: [] });
    expect(parseHash('#place=')).toEqual({ state: {}, problems: [], issues: [] });
  });
});

describe('serialiseHash', () => {
  it('writes the documented format and reads back the same state', () => {
    const state = { view: { zoom: 9, lat: 51.2, lng: 35.3 }, place: 'sudzha', lang: 'ru' as const };
    const hash = serialiseHash(state);
    expect(hash).toBe('#map=9/51.2/35.3&place=sudzha&lang=ru');
    expect(parseHash(hash).state).toEqual(state);
  });

  it('omits English, the default language', () => {
    expect(serialiseHash({ place: 'kyiv', lang: 'en' })).toBe('#place=kyiv');
    expect(serialiseHash({})).toBe('');
  });

  it('rounds coordinates with the precision MapLibre uses for the zoom', () => {
    // At zoom 9 MapLibre keeps ceil((9 ln2 + ln(512/180)) / ln10) = 4 decimals.
    expect(formatView({ zoom: 9.123456, lat: 51.197612, lng: 35.272611 })).toBe(
      '9.12/51.1976/35.2726',
    );
  });
});

describe('updateHash', () => {
  it("changes the place and keeps MapLibre's map= untouched", () => {
    expect(updateHash('#map=9/51.2/35.3', { place: 'sudzha' })).toBe(
      '#map=9/51.2/35.3&place=sudzha',
    );
    expect(updateHash('#map=9/51.2/35.3&place=sudzha', { place: null })).toBe('#map=9/51.2/35.3');
    expect(updateHash('#place=sudzha', { place: null })).toBe('');
  });
});

describe('the time slider’s date= in the hash', () => {
  it('reads a calendar day beside the view, place and language, and writes it back', () => {
    const parsed = parseHash('#map=9/51.2/35.3&place=sudzha&lang=uk&date=2024-09-15');
    expect(parsed).toMatchObject({
      state: {
        view: { zoom: 9, lat: 51.2, lng: 35.3 },
        place: 'sudzha',
        lang: 'uk',
        date: '2024-09-15',
      },
      problems: [],
    });
    expect(serialiseHash(parsed.state)).toBe(
      '#map=9/51.2/35.3&place=sudzha&lang=uk&date=2024-09-15',
    );
  });

  it('ignores a date that is no calendar day, saying so', () => {
    for (const bad of ['2024-02-30', '15.09.2024', '2024-9-15', '<b>2024</b>']) {
      const { state, problems } = parseHash(`#date=${encodeURIComponent(bad)}`);
      expect(state, bad).toEqual({});
      expect(problems, bad).toEqual([`date=${bad} is not a calendar date YYYY-MM-DD`]);
    }
    expect(parseHash('#date=').problems).toEqual([]);
  });

  it('is set and removed without touching MapLibre’s map=', () => {
    expect(updateHash('#map=9/51.2/35.3&place=sudzha', { date: '2024-08-27' })).toBe(
      '#map=9/51.2/35.3&place=sudzha&date=2024-08-27',
    );
    expect(updateHash('#map=9/51.2/35.3&date=2024-08-27', { date: null })).toBe('#map=9/51.2/35.3');
  });
});
