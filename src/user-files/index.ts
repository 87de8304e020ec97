/**
 * "Bring your own layer" (issues 7, 11): the pure core that turns a journalist's file (GeoJSON,
 * TopoJSON, KML, KMZ, GPX, zipped Shapefile, FlatGeobuf, CSV; see formats/) into a map layer, and its properties into text. No DOM, Svelte or MapLibre; runs in the browser and
 * in Node tests. The UI's flow:
 *
 * 1. Show `describeLimits()` by the drop zone and the file picker.
 * 2. On drop or pick: `checkUserFile(file)`; if it returns messages, show them and stop (the
 *    file is not read).
 * 3. `readAnyUserFile(bytes, file.name, ids)` (sniff, convert, then the GeoJSON checks) with every
 *    source and layer id on the map; the app runs it in a worker (src/ui/user-file-worker.ts).
 *    `{ ok: false, errors }`: list the errors as text. `{ ok: true, layer }`: add source
 *    `layer.id`, fill/line/circle layers (ids `${layer.id}:fill`, …) for `layer.geometryTypes`,
 *    fit `layer.bounds` with a maxZoom, list `layer.name`, and show `layer.notices`.
 * 4. On click: `propertyRows(layer.collection.features[id].properties)`; render `text` as text,
 *    and an `<a rel="noopener noreferrer nofollow">` only where `href` is not null.
 * 5. Remove: remove its layers, then its source. Nothing else on the map was touched.
 */
export { checkUserFile, listErrors, parseUserLayer } from './parse-user-layer.ts';
export { messageFileName } from './file-name.ts';
export {
  KNOWN_EXTENSIONS,
  MAX_DEPTH,
  MAX_FEATURES,
  MAX_FILE_BYTES,
  MAX_INTERSECTION_WORK,
  MAX_LISTED_ERRORS,
  MAX_NAME_LENGTH,
  MAX_POSITIONS,
  MAX_UNZIPPED_BYTES,
  MAX_ZIP_ENTRIES,
  describeLimits,
  formatBytes,
} from './limits.ts';
export {
  MAX_KEY_LENGTH,
  MAX_ROWS,
  MAX_VALUE_LENGTH,
  propertyRows,
  safeHref,
  valueText,
  type PropertyRow,
} from './properties.ts';
export { readUserFile } from './read-user-file.ts';
export { readAnyUserFile, type ReadStage } from './formats/read-any-file.ts';
export type { FormatName } from './formats/format.ts';
export type {
  DrawnGeometryType,
  LoadedUserLayer,
  UserLayer,
  UserLayerInput,
  UserLayerResult,
} from './user-layer.ts';
