/**
 * Turns a dropped file into a map layer, or into messages saying why not. The checks run from
 * cheapest to dearest, so a hostile file is stopped as early as possible: size (before reading),
 * name, depth (before parsing), JSON, dangerous keys, stated limits, GeoJSON validation (the same
 * validator as the story data), then what the map needs (features, finite bounds). Nothing is executed.
 */
import { bbox } from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { isRecord, own } from '../validate/json-guards.ts';
import { featureLabel, formatIssue, validateFeatureCollection } from '../validate/validate.ts';
import type { ValidationIssue } from '../validate/validate.ts';
import { layerNaming, messageFileName } from './file-name.ts';
import { holeProblems } from './holes.ts';
import { defuseKeys, DANGEROUS_KEYS, jsonDepth } from './json-safety.ts';
import * as limits from './limits.ts';
import { countPositions } from './positions.ts';
import { rewindCollection } from './rewind.ts';
import { cleanLine } from './text.ts';
import { fileMetadata } from '../user-layers/metadata.ts';
import { fileDate } from '../user-layers/file-date.ts';
import { splitAntimeridian } from './antimeridian.ts';
import { placement, swapPoints, type Extent } from './placement.ts';
import type { FormatName } from './formats/format.ts';
import { asFeatureCollection, finiteBounds, geometryTypesOf } from './user-layer.ts';
import type { UserLayerInput, UserLayerResult } from './user-layer.ts';

const { formatBytes, formatCount } = limits;
const MESSAGE_LENGTH = 300;

const refuse = (...errors: string[]): UserLayerResult => ({ ok: false, errors });

/** The first MAX_LISTED_ERRORS messages, cleaned and bounded, then "… and N more problems". */
export function listErrors(messages: readonly string[]): string[] {
  const shown = messages
    .slice(0, limits.MAX_LISTED_ERRORS)
    .map((m) => cleanLine(m, MESSAGE_LENGTH));
  const rest = messages.length - shown.length;
  if (rest > 0) shown.push(`… and ${formatCount(rest)} more problem${rest === 1 ? '' : 's'}`);
  return shown;
}

const tooBig = (file: string, bytes: number) =>
  `${file}: is ${formatBytes(bytes)}; the limit is ${formatBytes(limits.MAX_FILE_BYTES)}`;

/**
 * Checks that need only the `File` metadata. Call it before `file.text()` so a 2 GB file is
 * refused without being read; `parseUserLayer` calls it again.
 * @returns messages; empty when the file may be read.
 */
export function checkUserFile(file: { name: string; size: number }): string[] {
  // The name decides nothing: formats are told apart by content (formats/sniff.ts).
  if (!(file.size <= limits.MAX_FILE_BYTES)) return [tooBig(messageFileName(file.name), file.size)];
  return [];
}

/**
 * Parses `text` after the size and depth checks: `{ data }`, or `{ error }` to show.
 * @example parseJson('a.geojson', '{}') // { data: {} }
 */
export function parseJson(file: string, text: string): { data: unknown } | { error: string } {
  // A UTF-16 unit is at least one UTF-8 byte, so this also catches a `size` that lies.
  if (text.length > limits.MAX_FILE_BYTES) return { error: tooBig(file, text.length) };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { error: `${file}: is empty` };
  if (jsonDepth(body, limits.MAX_DEPTH) > limits.MAX_DEPTH) {
    return { error: `${file}: is nested more than ${limits.MAX_DEPTH} levels deep; not GeoJSON` };
  }
  try {
    return { data: JSON.parse(body) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `${file}: is not valid JSON (${cleanLine(reason, 120)})` };
  }
}

/** New features with only the RFC 7946 members and `id` = index, for MapLibre feature-state. */
function indexed(features: readonly Feature[]): FeatureCollection<Geometry> {
  return {
    type: 'FeatureCollection',
    features: features.map((f, i) => ({
      type: 'Feature',
      id: i,
      properties: f.properties,
      geometry: f.geometry,
    })),
  };
}

/** How the data came: its format, and what its conversion already noted. */
export interface DataOrigin {
  format: FormatName;
  notices: string[];
  /**
   * Converted formats may hold features without geometry (a KML Placemark with only a name, a
   * CSV row without coordinates): they are skipped with a notice. GeoJSON's are refused, as
   * RFC 7946 data meant for a map should not have them.
   */
  skipNullGeometries: boolean;
  /** The area the map shows: the layer's `placement` is judged against it. */
  extent?: Extent;
  /** Swap the longitude and latitude of points (the reader accepted the offer). */
  swapPoints?: boolean;
}

/** The whole world: where a layer lands when no map extent is given. */
const WORLD: Extent = [-180, -90, 180, 90];

/** Features without geometry removed in place; how many there were. */
function skipNullGeometries(data: unknown): number {
  const features = isRecord(data) ? own(data, 'features') : undefined;
  if (!Array.isArray(features)) return 0;
  const kept = features.filter((f) => !(isRecord(f) && own(f, 'geometry') === null));
  const skipped = features.length - kept.length;
  features.length = 0;
  for (const f of kept) features.push(f);
  return skipped;
}

/**
 * The checks every format goes through once it is GeoJSON-shaped: dangerous keys, stated
 * limits, the story data's validator, holes, finite bounds. `data` is changed in place (keys
 * renamed, rings rewound): pass only objects made for this call.
 * @example layerFromData(JSON.parse(text), 'areas.geojson', new Set(), { format: 'GeoJSON', notices: [], skipNullGeometries: false })
 */
export function layerFromData(
  raw: unknown,
  name: string,
  existingIds: ReadonlySet<string>,
  origin: DataOrigin,
): UserLayerResult {
  const file = messageFileName(name);
  const notices = [...origin.notices];
  const renamed = defuseKeys(raw);
  if (renamed > 0) {
    notices.push(`${renamed} key(s) named ${DANGEROUS_KEYS.join(', ')} renamed with a trailing _`);
  }
  const data = asFeatureCollection(raw);
  if (origin.skipNullGeometries) {
    const total =
      isRecord(data) && Array.isArray(own(data, 'features'))
        ? (own(data, 'features') as unknown[]).length
        : 0;
    const skipped = skipNullGeometries(data);
    if (skipped > 0 && skipped === total) {
      return refuse(
        `${file}: draws nothing: none of its ${formatCount(total)} feature(s) has a geometry`,
      );
    }
    if (skipped > 0) notices.push(`${formatCount(skipped)} feature(s) without geometry skipped`);
  }
  if (countPositions(data, limits.MAX_POSITIONS) > limits.MAX_POSITIONS) {
    return refuse(
      `${file}: has more than ${formatCount(limits.MAX_POSITIONS)} positions, the limit`,
    );
  }
  const split = splitAntimeridian(data);
  if (split > 0) notices.push(`${split} geometry(ies) crossing the antimeridian split at 180°`);
  const rewound = rewindCollection(data);
  if (rewound > 0) notices.push(`${rewound} polygon ring(s) rewound to RFC 7946 order`);
  const issues = validateFeatureCollection(data, file, {
    maxFeatures: limits.MAX_FEATURES,
    maxPositions: limits.MAX_POSITIONS,
    maxIntersectionWork: limits.MAX_INTERSECTION_WORK,
    allowNullGeometry: false,
  });
  if (issues.length > 0) return refuse(...listErrors(issues.map(formatIssue)));
  // Validated: `data` is a FeatureCollection of Features with geometries.
  const features = (data as FeatureCollection).features;
  if (features.length === 0) return refuse(`${file}: contains no features; it would draw nothing`);
  const holes = features.flatMap((f, i): ValidationIssue[] =>
    holeProblems(f.geometry).map((message) => ({ file, feature: featureLabel(f) ?? i, message })),
  );
  if (holes.length > 0) return refuse(...listErrors(holes.map(formatIssue)));
  const collection = indexed(features);
  // After validation: every point is a valid position, and the swap is only offered when the
  // swapped positions land in the map's area, so they are valid too.
  if (origin.swapPoints && swapPoints(collection) > 0) {
    notices.push('latitude and longitude of the points swapped');
  }
  const bounds = finiteBounds(bbox(collection));
  if (bounds === null) {
    return refuse(`${file}: draws nothing: its geometries are all empty (no coordinates)`);
  }
  const geometryTypes = geometryTypesOf(collection.features.map((f) => f.geometry));
  const { id, name: shown } = layerNaming(name, existingIds);
  const where = placement(collection, bounds, origin.extent ?? WORLD);
  const layer = { id, name: shown, fileName: file, format: origin.format, collection, bounds };
  // The file's own source and date (top-level members, not in `collection`) fill the credit;
  // a date it gives that cannot be read is said (issue 11).
  const metadata = fileMetadata(raw);
  const dated = fileDate(raw);
  if (dated.notice) notices.push(dated.notice);
  return {
    ok: true,
    layer: {
      ...layer,
      featureCount: features.length,
      geometryTypes,
      notices,
      placement: where,
      metadata,
    },
  };
}

/**
 * Reads a journalist's GeoJSON file into a layer, or refuses it with messages that name the
 * file, the feature and the problem (at most MAX_LISTED_ERRORS, then a count). Accepts a
 * FeatureCollection, a single Feature or a bare Geometry; GeometryCollections are allowed;
 * polygons wound against RFC 7946 are rewound (see rewind.ts). Never throws, never runs
 * anything from the file, and changes nothing but the objects it parsed itself. Other formats
 * are read by `readAnyUserFile` (formats/read-any-file.ts), which ends in `layerFromData` too.
 * @param existingIds every source and layer id already on the map; the new id avoids them.
 * Derive layer ids as `${layer.id}:fill` etc.: `:` never occurs in an id made here.
 * @example
 * const result = parseUserLayer({ name: file.name, size: file.size, text: await file.text() }, ids);
 * if (result.ok) addLayer(result.layer); else showErrors(result.errors);
 */
export function parseUserLayer(
  input: UserLayerInput,
  existingIds: ReadonlySet<string>,
): UserLayerResult {
  const file = messageFileName(input.name);
  const early = checkUserFile(input);
  if (early.length > 0) return refuse(...early);
  const parsed = parseJson(file, input.text);
  if ('error' in parsed) return refuse(parsed.error);
  if (isRecord(parsed.data) && own(parsed.data, 'type') === 'Topology') {
    return refuse(`${file}: is TopoJSON, not GeoJSON; convert it to GeoJSON first`);
  }
  return layerFromData(parsed.data, input.name, existingIds, {
    format: 'GeoJSON',
    notices: [],
    skipNullGeometries: false,
  });
}
