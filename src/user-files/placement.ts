/**
 * Where a layer lands relative to the area the map shows. Points whose latitude and longitude
 * were written the wrong way round usually land far away (a town at 51°N 35°E read as 35°N 51°E
 * is in Iran): when nothing lands in the map's area and every point would after swapping, the
 * reader is offered the swap rather than a silently empty map. Pure.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Extent = [number, number, number, number];

/** `inside`: something lands in the extent; `swapped`: nothing does, all would after a swap. */
export type Placement = 'inside' | 'swapped' | 'outside';

const within = ([x = NaN, y = NaN]: Position, [w, s, e, n]: Extent) =>
  x >= w && x <= e && y >= s && y <= n;

const overlaps = (a: Extent, b: Extent) =>
  a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** The positions of a point layer, or null when any geometry is not a Point or MultiPoint. */
function pointPositions(geometries: readonly Geometry[]): Position[] | null {
  const out: Position[] = [];
  for (const g of geometries) {
    if (g.type === 'Point') out.push(g.coordinates);
    else if (g.type === 'MultiPoint') for (const p of g.coordinates) out.push(p);
    else return null;
  }
  return out;
}

/**
 * Where a validated layer with `bounds` lands in `extent`.
 * @example placement(collectionOfSwappedPoints, [51, 35, 51, 35], [14, 38, 50, 63]) // 'swapped'
 */
export function placement(
  collection: FeatureCollection,
  bounds: Extent,
  extent: Extent,
): Placement {
  if (overlaps(bounds, extent)) return 'inside';
  const points = pointPositions(
    collection.features.map((f) => f.geometry).filter((g) => g !== null),
  );
  if (points && points.length > 0 && points.every(([x = NaN, y = NaN]) => within([y, x], extent))) {
    return 'swapped';
  }
  return 'outside';
}

/**
 * Swaps longitude and latitude of every Point and MultiPoint in parsed (not yet validated) data,
 * in place; other geometries are left alone. Returns how many positions it swapped.
 * @example swapPoints({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [51.2, 35.3] } }] }) // 1
 */
export function swapPoints(collection: FeatureCollection): number {
  let swapped = 0;
  const swap = (p: Position) => {
    if (p.length >= 2) [p[0], p[1]] = [p[1] as number, p[0] as number];
    swapped++;
  };
  for (const f of collection.features) {
    const g = f.geometry;
    if (g?.type === 'Point') swap(g.coordinates);
    else if (g?.type === 'MultiPoint') g.coordinates.forEach(swap);
  }
  return swapped;
}
