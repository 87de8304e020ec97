/**
 * Where a feature's name goes: beside a point, or at the centroid of a polygon's largest
 * visible part (clipped to the frame, so a region cut by the frame edge is labelled inside it).
 */
import type { Point, SubPath } from './scene.ts';

/** A feature's projected, clipped shapes. */
export interface LabelShapes {
  /** Each polygon as its rings, outer ring first. */
  polygons: SubPath[][];
  points: Point[];
}

/** A label position and its text anchor. */
export type Anchor = { x: number; y: number; anchor: 'start' | 'middle' };

/** Points: right of the first point. Polygons: centroid of the largest visible outer ring. */
export function labelAnchor(shapes: LabelShapes, radius: number): Anchor | null {
  const first = shapes.points[0];
  if (first) return { x: first[0] + radius * 1.5, y: first[1], anchor: 'start' };
  let best: Anchor | null = null;
  let bestArea = 0;
  for (const [outer] of shapes.polygons) {
    const c = outer && centroid(outer.points);
    if (c && c.area > bestArea) [best, bestArea] = [{ x: c.x, y: c.y, anchor: 'middle' }, c.area];
  }
  return best;
}

/** Area-weighted centroid of a ring (shoelace formula). */
export function centroid(ring: Point[]): { x: number; y: number; area: number } | null {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i] as Point;
    const [x1, y1] = ring[(i + 1) % ring.length] as Point;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (a === 0) return null;
  return { x: cx / (3 * a), y: cy / (3 * a), area: Math.abs(a) / 2 };
}
