/**
 * TopoJSON to GeoJSON with `topojson-client`: every object in the topology becomes features
 * (a GeometryCollection object gives one feature per member), in the order of `objects`.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { isRecord, own } from '../../validate/json-guards.ts';
import { refusal, type Converted } from './format.ts';

/**
 * Converts parsed TopoJSON (`type: "Topology"`).
 * @example convertTopoJson(JSON.parse(text), 'areas.topojson')
 */
export function convertTopoJson(data: unknown, file: string): Converted {
  const objects = isRecord(data) ? own(data, 'objects') : undefined;
  if (!isRecord(data) || !isRecord(objects) || !Array.isArray(own(data, 'arcs'))) {
    return refusal(file, 'is TopoJSON without "objects" and "arcs"; not readable');
  }
  const features: Feature[] = [];
  try {
    for (const name of Object.keys(objects)) {
      const topology = data as unknown as Topology;
      const object = topology.objects[name] as GeometryObject;
      const converted: Feature | FeatureCollection = feature(topology, object);
      // A loop, not push(...): a collection may have more members than a call has arguments.
      if (converted.type === 'FeatureCollection')
        for (const f of converted.features) features.push(f);
      else features.push(converted);
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return refusal(file, `is TopoJSON that cannot be converted (${why.slice(0, 120)})`);
  }
  const count = Object.keys(objects).length;
  const notices = count > 1 ? [`${count} TopoJSON objects merged into one layer`] : [];
  return { ok: true, format: 'TopoJSON', data: { type: 'FeatureCollection', features }, notices };
}
