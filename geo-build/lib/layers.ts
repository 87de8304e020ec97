/**
 * Basemap layer assembly: regions with names and label points, collection metadata.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { LayerMeta } from '../../src/types.ts';
import type { AdminFeature, BBox } from './admin1.ts';
import { bboxesIntersect, geometryBBox } from './admin1.ts';
import { cleanGeometry, roundPosition } from './geometry.ts';

export type Layer<G extends Geometry = Geometry, P = Record<string, unknown>> = FeatureCollection<
  G,
  P
> & { meta: LayerMeta };

export interface RegionProperties {
  iso_3166_2: string;
  country: string;
  name: string;
  name_uk: string;
  name_ru: string;
}

export function layer<G extends Geometry, P>(
  meta: LayerMeta,
  features: Feature<G, P>[],
): Layer<G, P> {
  return { type: 'FeatureCollection', meta, features };
}

/** Drawn admin polygons whose outline meets `extent` and whose country is listed. */
export function regionFeatures(
  drawn: readonly AdminFeature[],
  countries: readonly string[],
  extent: BBox,
  decimals: number,
): Feature<Geometry, RegionProperties>[] {
  const out: Feature<Geometry, RegionProperties>[] = [];
  for (const f of drawn) {
    const p = f.properties;
    if (!countries.includes(p.country) || !bboxesIntersect(geometryBBox(f.geometry), extent)) {
      continue;
    }
    const geometry = cleanGeometry(f.geometry, decimals);
    if (!geometry) continue;
    out.push({
      type: 'Feature',
      id: p.iso_3166_2,
      properties: {
        iso_3166_2: p.iso_3166_2,
        country: p.country,
        name: p.name,
        name_uk: p.name_uk,
        name_ru: p.name_ru,
      },
      geometry,
    });
  }
  return out;
}

/** Label points at Natural Earth's own label position (`longitude`/`latitude`). */
export function regionLabels(
  regions: readonly Feature<Geometry, RegionProperties>[],
  labelAt: ReadonlyMap<string, [number, number]>,
  decimals: number,
): Feature<Point, RegionProperties>[] {
  const out: Feature<Point, RegionProperties>[] = [];
  for (const r of regions) {
    const at = labelAt.get(r.properties.iso_3166_2);
    if (!at) continue;
    out.push({
      type: 'Feature',
      id: r.properties.iso_3166_2,
      properties: { ...r.properties },
      geometry: { type: 'Point', coordinates: roundPosition(at, decimals) },
    });
  }
  return out;
}
