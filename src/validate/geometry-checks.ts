/**
 * RFC 7946 geometry checks on untrusted input: shapes, positions, closed rings, winding (§3.1.6),
 * ranges, and self-intersections. Reports through `report`; never throws on odd input.
 */
import { describe, isRecord, own } from './json-guards.ts';
import { findSelfIntersections } from './self-intersections.ts';
import type { SharedWork } from './self-intersections.ts';

export type Report = (message: string) => void;

export interface GeometryBudget {
  /** Positions still allowed; checking stops when it runs out. */
  positions: number;
  /** Self-intersection comparisons allowed for the whole file; unlimited when absent. */
  intersections?: SharedWork;
  /** Leave self-intersections out (checked later, see `src/story/load.ts`). */
  skipSelfIntersections?: boolean;
}

const MAX_COLLECTION_DEPTH = 4;

const ignore: Report = () => {};

/** RFC 7946 geometry types. */
export const GEOMETRY_TYPES: readonly string[] = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

type Position = readonly number[];

/** Checks a position; returns it when usable for further checks. */
function checkPosition(value: unknown, path: string, report: Report): Position | null {
  if (!Array.isArray(value)) {
    report(`${path} is not a position (got ${describe(value)})`);
    return null;
  }
  if (value.length < 2 || value.length > 3) {
    report(`${path} must have 2 or 3 numbers (has ${value.length})`);
    return null;
  }
  for (let i = 0; i < value.length; i++) {
    const n: unknown = value[i];
    if (typeof n !== 'number' || !Number.isFinite(n)) {
      report(`${path}[${i}] is not a finite number (got ${describe(n)})`);
      return null;
    }
  }
  // Indexing, not destructuring: this runs for every position, and cold code iterates slowly.
  const lon = value[0] as number;
  const lat = value[1] as number;
  if (lon < -180 || lon > 180) {
    report(`${path}: longitude ${lon} is out of range [-180, 180]`);
    return null;
  }
  if (lat < -90 || lat > 90) {
    report(`${path}: latitude ${lat} is out of range [-90, 90]`);
    return null;
  }
  return value as number[];
}

function checkPositions(
  value: unknown,
  path: string,
  min: number,
  report: Report,
  budget: GeometryBudget,
): Position[] | null {
  if (!Array.isArray(value)) {
    report(`${path} must be an array of positions (got ${describe(value)})`);
    return null;
  }
  if (value.length < min) {
    report(`${path} needs at least ${min} positions (has ${value.length})`);
    return null;
  }
  budget.positions -= value.length;
  if (budget.positions < 0) {
    report(`${path}: too many positions to check`);
    return null;
  }
  // A position's path is spelled out only for the one reported: files have hundreds of thousands.
  for (let i = 0; i < value.length; i++) {
    if (checkPosition(value[i], '', ignore) === null) {
      checkPosition(value[i], `${path}[${i}]`, report);
      return null;
    }
  }
  return value as Position[];
}

/** Twice the planar signed area; positive = counterclockwise (lon as x, lat as y). */
export function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

function checkPolygon(value: unknown, path: string, report: Report, budget: GeometryBudget) {
  if (!Array.isArray(value)) {
    report(`${path} must be an array of rings (got ${describe(value)})`);
    return;
  }
  if (value.length === 0) {
    report(`${path} has no rings`);
    return;
  }
  const rings: Position[][] = [];
  for (let r = 0; r < value.length; r++) {
    const ringPath = `${path}[${r}]`;
    const ring = checkPositions(value[r], ringPath, 4, report, budget);
    if (!ring) return;
    const first = ring[0] as Position;
    const last = ring[ring.length - 1] as Position;
    if (first[0] !== last[0] || first[1] !== last[1]) {
      report(`${ringPath}: ring is not closed (first and last positions differ)`);
      return;
    }
    const a = signedArea2(ring);
    if (a === 0) report(`${ringPath}: ring has zero area`);
    if (r === 0 && a < 0) {
      report(`${ringPath}: exterior ring is clockwise (RFC 7946 wants counterclockwise)`);
    }
    if (r > 0 && a > 0) {
      report(`${ringPath}: hole is counterclockwise (RFC 7946 wants clockwise)`);
    }
    rings.push(ring);
  }
  if (budget.skipSelfIntersections) return;
  const kinks = findSelfIntersections(rings, 3, undefined, budget.intersections);
  if (kinks === null) report(`${path}: too complex to check for self-intersections`);
  for (const k of kinks ?? []) {
    const at = `[${k.at[0].toFixed(5)}, ${k.at[1].toFixed(5)}]`;
    report(
      k.ring === k.otherRing
        ? `${path}[${k.ring}]: ring self-intersects at ${at}`
        : `${path}: rings ${k.ring} and ${k.otherRing} intersect at ${at}`,
    );
  }
}

function checkList(
  value: unknown,
  path: string,
  report: Report,
  each: (item: unknown, path: string) => void,
) {
  if (!Array.isArray(value)) {
    report(`${path} must be an array (got ${describe(value)})`);
    return;
  }
  for (let i = 0; i < value.length; i++) each(value[i], `${path}[${i}]`);
}

/**
 * Validate a GeoJSON geometry object.
 * @example checkGeometry({ type: 'Point', coordinates: [0, 91] }, 'geometry', console.log, { positions: 1e6 })
 */
export function checkGeometry(
  value: unknown,
  path: string,
  report: Report,
  budget: GeometryBudget,
  depth = 0,
): void {
  if (!isRecord(value)) {
    report(`${path} is not a geometry object (got ${describe(value)})`);
    return;
  }
  const type = own(value, 'type');
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type)) {
    report(`${path}.type is not a GeoJSON geometry type (got ${describe(type)})`);
    return;
  }
  const coords = own(value, 'coordinates');
  const cPath = `${path}.coordinates`;
  switch (type) {
    case 'Point':
      if (--budget.positions >= 0) checkPosition(coords, cPath, report);
      return;
    case 'MultiPoint':
      checkPositions(coords, cPath, 0, report, budget);
      return;
    case 'LineString':
      checkPositions(coords, cPath, 2, report, budget);
      return;
    case 'MultiLineString':
      checkList(coords, cPath, report, (l, p) => checkPositions(l, p, 2, report, budget));
      return;
    case 'Polygon':
      checkPolygon(coords, cPath, report, budget);
      return;
    case 'MultiPolygon':
      checkList(coords, cPath, report, (poly, p) => checkPolygon(poly, p, report, budget));
      return;
    default: {
      if (depth >= MAX_COLLECTION_DEPTH) {
        report(`${path}: geometry collections nested too deeply`);
        return;
      }
      checkList(own(value, 'geometries'), `${path}.geometries`, report, (g, p) =>
        checkGeometry(g, p, report, budget, depth + 1),
      );
    }
  }
}
