/**
 * Which format a file is, from its content: magic bytes for binary formats, then (for text) the
 * first character that is not white space, and for XML the root element. The name a file
 * carries is never trusted: `areas.json` holding KML is read as KML.
 */

/** What the first bytes say. `text` means: decode it and ask `sniffText`. */
export type BinaryKind = 'zip' | 'flatgeobuf' | 'bare-shp' | 'text';

/** What decoded text looks like. */
export type TextKind = 'json' | 'xml' | 'delimited' | 'unknown';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);

/** "PK\x03\x04": a zip's first local file header; "PK\x05\x06": an empty zip. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** "fgb" then the major version 3 (FlatGeobuf spec, "Magic bytes"). */
const FLATGEOBUF = [0x66, 0x67, 0x62, 0x03];
/** A .shp main file header starts with the big-endian file code 9994 (ESRI Shapefile spec). */
const SHP = [0x00, 0x00, 0x27, 0x0a];

/**
 * The kind of file its first bytes announce.
 * @example sniffBytes(new Uint8Array([0x50, 0x4b, 3, 4])) // 'zip'
 */
export function sniffBytes(bytes: Uint8Array): BinaryKind {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'zip';
  if (startsWith(bytes, FLATGEOBUF)) return 'flatgeobuf';
  if (startsWith(bytes, SHP)) return 'bare-shp';
  return 'text';
}

/** A lone JSON scalar (`null`, `42`, `"text"`): JSON, though not GeoJSON; the checks say so. */
const JSON_SCALAR = /^(null|true|false|-?\d+(\.\d+)?([eE][+-]?\d+)?|"([^"\\]|\\.)*")$/;

/** Whether the first two lines both hold one of the delimiters: a table, not a sentence. */
function isTable(text: string): boolean {
  const [head = '', next = ''] = text.slice(0, 65_536).split(/\r?\n/, 2);
  return [',', ';', '\t', '|'].some((d) => head.includes(d) && next.includes(d));
}

/**
 * The kind of decoded text: `{` or `[` first (or a lone JSON value) is JSON, `<` is XML; a
 * table whose first two lines share a comma, semicolon, tab or bar is delimited text (CSV/TSV);
 * anything else is unknown.
 * @example sniffText('  <?xml version="1.0"?><kml/>') // 'xml'
 */
export function sniffText(text: string): TextKind {
  const start = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = /\S/.exec(start.slice(0, 65_536))?.[0];
  if (first === '{' || first === '[') return 'json';
  if (first === '<') return 'xml';
  if (start.length < 4096 && JSON_SCALAR.test(start.trim())) return 'json';
  if (isTable(start)) return 'delimited';
  return 'unknown';
}
