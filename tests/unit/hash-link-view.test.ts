/** Deep links with values out of range (issue 16): clamped or ignored, always with a notice. */
import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, MIN_ZOOM } from '../../src/map/camera.ts';
import { fixLinkHash, linkView, parseHash } from '../../src/story/hash.ts';

const range = { min: MIN_ZOOM, max: MAX_ZOOM };

describe('linkView', () => {
  it('clamps a zoom above the range and says so', () => {
    const fixed = linkView({ zoom: 30, lat: 51.2, lng: 35.3 }, range);
    expect(fixed.view).toEqual({ zoom: MAX_ZOOM, lat: 51.2, lng: 35.3 });
    expect(fixed.zoomClamped).toBe(true);
    expect(fixed.notices).toEqual([
      `zoom 30 is outside this map's range (${MIN_ZOOM}–${MAX_ZOOM}); using ${MAX_ZOOM}`,
    ]);
  });

  it('clamps a negative zoom to the minimum', () => {
    const fixed = linkView({ zoom: -4, lat: 51.2, lng: 35.3 }, range);
    expect(fixed.view.zoom).toBe(MIN_ZOOM);
    expect(fixed.zoomClamped).toBe(true);
  });

  it('drops bearing and pitch with a notice naming them', () => {
    const fixed = linkView({ zoom: 8, lat: 51.2, lng: 35.3, bearing: 45, pitch: 60 }, range);
    expect(fixed.view).toEqual({ zoom: 8, lat: 51.2, lng: 35.3 });
    expect(fixed.zoomClamped).toBe(false);
    expect(fixed.notices).toEqual([
      'bearing 45° and pitch 60° ignored: this map is always north-up and flat',
    ]);
  });

  it('leaves a view in range alone', () => {
    expect(linkView({ zoom: 9, lat: 51.2, lng: 35.3 }, range).notices).toEqual([]);
  });
});

describe('fixLinkHash', () => {
  it('rewrites map= and keeps the other parameters', () => {
    const fixed = fixLinkHash('#map=25/51.2/35.3/30/50&place=sudzha&lang=uk', range);
    expect(fixed?.hash).toBe(`#map=${MAX_ZOOM}/51.2/35.3&place=sudzha&lang=uk`);
    expect(parseHash(fixed!.hash).state.view).toEqual({ zoom: MAX_ZOOM, lat: 51.2, lng: 35.3 });
    expect(fixed?.notices).toHaveLength(2);
  });

  it('returns null when nothing needs to change', () => {
    expect(fixLinkHash('#map=9/51.2/35.3&place=sudzha', range)).toBeNull();
    expect(fixLinkHash('#place=sudzha', range)).toBeNull();
    expect(fixLinkHash('#map=abc/1/2', range)).toBeNull();
  });
});

describe('place= must look like an id', () => {
  for (const value of [
    'SUDZHA',
    'sudzha%00',
    '%3Cb%3Esudzha%3C%2Fb%3E',
    'toString',
    '__proto__',
    'sudzha+',
  ]) {
    it(`${value} is refused with a problem`, () => {
      const { state, problems } = parseHash(`#place=${value}`);
      expect(state.place).toBeUndefined();
      expect(problems).toHaveLength(1);
    });
  }
  it('constructor passes the pattern: the app checks it against the story ids exactly', () => {
    // Map#has, not `in`: only the story's own ids are places.
    expect(parseHash('#place=constructor').state.place).toBe('constructor');
    expect(new Map([['sudzha', 1]]).has('constructor')).toBe(false);
  });
});
