/**
 * The shape of a journalist's own layer once accepted, and the two small transforms that get
 * parsed JSON there: wrapping a lone Feature or Geometry, and listing geometry types.
 */
import type { BBox, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { GEOMETRY_TYPES as RFC_GEOMETRY_TYPES } from '../validate/geometry-checks.ts';
import { isRecord, own } from '../validate/json-guards.ts';
import type { FileMetadata } from '../user-layers/metadata.ts';
import type { FormatName } from './formats/format.ts';
import type { Placement } from './placement.ts';

/** What the UI hands over after reading a dropped or picked `File`. */
export interface UserLayerInput {
  /** `File.name`, untrusted. */
  name: string;
  /** `File.size` in bytes, checked before the text is parsed. */
  size: number;
  /** `await file.text()`. */
  text: string;
}

/** Geometry types a layer can draw; GeometryCollections are listed by their members' types. */
export type DrawnGeometryType = Exclude<Geometry['type'], 'GeometryCollection'>;

/** An accepted layer, ready for `map.addSource(layer.id, { type: 'geojson', data: … })`. */
export interface UserLayer {
  /** `user-<slug>[-n]`, unique among the ids given; safe as a MapLibre source id and DOM id. */
  id: string;
  /** For the layer list: file name without extension, cleaned, bounded (show as text). */
  name: string;
  /** The cleaned file name, as messages about this layer name it. */
  fileName: string;
  /** The format the file was in, as the layer list shows it. */
  format: FormatName;
  /**
   * Validated RFC 7946 data. Feature `i` has `id: i` (for feature-state and for finding the
   * feature again on click); properties are the file's, untouched except for renamed dangerous
   * keys (see json-safety.ts). Foreign members of the file are dropped. On click, show
   * `propertyRows(collection.features[id].properties)`, not the queried feature's properties:
   * MapLibre turns nested objects into JSON strings there.
   */
  collection: FeatureCollection<Geometry, GeoJsonProperties>;
  /** [west, south, east, north] in degrees, finite; a single point has w = e and s = n. */
  bounds: [number, number, number, number];
  featureCount: number;
  /** Sorted, without duplicates: which of fill, line and circle layers to add. */
  geometryTypes: DrawnGeometryType[];
  /** What was changed to accept the file (rings rewound, keys renamed); may be empty. */
  notices: string[];
  /** The source and date the file states at its top level, for the layer's credit. */
  metadata: FileMetadata;
  /**
   * Where it lands in the map's area: `swapped` means nothing does but every point would with
   * latitude and longitude swapped (offer the swap); `outside` means it draws nothing there.
   */
  placement: Placement;
}

export type UserLayerResult = { ok: true; layer: UserLayer } | { ok: false; errors: string[] };

const GEOMETRY_TYPES = new Set(RFC_GEOMETRY_TYPES);

/**
 * A FeatureCollection for the validator: a lone Feature becomes a one-feature collection, a bare
 * Geometry a Feature with empty properties inside one; anything else is returned unchanged (the
 * validator says what is wrong with it).
 */
export function asFeatureCollection(data: unknown): unknown {
  const type = isRecord(data) ? own(data, 'type') : undefined;
  if (type === 'Feature') return { type: 'FeatureCollection', features: [data] };
  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) {
    const feature = { type: 'Feature', properties: {}, geometry: data };
    return { type: 'FeatureCollection', features: [feature] };
  }
  return data;
}

/** The drawn geometry types in validated features, looking into GeometryCollections. */
export function geometryTypesOf(geometries: readonly Geometry[]): DrawnGeometryType[] {
  const found = new Set<DrawnGeometryType>();
  const stack = [...geometries];
  for (let g = stack.pop(); g !== undefined; g = stack.pop()) {
    // A loop, not push(...members): a collection may have more members than a call has arguments.
    if (g.type === 'GeometryCollection') for (const member of g.geometries) stack.push(member);
    else found.add(g.type);
  }
  return [...found].sort();
}

/** Turf's bbox as [w, s, e, n], or null when it is not finite (only empty geometries). */
export function finiteBounds(box: BBox): [number, number, number, number] | null {
  const [w, s, e, n] = box.length === 6 ? [box[0], box[1], box[3], box[4]] : box;
  return [w, s, e, n].every(Number.isFinite) ? [w, s, e, n] : null;
}

/**
 * An accepted layer as the page keeps it once a worker has read the file: the geometry stays
 * out of the page's heap (MapLibre's worker loads it from `dataUrl`), only the properties are
 * kept, for the click panel.
 */
export interface LoadedUserLayer extends Omit<UserLayer, 'collection'> {
  /** `blob:` URL of the validated FeatureCollection; revoke it when the layer is removed. */
  dataUrl: string;
  /** Feature `i`'s properties (as in `collection.features[i].properties`). */
  properties: GeoJsonProperties[];
  /** SHA-256 of the file's bytes (hex), to notice the same file added twice. */
  digest: string;
}
