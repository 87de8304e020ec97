/**
 * Winding for user files: accepted and fixed, not refused. RFC 7946 §3.1.6 says exterior rings
 * are counterclockwise and holes clockwise, but also that parsers SHOULD NOT reject polygons that
 * do not follow this; QGIS, shapefile and TopoJSON exports are often the other way round. So
 * rings are reversed here, before the validator (which insists on RFC 7946 winding) sees them.
 * Anything malformed is left alone for the validator to report.
 */
import { signedArea2 } from '../validate/geometry-checks.ts';
import { isRecord, own } from '../validate/json-guards.ts';

type Ring = number[][];

/** A ring of at least 4 positions whose first two elements are finite numbers. */
function isRing(value: unknown): value is Ring {
  if (!Array.isArray(value) || value.length < 4) return false;
  return value.every(
    (p: unknown) =>
      Array.isArray(p) &&
      p.length >= 2 &&
      Number.isFinite(p[0] as unknown) &&
      Number.isFinite(p[1] as unknown),
  );
}

/** Reverses the wrongly wound rings of one polygon's coordinates; returns how many. */
function rewindPolygon(rings: unknown): number {
  if (!Array.isArray(rings)) return 0;
  let reversed = 0;
  rings.forEach((ring: unknown, index) => {
    if (!isRing(ring)) return;
    const area = signedArea2(ring);
    if ((index === 0 && area < 0) || (index > 0 && area > 0)) {
      ring.reverse();
      reversed++;
    }
  });
  return reversed;
}

/** The own member `key` of a JSON object; undefined for anything else. */
const member = (value: unknown, key: string): unknown =>
  isRecord(value) ? own(value, key) : undefined;

/**
 * Rewinds the polygons of a parsed GeoJSON geometry in place to RFC 7946 winding; looks into
 * GeometryCollections up to `maxDepth` levels. Never throws on malformed input.
 * @returns how many rings were reversed.
 */
export function rewindGeometry(geometry: unknown, maxDepth = 8): number {
  const type = member(geometry, 'type');
  const coordinates = member(geometry, 'coordinates');
  if (type === 'Polygon') return rewindPolygon(coordinates);
  if (type === 'MultiPolygon' && Array.isArray(coordinates)) {
    return coordinates.reduce((sum: number, polygon: unknown) => sum + rewindPolygon(polygon), 0);
  }
  const members = member(geometry, 'geometries');
  if (type !== 'GeometryCollection' || !Array.isArray(members) || maxDepth <= 0) return 0;
  return members.reduce((sum: number, g: unknown) => sum + rewindGeometry(g, maxDepth - 1), 0);
}

/** Rewinds every feature's geometry of a parsed FeatureCollection; returns rings reversed. */
export function rewindCollection(collection: unknown): number {
  const features = member(collection, 'features');
  if (!Array.isArray(features)) return 0;
  return features.reduce(
    (sum: number, feature: unknown) => sum + rewindGeometry(member(feature, 'geometry')),
    0,
  );
}
