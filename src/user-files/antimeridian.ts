/**
 * Lines and polygons that cross the antimeridian written with longitudes past ±180° (a box from
 * 170°E to 190°E, as many tools write it) are split at 180° into a Multi geometry, as RFC 7946
 * §3.1.9 asks, so the validator accepts them and MapLibre draws both sides. Clipping is
 * `@turf/bbox-clip` (lineclip's Sutherland–Hodgman). Anything malformed or further out than one
 * world is left for the validator to refuse.
 */
import { bboxClip } from '@turf/bbox-clip';
import type { Geometry, MultiLineString, MultiPolygon, Position } from 'geojson';
import { isRecord, own } from '../validate/json-guards.ts';

const WORLD: [number, number, number, number] = [-180, -90, 180, 90];

type Splittable = { type: 'Polygon' | 'LineString' | 'MultiPolygon' | 'MultiLineString' };

/** West and east of a well-formed coordinate array (updated in `range`); false if malformed. */
function extent(coordinates: unknown, depth: number, range: [number, number]): boolean {
  if (!Array.isArray(coordinates)) return false;
  for (const c of coordinates) {
    if (depth === 0) {
      if (!Array.isArray(c) || c.length < 2 || !c.every(Number.isFinite)) return false;
      const x = c[0] as number;
      if (x < range[0]) range[0] = x;
      if (x > range[1]) range[1] = x;
    } else if (!extent(c, depth - 1, range)) return false;
  }
  return true;
}

const DEPTH: Record<Splittable['type'], number> = {
  LineString: 0,
  MultiLineString: 1,
  Polygon: 1,
  MultiPolygon: 2,
};

const shifted = (geometry: Geometry, dx: number): Geometry =>
  JSON.parse(JSON.stringify(geometry), (key, value: unknown) =>
    key === 'coordinates' ? shiftAll(value, dx) : value,
  ) as Geometry;

function shiftAll(value: unknown, dx: number): unknown {
  if (!Array.isArray(value)) return value;
  if (typeof value[0] === 'number') return [(value[0] as number) + dx, ...value.slice(1)];
  return value.map((v) => shiftAll(v, dx));
}

/** The parts of a clipped geometry as members of a Multi geometry; empty parts dropped. */
function partsOf(geometry: Geometry): Position[][][] | Position[][] {
  if (geometry.type === 'Polygon') {
    const rings = geometry.coordinates.filter((r) => r.length >= 4);
    return rings.length > 0 ? [rings] : [];
  }
  if (geometry.type === 'MultiPolygon')
    return geometry.coordinates.filter((p) => (p[0]?.length ?? 0) >= 4);
  if (geometry.type === 'LineString')
    return geometry.coordinates.length >= 2 ? [geometry.coordinates] : [];
  if (geometry.type === 'MultiLineString') return geometry.coordinates.filter((l) => l.length >= 2);
  return [];
}

/** The geometry split at 180°, or null when it needs no split or cannot be split safely. */
function split(geometry: Record<string, unknown>): MultiPolygon | MultiLineString | null {
  const type = own(geometry, 'type');
  if (typeof type !== 'string' || !(type in DEPTH)) return null;
  const range: [number, number] = [Infinity, -Infinity];
  if (!extent(own(geometry, 'coordinates'), DEPTH[type as Splittable['type']], range)) return null;
  const [west, east] = range;
  const past = east > 180 ? -360 : west < -180 ? 360 : 0;
  // Within one world, or wider than one (not an antimeridian crossing): leave it as it is.
  if (past === 0 || east - west >= 360 || east > 540 || west < -540) return null;
  const g = geometry as unknown as Geometry;
  const parts = [
    ...partsOf(bboxClip(g as Extract<Geometry, Splittable>, WORLD).geometry),
    ...partsOf(bboxClip(shifted(g, past) as Extract<Geometry, Splittable>, WORLD).geometry),
  ];
  const polygonal = type === 'Polygon' || type === 'MultiPolygon';
  return polygonal
    ? { type: 'MultiPolygon', coordinates: parts as Position[][][] }
    : { type: 'MultiLineString', coordinates: parts as Position[][] };
}

/**
 * Splits, in place, every feature geometry of a parsed FeatureCollection that crosses the
 * antimeridian with longitudes past ±180°. Returns how many it split.
 * @example splitAntimeridian({ type: 'FeatureCollection', features: [boxFrom170To190] }) // 1
 */
export function splitAntimeridian(collection: unknown): number {
  const features = isRecord(collection) ? own(collection, 'features') : undefined;
  if (!Array.isArray(features)) return 0;
  let count = 0;
  for (const feature of features) {
    const geometry = isRecord(feature) ? own(feature, 'geometry') : undefined;
    if (!isRecord(geometry)) continue;
    const replaced = split(geometry);
    if (replaced && isRecord(feature)) {
      Object.defineProperty(feature, 'geometry', {
        value: replaced,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      count++;
    }
  }
  return count;
}
