/**
 * Stated limits for a journalist's own layer ("bring your own layer", issue 7). The UI
 * shows `describeLimits()` next to the drop zone and the parser enforces the same numbers, so
 * what is promised is what is checked.
 */

/**
 * Largest file accepted: 10 MiB. Enough for a detailed city or region layer; past this the map
 * worker takes seconds to tile it and the tab's memory use grows by ~10× the file size.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Most features in one file: a legend-sized layer, and clicks stay fast. */
export const MAX_FEATURES = 20_000;

/** Most positions (vertices) in one file: about what 10 MB of coordinates holds. */
export const MAX_POSITIONS = 1_000_000;

/**
 * Deepest JSON nesting accepted. GeoJSON needs at most 16 levels (a MultiPolygon inside the four
 * nested GeometryCollections the validator allows); properties may nest too. Deeper input is refused before parsing so
 * no later recursive code (structured clone to the map worker, validation) can overflow the stack.
 */
export const MAX_DEPTH = 64;

/**
 * Self-intersection comparisons allowed for one file (a shared budget in the validator): about
 * 1.5 s of pathological rings. Real data needs ~5 per position (Natural Earth 10m countries:
 * 545,000 positions, 2.8 million comparisons), so this refuses only crafted input.
 */
export const MAX_INTERSECTION_WORK = 200_000_000;

/**
 * Largest total uncompressed size of a KMZ or zipped Shapefile: 50 MiB. Checked on the sizes
 * the zip's directory declares before anything is inflated, and again on the bytes inflated.
 */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

/** Most entries in a zip: a Shapefile needs 3 to 8, a KMZ a KML and its icons. */
export const MAX_ZIP_ENTRIES = 1_000;

/** Errors listed for a refused file; the rest are counted ("… and 12 more problems"). */
export const MAX_LISTED_ERRORS = 10;

/** Longest display name for a layer, in characters. */
export const MAX_NAME_LENGTH = 80;

/**
 * Extensions the formats read usually carry (case-insensitive). They are only cut from the
 * layer's display name and offered by the file picker: the content decides the format, so any
 * name, or none, is accepted.
 */
export const KNOWN_EXTENSIONS: readonly string[] = [
  '.geojson',
  '.json',
  '.topojson',
  '.kml',
  '.kmz',
  '.gpx',
  '.zip',
  '.fgb',
  '.csv',
  '.tsv',
  '.txt',
];

/**
 * `10485760` → "10 MB", `10485761` → "10.1 MB", `1536` → "1.5 KB": binary units, as Windows
 * shows them, rounded up so a file just over a limit never reads as equal to it.
 */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 ? String(value) : String(Math.ceil(value * 10) / 10);
  return `${rounded} ${units[unit] ?? 'bytes'}`;
}

/** `20000` → "20,000" (fixed locale so messages and tests read the same everywhere). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * The limits in one sentence for the drop zone.
 * @example describeLimits() // "GeoJSON, TopoJSON, KML, KMZ, GPX, a zipped Shapefile, FlatGeobuf or CSV up to 10 MB, …"
 */
export function describeLimits(): string {
  return (
    'GeoJSON, TopoJSON, KML, KMZ, GPX, a zipped Shapefile, FlatGeobuf or CSV up to ' +
    `${formatBytes(MAX_FILE_BYTES)} (${formatBytes(MAX_UNZIPPED_BYTES)} unzipped), ` +
    `${formatCount(MAX_FEATURES)} features and ${formatCount(MAX_POSITIONS)} positions.`
  );
}
