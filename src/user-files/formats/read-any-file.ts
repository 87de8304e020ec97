/**
 * A reader's file, whatever format it is in, to a layer or to messages (issue 11). The format
 * is sniffed from the content (sniff.ts); each converter is loaded only when a file needs it
 * (dynamic `import()`), so neither the page nor the reader worker grows for formats not used.
 * Every format ends in the same checks as GeoJSON (`layerFromData`). Pure apart from those
 * imports: runs in the worker and in Node tests.
 */
import { decodeFile } from '../decode.ts';
import { messageFileName } from '../file-name.ts';
import { checkUserFile, layerFromData, parseJson } from '../parse-user-layer.ts';
import type { Extent } from '../placement.ts';
import type { UserLayerResult } from '../user-layer.ts';
import { isRecord, own } from '../../validate/json-guards.ts';
import { FORMATS_READ, type Converted } from './format.ts';
import { sniffBytes, sniffText } from './sniff.ts';

/** The stages a read goes through, for the progress line. */
export type ReadStage = 'reading' | 'converting' | 'validating';

/** What the caller may ask besides reading. */
export interface ReadOptions {
  /** Told when a stage begins. */
  onStage?: (stage: ReadStage) => void;
  /** The area the map shows, to tell whether the layer lands in it. */
  extent?: Extent;
  /** Swap the latitude and longitude of points (after `placement: 'swapped'`). */
  swapPoints?: boolean;
}

const failed = (error: string): UserLayerResult => ({ ok: false, errors: [error] });

async function convertText(text: string, file: string): Promise<Converted | null> {
  const kind = sniffText(text);
  if (kind === 'json') {
    const parsed = parseJson(file, text);
    if ('error' in parsed) return { ok: false, error: parsed.error };
    if (isRecord(parsed.data) && own(parsed.data, 'type') === 'Topology') {
      const { convertTopoJson } = await import('./topojson.ts');
      return convertTopoJson(parsed.data, file);
    }
    return { ok: true, format: 'GeoJSON', data: parsed.data, notices: [] };
  }
  if (kind === 'xml') {
    const { convertXml } = await import('./xml.ts');
    return convertXml(text, file);
  }
  if (kind === 'delimited') {
    const { convertCsv } = await import('./csv.ts');
    return convertCsv(text, file);
  }
  return null;
}

async function convert(bytes: Uint8Array, file: string): Promise<Converted> {
  const kind = sniffBytes(bytes);
  if (kind === 'zip') {
    const { convertZip } = await import('./zipped.ts');
    return convertZip(bytes, file);
  }
  if (kind === 'flatgeobuf') {
    const { convertFlatGeobuf } = await import('./flatgeobuf.ts');
    return convertFlatGeobuf(bytes, file);
  }
  if (kind === 'bare-shp') {
    return {
      ok: false,
      error: `${file}: is a bare .shp; zip it with its .dbf, .shx and .prj and add the zip`,
    };
  }
  const decoded = decodeFile(bytes, file);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  if (decoded.text.replace(/^\uFEFF/, '').trim() === '') {
    return { ok: false, error: `${file}: is empty` };
  }
  const converted = await convertText(decoded.text, file);
  if (!converted) {
    return { ok: false, error: `${file}: is none of the formats read here (${FORMATS_READ})` };
  }
  if (converted.ok && decoded.notice) converted.notices.unshift(decoded.notice);
  return converted;
}

/**
 * Reads `bytes` (the whole file) as a layer named after `name`, or refuses it.
 * @example await readAnyUserFile(kmzBytes, 'front.kmz', new Set()) // { ok: true, layer: { format: 'KMZ', … } }
 */
export async function readAnyUserFile(
  bytes: Uint8Array,
  name: string,
  existingIds: ReadonlySet<string>,
  options: ReadOptions = {},
): Promise<UserLayerResult> {
  const file = messageFileName(name);
  const early = checkUserFile({ name, size: bytes.byteLength });
  if (early.length > 0) return { ok: false, errors: early };
  options.onStage?.('converting');
  const converted = await convert(bytes, file);
  if (!converted.ok) return failed(converted.error);
  options.onStage?.('validating');
  return layerFromData(converted.data, name, existingIds, {
    format: converted.format,
    notices: converted.notices,
    skipNullGeometries: converted.format !== 'GeoJSON',
    ...(options.extent ? { extent: options.extent } : {}),
    swapPoints: options.swapPoints === true,
  });
}
