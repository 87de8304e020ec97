/** Where the camera goes: pure functions of the story geometry, tested in Node. */
import { bbox } from '@turf/turf';
import type { StoryFeature } from '../story/types.ts';

export type Bounds = [west: number, south: number, east: number, north: number];

/**
 * The OpenStreetMap Ukraine–Russia border (10 m, simplified to ≈ 20 m) holds to zoom 13, where a
 * pixel is ≈ 12 m; Natural Earth inner boundaries only to zoom 10 (see geo/README.md).
 */
export const MAX_ZOOM = 13;
/** Past this zoom the Natural Earth (1:10m) boundaries are drawn faded and dashed. */
export const COARSE_ZOOM = 10;
export const MIN_ZOOM = 3;
/**
 * How far the reader may pan: the basemap's countries are complete only inside lon 16–48,
 * lat 40–61 (geo/README.md), so the map stays a little inside that.
 */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [14, 38],
  [50, 63],
];
/** Zoom used to show a single point place. */
export const POINT_ZOOM = 8;

/** The bounding box of several features (west, south, east, north). */
export function boundsOf(features: StoryFeature[]): Bounds {
  if (features.length === 0) throw new Error('boundsOf needs at least one feature');
  const boxes = features.map((f) => bbox(f));
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

const pick = (byId: ReadonlyMap<string, StoryFeature>, ids: string[]) =>
  ids.map((id) => byId.get(id)).filter((f): f is StoryFeature => f !== undefined);

/** The first view: the Kursk region, the border stretch the incursion crossed, and Sudzha. */
export function homeBounds(byId: ReadonlyMap<string, StoryFeature>): Bounds {
  return boundsOf(pick(byId, ['kursk-region', 'kursk-sumy-border', 'sudzha']));
}

/** The whole story: every place, from Crimea to Moscow and from Kyiv to the Donbas. */
export function storyBounds(places: StoryFeature[]): Bounds {
  return boundsOf(places);
}

export type PlaceCamera = { center: [number, number]; zoom: number } | { bounds: Bounds };

/** A point is shown at POINT_ZOOM; anything else is fitted to its bounds. */
export function placeCamera(feature: StoryFeature): PlaceCamera {
  const g = feature.geometry;
  if (g.type === 'Point') {
    const [lng = 0, lat = 0] = g.coordinates;
    return { center: [lng, lat], zoom: POINT_ZOOM };
  }
  return { bounds: boundsOf([feature]) };
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Leaves room for the context panel over a map `width` × `height` on wide screens, where the
 * panel is min(380 px, 45%) wide at the right. (On phones the panel is a bottom sheet whose
 * overlap depends on the page layout: src/map/frame.ts measures it.)
 */
export function panelPadding(width: number, height: number, panelOpen: boolean): Padding {
  const base = Math.round(Math.min(width, height) * 0.06) + 16;
  const padding = { top: base, right: base, bottom: base, left: base };
  if (panelOpen) padding.right += Math.min(380, Math.round(width * 0.45));
  return padding;
}
