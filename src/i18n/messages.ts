/**
 * The interface's words, one typed catalogue per language (`en.ts`, `uk.ts`, `ru.ts`). The article
 * itself stays in its original English; place names come from the data. Plain TypeScript.
 */
import type { StoryGroup } from '../map/layers.ts';
import type { StoryKind } from '../story/types.ts';
import type { PresetGroup } from '../export/core/index.ts';
import type { ReadStage } from '../user-files/formats/read-any-file.ts';

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
  /** The export dialog; its heading is `exportSnapshot`, its "Show" legend `show`. */
  exportDialog: {
    closeExport: string;
    size: string;
    presetGroups: Record<PresetGroup, string>;
    resolution: string;
    customSize: string;
    width: string;
    height: string;
    format: string;
    jpegQuality: (percent: number) => string;
    titleField: string;
    partTitle: string;
    dateLine: string;
    legend: string;
    scaleBar: string;
    northArrow: string;
    labelFor: (name: string) => string;
    labelForNone: string;
    locatorMap: string;
    credits: string;
    previewAlt: string;
    file: string;
    exporting: string;
    cancel: string;
    export: string;
    preparing: string;
    /** The stages the snapshot pipeline reports (src/export/browser/snapshot.ts), by their English text. */
    stages: Record<ExportStage, string>;
    done: string;
    failed: (message: string) => string;
    cancelled: string;
    drawingPreview: string;
    noPreview: string;
  };
  dismissNotice: string;
  /** The panel of a feature of the reader's own layer; its close button uses `close`. */
  userFeature: {
    kind: (n: number, of: number) => string;
    noProperties: string;
    fromFile: (fileName: string) => string;
  };
  /** Reading a reader's file (issue 11): progress, Cancel, and what an accepted layer needs said. */
  userFiles: {
    /** "Reading front.kmz…", by the stage the reader worker reports. */
    stages: Record<ReadStage, (file: string) => string>;
    cancel: string;
    cancelled: (file: string) => string;
    /** A point layer that lands outside the map's area but would not with lat/lon swapped. */
    swapOffer: (layer: string) => string;
    swap: (layer: string) => string;
    /** An accepted layer none of which lies in the area this map shows. */
    drawsNothing: (layer: string) => string;
  };
}

/** The progress stages src/export/browser/snapshot.ts reports, in English. */
export type ExportStage =
  'Rendering the map' | 'Placing the labels' | 'Encoding' | 'Drawing vectors';

/** "a, b and c" in the language's own way. */
export function listIn(lang: string): (items: string[]) => string {
  const format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  return (items) => format.format(items);
}
