/**
 * A dropped file's bytes to a layer: the encoding check (decode.ts), then `parseUserLayer`.
 * Pure and synchronous, so the app runs it in a worker (src/ui/user-file-worker.ts) and the
 * tests in Node.
 */
import { decodeFile } from './decode.ts';
import { messageFileName } from './file-name.ts';
import { checkUserFile, parseUserLayer } from './parse-user-layer.ts';
import type { UserLayerResult } from './user-layer.ts';

/**
 * Reads `bytes` (the whole file) as a layer named after `name`, or refuses it.
 * @example readUserFile(new TextEncoder().encode(text), 'areas.geojson', new Set())
 */
export function readUserFile(
  bytes: Uint8Array,
  name: string,
  existingIds: ReadonlySet<string>,
): UserLayerResult {
  const early = checkUserFile({ name, size: bytes.byteLength });
  if (early.length > 0) return { ok: false, errors: early };
  const decoded = decodeFile(bytes, messageFileName(name));
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const result = parseUserLayer({ name, size: bytes.byteLength, text: decoded.text }, existingIds);
  if (result.ok && decoded.notice) result.layer.notices.unshift(decoded.notice);
  return result;
}
