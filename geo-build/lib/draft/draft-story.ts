/**
 * What `npm run story:new` writes for an article: the story's metadata and view settings to
 * complete (`story.json`) and the draft places (`places.json`). Pure: the gazetteer is passed in.
 */
import { readArticleSource } from './article-source.ts';
import { draftPlaces, type DraftPlace, type DraftSummary } from './draft-places.ts';
import { findPlaceNames } from './find-places.ts';
import type { Gazetteer } from './gazetteer.ts';

export interface DraftStoryFile {
  id: string;
  draft: true;
  article: {
    title: string;
    /** Fill in what the article text does not say. */
    publisher: string;
    date: string | null;
    byline: string;
    url: string | null;
    file: string;
  };
  view: {
    /** [west, south, east, north] around the matched places, to check and widen. */
    extent: [number, number, number, number] | null;
    /** Place ids the "home" view frames. */
    home: string[];
  };
  /** Computed facts to show, e.g. { "distance": ["town-id", "border-id"] }; none drafted. */
  facts: Record<string, string[]>;
}

export interface DraftStory {
  story: DraftStoryFile;
  places: { draft: true; places: Record<string, DraftPlace> };
  summary: DraftSummary;
}

export const STORY_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

function extentOf(places: readonly DraftPlace[]): DraftStoryFile['view']['extent'] {
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
): DraftStory {
  if (!STORY_ID.test(id)) {
    throw new Error(`story id "${id}": use lower-case letters, digits and hyphens (at most 64)`);
  }
  const article = readArticleSource(text);
  const { places, summary } = draftPlaces(findPlaceNames(article.paragraphs, gazetteer));
  const matched = Object.entries(places).filter(
    ([, p]) => p.draft.status === 'matched' && p.kind !== 'country',
  );
  return {
    story: {
      id,
      draft: true,
      article: {
        title: article.title,
        publisher: '',
        date: article.date,
        byline: '',
        url: article.url,
        file,
      },
      view: { extent: extentOf(matched.map(([, p]) => p)), home: matched.map(([pid]) => pid) },
      facts: {},
    },
    places: { draft: true, places },
    summary,
  };
}
