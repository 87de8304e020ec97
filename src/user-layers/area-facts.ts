/**
 * Facts about an area a reader drew (issue 11): its size, its share of each story region it
 * overlaps, and which story places lie inside it. Computed with Turf from the reader's own
 * geometry and the story's data; the story's regions and places are passed in, never named here.
 * Plain TypeScript, tested in Node; the app runs it in a worker (src/ui/area-facts-worker.ts),
 * so `@turf/intersect` is loaded only when a reader clicks an area.
 */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { intersect } from '@turf/intersect';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** A story region to measure against, by the story's id. */
export interface FactRegion {
  id: string;
  geometry: Polygon | MultiPolygon;
}

/** A story place (a point), by the story's id. */
export interface FactPlace {
  id: string;
  coordinates: Position;
}

export interface AreaFacts {
  /** Area in km², unrounded (round with `roundArea` to show it). */
  areaKm2: number;
  /** Each overlapped region and the share of it the area covers (0–1], largest first. */
  regions: { id: string; share: number }[];
  /** Ids of the places inside the area (or on its edge), in the order given. */
  placesInside: string[];
  /** Regions whose overlap Turf could not compute (degenerate geometry), so none is claimed. */
  failed: string[];
}

/** The polygons of a geometry (a GeometryCollection's too), or null when it has none. */
export function polygonsOf(geometry: Geometry | null): Polygon | MultiPolygon | null {
  if (!geometry) return null;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') return geometry;
  if (geometry.type !== 'GeometryCollection') return null;
  const coordinates: Position[][][] = [];
  const stack = [...geometry.geometries];
  for (let g = stack.pop(); g !== undefined; g = stack.pop()) {
    if (g.type === 'Polygon') coordinates.push(g.coordinates);
    else if (g.type === 'MultiPolygon') coordinates.push(...g.coordinates);
    else if (g.type === 'GeometryCollection') stack.push(...g.geometries);
  }
  return coordinates.length ? { type: 'MultiPolygon', coordinates } : null;
}

const feature = <G extends Geometry>(geometry: G): Feature<G> => ({
  type: 'Feature',
  properties: {},
  geometry,
});

/**
 * The facts for one area.
 * @example areaFacts(square, [{ id: 'north-region', geometry }], [{ id: 'oldtown', coordinates }])
 * // { areaKm2: 412.3, regions: [{ id: 'north-region', share: 0.0139 }], placesInside: ['oldtown'], failed: [] }
 */
export function areaFacts(
  shape: Polygon | MultiPolygon,
  regions: readonly FactRegion[],
  places: readonly FactPlace[],
): AreaFacts {
  const own = feature(shape);
  const areaKm2 = area(own) / 1e6;
  const overlaps: AreaFacts['regions'] = [];
  const failed: string[] = [];
  for (const region of regions) {
    try {
      const common = intersect({
        type: 'FeatureCollection',
        features: [own, feature(region.geometry)],
      });
      if (!common) continue;
      const share = area(common) / area(feature(region.geometry));
      if (share > 0) overlaps.push({ id: region.id, share: Math.min(share, 1) });
    } catch {
      failed.push(region.id);
    }
  }
  overlaps.sort((a, b) => b.share - a.share);
  const placesInside = places
    .filter((p) => booleanPointInPolygon(p.coordinates, own))
    .map((p) => p.id);
  return { areaKm2, regions: overlaps, placesInside, failed };
}

/**
 * An area rounded to two significant figures: the outline a reader drew is rarely truer than
 * that (a control map's line is drawn at a scale of kilometres).
 * @example roundArea(1234.5) // 1200
 * @example roundArea(0.5349) // 0.53
 */
export function roundArea(km2: number): number {
  if (!(km2 > 0)) return 0;
  return Number(km2.toPrecision(2));
}

/**
 * A share in whole percent, or a bound where a whole percent would overstate: the story's
 * regions are Natural Earth 1:10m outlines (right to about ±1% in area), so under 1% is "less
 * than 1%" and between 99% and all of it "more than 99%".
 * @example roundShare(0.0262) // { percent: 3 }
 * @example roundShare(0.004) // { below: 1 }
 */
export function roundShare(share: number): { percent: number } | { below: 1 } | { above: 99 } {
  const percent = share * 100;
  if (percent < 1) return { below: 1 };
  if (percent > 99 && percent < 99.95) return { above: 99 };
  return { percent: Math.round(percent) };
}
