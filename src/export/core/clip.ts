/**
 * Clipping of projected geometry to the export frame, so files do not carry the parts of a
 * region that fall outside the picture. The clip box is a plain axis-aligned rectangle.
 */
import type { Point } from './scene.ts';

/** `[minX, minY, maxX, maxY]`. */
export type Box = [number, number, number, number];

type Edge = (p: Point) => number;

/**
 * Clips a polygon ring to `box` (Sutherland–Hodgman; exact for a rectangular window). Returns
 * the clipped ring without a repeated closing point, or an empty array when nothing is left.
 *
 * @example clipRing([[-2, 5], [5, -2], [12, 5], [5, 12]], [0, 0, 10, 10]).length // 8
 */
export function clipRing(ring: Point[], box: Box): Point[] {
  const [minX, minY, maxX, maxY] = box;
  // Signed distance inside each edge: >= 0 means inside.
  const edges: Edge[] = [
    (p) => p[0] - minX,
    (p) => maxX - p[0],
    (p) => p[1] - minY,
    (p) => maxY - p[1],
  ];
  let output = ring;
  for (const inside of edges) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i] as Point;
      const previous = input[(i + input.length - 1) % input.length] as Point;
      const dc = inside(current);
      const dp = inside(previous);
      if (dc >= 0) {
        if (dp < 0) output.push(intersect(previous, current, dp, dc));
        output.push(current);
      } else if (dp >= 0) {
        output.push(intersect(previous, current, dp, dc));
      }
    }
    if (output.length === 0) break;
  }
  return output.length >= 3 ? output : [];
}

function intersect(a: Point, b: Point, da: number, db: number): Point {
  const t = da / (da - db);
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/**
 * Clips a polyline to `box` (Liang–Barsky per segment). A line leaving and re-entering the
 * box becomes several pieces; pieces with fewer than two points are dropped.
 */
export function clipLine(line: Point[], box: Box): Point[][] {
  const pieces: Point[][] = [];
  let current: Point[] = [];
  for (let i = 1; i < line.length; i++) {
    const segment = clipSegment(line[i - 1] as Point, line[i] as Point, box);
    if (!segment) {
      if (current.length > 1) pieces.push(current);
      current = [];
      continue;
    }
    const [a, b] = segment;
    const last = current[current.length - 1];
    if (!last || last[0] !== a[0] || last[1] !== a[1]) {
      if (current.length > 1) pieces.push(current);
      current = [a];
    }
    current.push(b);
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}

function clipSegment(a: Point, b: Point, box: Box): [Point, Point] | null {
  const [minX, minY, maxX, maxY] = box;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, a[0] - minX],
    [dx, maxX - a[0]],
    [-dy, a[1] - minY],
    [dy, maxY - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  const at = (t: number): Point => (t === 0 ? a : t === 1 ? b : [a[0] + dx * t, a[1] + dy * t]);
  return [at(t0), at(t1)];
}

/**
 * Drops points closer than `tolerance` pixels to the last kept point (the last point is always
 * kept), so a detailed border drawn small does not fill the file with invisible vertices.
 */
export function thin(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2 || tolerance <= 0) return points;
  const first = points[0] as Point;
  const kept: Point[] = [first];
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i] as Point;
    const last = kept[kept.length - 1] as Point;
    if (Math.hypot(p[0] - last[0], p[1] - last[1]) >= tolerance) kept.push(p);
  }
  kept.push(points[points.length - 1] as Point);
  return kept;
}
