/**
 * The interface's words, one typed catalogue per language (`en.ts`, `uk.ts`, `ru.ts`). The article
 * itself stays in its original English; place names come from the data. Plain TypeScript.
 */
import type { StoryGroup } from '../map/layers.ts';
import type { StoryKind } from '../story/types.ts';

export interface Messages {
  kicker: string;
  readOriginal: string;
  readOriginalAt: (publisher: string) => string;
  exportSnapshot: string;
  placeNames: string;
  articleStaysEnglish: string;
  skipToMap: string;
  skipToArticle: string;
  show: string;
  tabMap: string;
  tabArticle: string;
  backToArticle: string;
  storyMap: string;
  article: string;
  placesHeading: string;
  layerHidden: string;
  kinds: Record<StoryKind, string>;
  /** The kind of Crimea and Sevastopol (`claimed_since` 2014). */
  occupiedKind: string;
  legendHeading: string;
  groups: Record<StoryGroup, { label: string; description: string }>;
  occupiedKey: string;
  claimKey: string;
  restOfBorder: string;
  countries: string;
  towns: string;
  mapViews: string;
  viewKursk: string;
  viewWhole: string;
  whatArticleSays: string;
  findExcerpts: string;
  previousExcerpt: string;
  nextExcerpt: string;
  inTheArticle: (at: number, of: number) => string;
  paragraph: (n: number) => string;
  photoCaption: string;
  photoCaptionPrefix: string;
  photo: string;
  creditLine: string;
  from: string;
  computedHeading: string;
  computedNote: string;
  geometry: string;
  close: (name: string) => string;
  /** What the map does not show about a place: the line of control (issue 15). */
  regionNote: string;
  occupiedNote: string;
  claimNote: string;
  selected: (name: string) => string;
  selectionCleared: string;
  /** The foldable sheet of places, legend and the reader's layers (issue 14). */
  placesAndLayers: string;
  /** A place with one excerpt: scroll the article to it. */
  showInArticle: string;
  /** A place on the map as context, which the article does not name. */
  noExcerpt: string;
  showOnMap: (names: string) => string;
  /** The map's text summary: the places the text names, then the ones it only refers to. */
  summary: (named: string[], referred: string[], list: (items: string[]) => string) => string;
}

/** "a, b and c" in the language's own way. */
export function listIn(lang: string): (items: string[]) => string {
  const format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  return (items) => format.format(items);
}
