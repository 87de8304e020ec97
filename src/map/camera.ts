/** Where the camera goes: pure functions of the story geometry, tested in Node. */
import { bbox } from '@turf/bbox';
import type { StoryFeature } from '../types.ts';

export type Bounds = [west: number, south: number, east: number, north: number];

/**
 * The OpenStreetMap border of the basemap (10 m, simplified to ≈ 20 m) holds to zoom 13, where a
 * pixel is ≈ 12 m; Natural Earth inner boundaries only to zoom 10 (see geo-build/README.md).
 */
export const MAX_ZOOM = 13;
/** Past this zoom the Natural Earth (1:10m) boundaries are drawn faded and dashed. */
export const COARSE_ZOOM = 10;
export const MIN_ZOOM = 3;
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

/** The first view: the story's home places (`view.home.places` of its story file). */
export function homeBounds(
  byId: ReadonlyMap<string, StoryFeature>,
  home: readonly string[],
): Bounds {
  return boundsOf(pick(byId, [...home]));
}

/** The whole story: every place. */
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

/** A box on the page, in CSS pixels (as `getBoundingClientRect()` gives it). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The margin kept around a framed place inside a map `width` × `height`. */
export function marginPadding(width: number, height: number): Padding {
  const base = Math.round(Math.min(width, height) * 0.06) + 16;
  return { top: base, right: base, bottom: base, left: base };
}

/** At least this share of the map's width and height stays for the place, however much is covered. */
const MIN_FREE = 0.25;

/**
 * How far in from each edge of `map` things cover it: each cover that overlaps the map is cut
 * off the side that keeps the most map free (a sheet at the bottom covers the bottom, a column at
 * the right the right). Covers outside the map count for nothing.
 *
 * @example coveredEdges({ left: 0, top: 0, right: 400, bottom: 600 },
 *   [{ left: 0, top: 400, right: 400, bottom: 700 }]) // { top: 0, right: 0, bottom: 200, left: 0 }
 */
export function coveredEdges(map: Rect, covers: readonly Rect[]): Padding {
  const edges = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const c of covers) {
    const free = {
      left: map.left + edges.left,
      right: map.right - edges.right,
      top: map.top + edges.top,
      bottom: map.bottom - edges.bottom,
    };
    const overlaps =
      c.left < free.right && c.right > free.left && c.top < free.bottom && c.bottom > free.top;
    if (!overlaps) continue;
    const w = free.right - free.left;
    const h = free.bottom - free.top;
    // The map left free by cutting at each side, and how much that cut adds to the edge.
    const cuts = [
      { side: 'left', add: c.right - free.left, keep: (free.right - c.right) * h },
      { side: 'right', add: free.right - c.left, keep: (c.left - free.left) * h },
      { side: 'top', add: c.bottom - free.top, keep: (free.bottom - c.bottom) * w },
      { side: 'bottom', add: free.bottom - c.top, keep: (c.top - free.top) * w },
    ] as const;
    const best = cuts.reduce((a, b) => (b.keep > a.keep ? b : a));
    edges[best.side] += best.add;
  }
  return edges;
}

/**
 * The camera padding for framing a place on `map` (its box on the page) with `covers` over it:
 * the margin plus what is covered, capped so a quarter of each dimension always stays free.
 */
export function framePadding(map: Rect, covers: readonly Rect[]): Padding {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const covered = coveredEdges(map, covers);
  const free = {
    width: Math.max(width - covered.left - covered.right, width * MIN_FREE),
    height: Math.max(height - covered.top - covered.bottom, height * MIN_FREE),
  };
  const margin = marginPadding(free.width, free.height);
  const cap = (a: number, b: number, total: number, keep: number) => {
    const spare = Math.max(0, total - keep);
    const scale = a + b > spare && a + b > 0 ? spare / (a + b) : 1;
    return [Math.round(a * scale), Math.round(b * scale)] as const;
  };
  const [left, right] = cap(
    covered.left + margin.left,
    covered.right + margin.right,
    width,
    width * MIN_FREE,
  );
  const [top, bottom] = cap(
    covered.top + margin.top,
    covered.bottom + margin.bottom,
    height,
    height * MIN_FREE,
  );
  return { top, right, bottom, left };
}
