/**
 * The interface's words, one typed catalogue per language (`en.ts`, `uk.ts`, `ru.ts`). The article
 * itself stays in its original English; place names come from the data. Plain TypeScript.
 */
import type { StoryKind } from '../types.ts';
import type { PresetGroup, PresetId } from '../export/core/index.ts';
import type { LinkIssue } from '../story/hash.ts';
import type { CreditProblem } from '../user-layers/credit.ts';
import type { StoryColourRole } from '../user-layers/palette-check.ts';
import type { ReadStage } from '../user-files/formats/read-any-file.ts';

export interface Messages {
  /** The index page (`?stories`, or a story id the site lacks). */
  storiesHeading: string;
  noSuchStory: (id: string) => string;
  /** The banner of a story written for the tests. */
  testFixture: string;
  allStories: string;
  /** Notices about a link: what was adjusted or ignored, and a place the story lacks. */
  link: {
    adjusted: (what: string) => string;
    ignored: (what: string) => string;
    noPlace: (id: string) => string;
    issue: (issue: LinkIssue) => string;
  };
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
  /** Generic names of the kinds of place; a story may name its own (`kindLabel`). */
  kinds: Record<StoryKind, string>;
  legendHeading: string;
  mapViews: string;
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
  /** The computed facts of a place's panel (numbers come formatted). */
  facts: {
    area: string;
    length: string;
    distanceTo: (name: string) => string;
    distanceFrom: (name: string) => string;
    inside: string;
    about: (n: string) => string;
    osmBorder: string;
    neOutline: string;
    townCentre: string;
    betweenTowns: string;
  };
  computedHeading: string;
  computedNote: string;
  geometry: string;
  close: (name: string) => string;
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
    /** The size presets' names (src/export/core/presets.ts holds the English ones). */
    presets: Record<PresetId, string>;
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
    /** An export with a reader's layer that has no source is refused (issue 11). */
    needsCredit: (layers: string) => string;
  };
  dismissNotice: string;
  /** The panel of a feature of the reader's own layer; its close button uses `close`. */
  userFeature: {
    kind: (n: number, of: number) => string;
    noProperties: string;
    fromFile: (fileName: string) => string;
  };
  /** The *Your layers* panel: adding, styling, crediting, removing a reader's layers. */
  userLayers: UserLayerMessages;
  /** Reading a reader's file (issue 11): progress, Cancel, swap, nothing drawn. */
  userFiles: UserFileMessages;
  /** The time slider for dated layers (issue 11); days come formatted. */
  time: {
    heading: string;
    slider: string;
    previous: string;
    next: string;
    play: string;
    showing: (day: string) => string;
    articleDates: string;
    /** An article date the text gives only roughly ("last week"). */
    approximate: (day: string) => string;
  };
  /** Facts computed for an area of the reader's layer; numbers come formatted. */
  areaFacts: {
    heading: string;
    area: string;
    areaValue: (km2: string) => string;
    regions: string;
    share: (percent: string, region: string) => string;
    lessThan: (percent: string) => string;
    moreThan: (percent: string) => string;
    places: string;
    inside: (place: string) => string;
    noPlace: string;
    computing: string;
    failed: string;
    note: string;
  };
}

/** The *Your layers* panel's words (issue 11, issue 15). */
export interface UserLayerMessages {
  heading: string;
  hint: string;
  limits: (size: string, features: string, positions: string) => string;
  /** The file input's label. */
  pick: string;
  reading: (file: string) => string;
  notAdded: (file: string) => string;
  featureCount: (n: number) => string;
  remove: string;
  removeLabel: (name: string) => string;
  removed: (name: string) => string;
  undo: string;
  undoLabel: (name: string) => string;
  styleOf: (name: string) => string;
  colour: string;
  opacity: string;
  /** The reader's colour was too close to a story colour and was moved. */
  colourShifted: (role: string, colour: string) => string;
  /** A file's own colours were moved off the story's. */
  fileColoursShifted: (name: string, count: number) => string;
  roles: Record<StoryColourRole, string>;
  creditOf: (name: string) => string;
  source: string;
  sourcePlaceholder: string;
  date: string;
  saveCredit: string;
  creditSaved: (name: string) => string;
  /** Shown in a layer's row until its source is filled in. */
  needsCredit: string;
  problems: Record<CreditProblem, string>;
  added: (name: string, count: number) => string;
  duplicate: (file: string, name: string) => string;
  storageFull: (name: string) => string;
  storageUnavailable: string;
  restoreDropped: (count: number) => string;
}

/** Reading a reader's file (issue 11): progress, Cancel, and what an accepted layer needs said. */
export interface UserFileMessages {
  /** "Reading front.kmz…", by the stage the reader worker reports. */
  stages: Record<ReadStage, (file: string) => string>;
  cancel: string;
  cancelled: (file: string) => string;
  /** A point layer that lands outside the map's area but would not with lat/lon swapped. */
  swapOffer: (layer: string) => string;
  swap: (layer: string) => string;
  /** An accepted layer none of which lies in the area this map shows. */
  drawsNothing: (layer: string) => string;
}

/** The progress stages src/export/browser/snapshot.ts reports, in English. */
export type ExportStage =
  'Rendering the map' | 'Placing the labels' | 'Encoding' | 'Drawing vectors';

/** "a, b and c" in the language's own way. */
export function listIn(lang: string): (items: string[]) => string {
  const format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  return (items) => format.format(items);
}
