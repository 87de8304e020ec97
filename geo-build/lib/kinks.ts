/**
 * Where polygons self-intersect, using the same test as the validator (src/geo), so the build
 * fixes what the check would reject.
 */
import type { Geometry, Position } from 'geojson';
import { findSelfIntersections } from '../../src/validate/self-intersections.ts';
import { cleanGeometry } from './geometry.ts';

/** Self-intersection points of the (Multi)Polygons among `geometries`, after clean-up. */
export function polygonKinks(geometries: readonly Geometry[]): Position[] {
  const out: Position[] = [];
  for (const g of geometries) {
    const c = cleanGeometry(g, 9);
    if (!c || (c.type !== 'Polygon' && c.type !== 'MultiPolygon')) continue;
    const polygons = c.type === 'Polygon' ? [c.coordinates] : c.coordinates;
    for (const rings of polygons) {
      for (const k of findSelfIntersections(rings, 10) ?? []) out.push(k.at);
    }
  }
  return out;
}
