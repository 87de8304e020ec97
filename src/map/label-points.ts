/**
 * Where story labels sit: points label themselves; areas are labelled at a point inside them
 * (Turf's pointOnFeature, so a crescent-shaped region is never labelled outside itself).
 * Borders are not labelled on the map: the legend names them.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { StoryFeature, StoryFeatureProperties } from '../types.ts';

type Area = Feature<Polygon | MultiPolygon, StoryFeatureProperties>;

/** A point inside the area: its centroid when that falls inside, else Turf's pointOnFeature. */
function insidePoint(area: Area): Point {
  const c = centroid(area).geometry;
  return booleanPointInPolygon(c, area) ? c : pointOnFeature(area).geometry;
}

export function labelPoints(features: StoryFeature[]): FeatureCollection<Point> {
  const out: Feature<Point>[] = [];
  for (const f of features) {
    const g = f.geometry;
    const { id, name, name_uk, name_ru, kind, group } = f.properties;
    const properties = { id, name, name_uk, name_ru, kind, group };
    if (g.type === 'Point') out.push({ type: 'Feature', properties, geometry: g });
    else if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      out.push({ type: 'Feature', properties, geometry: insidePoint(f as Area) });
    }
  }
  return { type: 'FeatureCollection', features: out };
}
