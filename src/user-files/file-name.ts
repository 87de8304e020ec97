/**
 * What a dropped file's name may become: the name used in messages, the layer's display name and
 * its id. File names are user data too (a name can carry markup or bidi overrides), so every one
 * is cleaned and bounded before it is shown anywhere.
 */
import { slugify } from '../export/core/filename.ts';
import { KNOWN_EXTENSIONS, MAX_NAME_LENGTH } from './limits.ts';
import { cleanLine, hasVisible } from './text.ts';

/**
 * `File.name` is the bare name in every browser (no directory), so nothing is cut at `/` or `\`:
 * "<script>alert(1)</script>.geojson" keeps its slash, as text.
 */
const baseName = (name: string): string => name.trim();

/** ".geojson" for "Areas.GeoJSON", "" for "areas" or ".hidden". */
function extensionOf(base: string): string {
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/**
 * The file name as messages should show it: no hidden characters, bounded.
 * @example messageFileName('areas\u202Egpj.geojson') // "areasgpj.geojson"
 */
export function messageFileName(name: string): string {
  const shown = cleanLine(baseName(name), MAX_NAME_LENGTH);
  return hasVisible(shown) ? shown : 'the file';
}

/**
 * The layer's display name: the file name without extension, cleaned, at most MAX_NAME_LENGTH
 * characters, "Untitled layer" when nothing is left. It stays text: `<script>` is kept as the
 * characters it is, for the UI to show as text.
 * @example displayName('control-areas.geojson') // "control-areas"
 */
export function displayName(name: string): string {
  const base = cleanLine(baseName(name), 1000);
  const ext = KNOWN_EXTENSIONS.includes(base.toLowerCase()) ? base : extensionOf(base);
  // ".geojson" alone (or after hidden characters) is a file without a name: "Untitled layer N".
  const stem = KNOWN_EXTENSIONS.includes(ext.toLowerCase()) ? base.slice(0, -ext.length) : base;
  const shown = cleanLine(stem, MAX_NAME_LENGTH);
  return hasVisible(shown) ? shown : UNTITLED;
}

const UNTITLED = 'Untitled layer';

/**
 * The layer's display name and id together. A name with nothing visible left becomes
 * "Untitled layer N", with the lowest N whose id (`user-untitled-layer-N`) is free, so two
 * untitled layers can be told apart in the list and in messages.
 * @example layerNaming('\u200B.geojson', new Set()) // { name: 'Untitled layer 1', id: 'user-untitled-layer-1' }
 */
export function layerNaming(name: string, existingIds: ReadonlySet<string>) {
  const shown = displayName(name);
  if (shown !== UNTITLED) return { name: shown, id: layerId(name, existingIds) };
  let n = 1;
  while (existingIds.has(`user-untitled-layer-${n}`)) n++;
  return { name: `${UNTITLED} ${n}`, id: `user-untitled-layer-${n}` };
}

/**
 * A MapLibre source/layer id for the file: `user-` + the display name as an ASCII slug (the
 * exporter's: Cyrillic transliterated, accents dropped), `user-layer` when no letter survives,
 * with `-2`, `-3`, … added until it is not in `existingIds` (pass every id on the map).
 * @example layerId('Зони.geojson', new Set(['user-zoni'])) // "user-zoni-2"
 */
export function layerId(name: string, existingIds: ReadonlySet<string>): string {
  const base = `user-${slugify(displayName(name)) || 'layer'}`;
  let id = base;
  for (let n = 2; existingIds.has(id); n++) id = `${base}-${n}`;
  return id;
}
