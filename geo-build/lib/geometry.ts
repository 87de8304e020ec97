/**
 * Coordinate clean-up shared by every output: quantise to a fixed number of decimals, drop
 * repeated positions and collapsed rings, and wind rings the RFC 7946 way (§3.1.6: exterior
 * counterclockwise, holes clockwise).
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** Round to `decimals` places; `-0` becomes `0` so the JSON text is stable. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

export function roundPosition(p: Position, decimals: number): Position {
  return [roundTo(p[0] ?? 0, decimals), roundTo(p[1] ?? 0, decimals)];
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/** Round a line and drop positions equal to their predecessor. */
export function roundLine(line: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const r = roundPosition(p, decimals);
    if (!samePosition(out[out.length - 1], r)) out.push(r);
  }
  return out;
}

/**
 * Twice the signed planar area of a ring in degrees² (shoelace). Positive means
 * counterclockwise with x = longitude, y = latitude.
 */
export function ringSignedArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum;
}

/** Round a ring, close it, and return null when fewer than 4 positions or no area remain. */
export function roundRing(ring: Position[], decimals: number): Position[] | null {
  const out = roundLine(ring, decimals);
  if (out.length > 1 && samePosition(out[0], out[out.length - 1])) out.pop();
  if (out.length < 3) return null;
  out.push(out[0] as Position);
  return ringSignedArea2(out) === 0 ? null : out;
}

function windRing(ring: Position[], counterclockwise: boolean): Position[] {
  return ringSignedArea2(ring) > 0 === counterclockwise ? ring : [...ring].reverse();
}

function roundPolygon(rings: Position[][], decimals: number): Position[][] | null {
  const [exterior, ...holes] = rings;
  const outer = exterior ? roundRing(exterior, decimals) : null;
  if (!outer) return null;
  const out = [windRing(outer, true)];
  for (const hole of holes) {
    const r = roundRing(hole, decimals);
    if (r) out.push(windRing(r, false));
  }
  return out;
}

/**
 * Quantise a (Multi)Polygon or (Multi)LineString or Point to `decimals` places, fixing winding.
 * Returns null when nothing is left.
 */
export function cleanGeometry(geometry: Geometry, decimals: number): Geometry | null {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(geometry.coordinates, decimals) };
    case 'LineString': {
      const line = roundLine(geometry.coordinates, decimals);
      return line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
    }
    case 'MultiLineString': {
      const lines = geometry.coordinates
        .map((l) => roundLine(l, decimals))
        .filter((l) => l.length >= 2);
      if (lines.length === 0) return null;
      return lines.length === 1
        ? { type: 'LineString', coordinates: lines[0] as Position[] }
        : { type: 'MultiLineString', coordinates: lines };
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      const kept = polygons
        .map((p) => roundPolygon(p, decimals))
        .filter((p): p is Position[][] => p !== null);
      if (kept.length === 0) return null;
      return kept.length === 1
        ? ({ type: 'Polygon', coordinates: kept[0] } as Polygon)
        : ({ type: 'MultiPolygon', coordinates: kept } as MultiPolygon);
    }
    default:
      return null;
  }
}
