/**
 * The file formats a reader's layer may come in (issue 11), and what every converter returns.
 * Formats are told apart by content (sniff.ts), never by the file's name.
 */

/** Formats read, as the layer list names them. */
export type FormatName =
  'GeoJSON' | 'TopoJSON' | 'KML' | 'KMZ' | 'GPX' | 'Shapefile' | 'FlatGeobuf' | 'CSV';

/** The formats read, for messages that list them. */
export const FORMATS_READ =
  'GeoJSON, TopoJSON, KML, KMZ, GPX, a zipped Shapefile, FlatGeobuf or CSV/TSV';

/**
 * A converter's result: GeoJSON-shaped data for the same checks as a GeoJSON file (not yet
 * validated), with what the conversion changed or skipped; or why the file cannot be read.
 */
export type Converted =
  { ok: true; format: FormatName; data: unknown; notices: string[] } | { ok: false; error: string };

/** A refusal that names the file. */
export const refusal = (file: string, problem: string): Converted => ({
  ok: false,
  error: `${file}: ${problem}`,
});
