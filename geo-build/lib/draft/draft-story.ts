/**
 * What `npm run story:new` writes for an article: the story's metadata and view settings to
 * complete (`story.json`) and the draft places (`places.json`). Pure: the gazetteer is passed in.
 */
import { readArticleSource } from './article-source.ts';
import { draftPlaces, type DraftPlace, type DraftSummary } from './draft-places.ts';
import { findPlaceNames } from './find-places.ts';
import type { Gazetteer } from './gazetteer.ts';

/** A text for the editor to write in every interface language. */
const blank = (en = '') => ({ en, uk: '', ru: '' });

/**
 * `story.json` as drafted: the shape `npm run geo` builds (`StorySource`), with `draft: true`
 * and blanks to fill, plus `draftNotes` the editor reads and deletes. The build skips a draft.
 */
export interface DraftStoryFile {
  id: string;
  draft: true;
  article: { file: string; publisher: string };
  /** A basemap whose area holds every matched place, else "" to choose. */
  basemap: string;
  view: { home: { places: string[]; label: { en: string; uk: string; ru: string } } };
  groups: {
    id: string;
    symbol: 'region' | 'town' | 'capital';
    label: { en: string; uk: string; ru: string };
    description: { en: string; uk: string; ru: string };
  }[];
  facts: { distanceToLine: never[]; distanceFrom: string[] };
  draftNotes: {
    title: string;
    date: string | null;
    url: string | null;
    /** [west, south, east, north] around the matched places. */
    extent: [number, number, number, number] | null;
    todo: string[];
  };
}

/** A basemap stories can be drawn on: its id and how far its map reaches. */
export interface BasemapArea {
  id: string;
  maxBounds: [[number, number], [number, number]];
}

/** The legend group a drafted place of each kind goes into. */
const GROUP_OF_KIND: Record<string, DraftStoryFile['groups'][number]> = {
  region: {
    id: 'regions',
    symbol: 'region',
    label: blank('Regions'),
    description: blank('Regions the article names: their boundaries'),
  },
  town: {
    id: 'towns',
    symbol: 'town',
    label: blank('Towns'),
    description: blank('Towns the article names'),
  },
  capital: {
    id: 'capitals',
    symbol: 'capital',
    label: blank('Capitals'),
    description: blank('Capital cities'),
  },
};

export interface DraftStory {
  story: DraftStoryFile;
  places: { draft: true; places: Record<string, DraftPlace> };
  summary: DraftSummary;
}

export const STORY_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

function extentOf(places: readonly DraftPlace[]): DraftStoryFile['draftNotes']['extent'] {
  const points = places.flatMap((p) =>
    p.draft.status === 'matched' && p.kind !== 'country'
      ? (p.draft.candidates[0]?.coordinates ?? [])
      : [],
  );
  const lons = points.filter((_, i) => i % 2 === 0);
  const lats = points.filter((_, i) => i % 2 === 1);
  if (lons.length === 0) return null;
  const pad = 0.5;
  const r = (v: number) => Math.round(v * 100) / 100;
  return [
    r(Math.min(...lons) - pad),
    r(Math.min(...lats) - pad),
    r(Math.max(...lons) + pad),
    r(Math.max(...lats) + pad),
  ];
}

/**
 * @example
 * const { summary } = draftStory('kursk', text, 'article.md', gazetteer);
 * // { found: 7, matched: 6, ambiguous: 1, unmatched: 0 }
 */
export function draftStory(
  id: string,
  text: string,
  file: string,
  gazetteer: Gazetteer,
  basemaps: readonly BasemapArea[] = [],
): DraftStory {
  if (!STORY_ID.test(id)) {
    throw new Error(`story id "${id}": use lower-case letters, digits and hyphens (at most 64)`);
  }
  const article = readArticleSource(text);
  const { places, summary } = draftPlaces(findPlaceNames(article.paragraphs, gazetteer));
  const matched = Object.entries(places).filter(
    ([, p]) => p.draft.status === 'matched' && p.kind !== 'country',
  );
  const extent = extentOf(matched.map(([, p]) => p));
  const basemap = basemaps.find(
    ({ maxBounds: [[w, south], [e, n]] }) =>
      extent !== null && extent[0] >= w && extent[1] >= south && extent[2] <= e && extent[3] <= n,
  );
  const kinds = new Set(Object.values(places).map((p) => p.kind));
  const groups = Object.entries(GROUP_OF_KIND)
    .filter(([kind]) => kinds.has(kind as DraftPlace['kind']))
    .map(([, g]) => g);
  return {
    story: {
      id,
      draft: true,
      article: { file, publisher: '' },
      basemap: basemap?.id ?? '',
      view: { home: { places: matched.map(([pid]) => pid), label: blank() } },
      groups,
      facts: { distanceToLine: [], distanceFrom: [] },
      draftNotes: {
        title: article.title,
        date: article.date,
        url: article.url,
        extent,
        todo: [
          'choose a candidate for every ambiguous place (set "from"), or remove it',
          'trim each excerpt to the clause that speaks of the place (20 characters or more)',
          'fill in the publisher, the home view label and every group text in en, uk and ru',
          'borders: add places with "from": { "border": { "between": [["XX-A"], ["YY-B"]] } }',
          'remove "draft", "draftNotes" and each place\'s "draft" entry, then run npm run geo',
        ],
      },
    },
    places: { draft: true, places },
    summary,
  };
}
