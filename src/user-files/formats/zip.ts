/**
 * A zip (KMZ, zipped Shapefile) opened without trusting it: the central directory's entry count
 * and declared uncompressed sizes are checked before a byte is inflated, and inflation stops at
 * the limit even when the directory lies about the sizes (fflate's streaming `Unzip`, fed in
 * small chunks so no single step can produce more than a few megabytes).
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { formatBytes, formatCount, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES } from '../limits.ts';

/** One entry as the central directory declares it. */
export interface ZipEntry {
  name: string;
  /** Declared uncompressed size in bytes. */
  size: number;
}

/** Compressed bytes pushed per step: deflate expands at most ~1,032×, so ≤ 17 MB per step. */
const CHUNK = 16 * 1024;

class TooManyEntries extends Error {}

/**
 * The zip's entries from its central directory, or why it is refused (too many entries, too
 * large uncompressed, unreadable). Inflates nothing.
 * @example listZip(bytes) // { entries: [{ name: 'doc.kml', size: 5120 }] }
 */
export function listZip(bytes: Uint8Array): { entries: ZipEntry[] } | { error: string } {
  const entries: ZipEntry[] = [];
  let total = 0;
  try {
    // The filter sees each central directory record and declines it: nothing is inflated.
    unzipSync(bytes, {
      filter: (file) => {
        if (entries.length >= MAX_ZIP_ENTRIES) throw new TooManyEntries();
        entries.push({ name: file.name, size: file.originalSize });
        total += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooManyEntries) {
      return {
        error: `is a zip with more than ${formatCount(MAX_ZIP_ENTRIES)} entries, the limit; not opened`,
      };
    }
    return {
      error: `is not a readable zip (${error instanceof Error ? error.message : 'damaged'})`,
    };
  }
  if (total > MAX_UNZIPPED_BYTES) {
    return {
      error:
        `is a zip whose uncompressed size ${formatBytes(total)} exceeds the ` +
        `${formatBytes(MAX_UNZIPPED_BYTES)} limit; not opened`,
    };
  }
  return { entries };
}

/**
 * Inflates the entries named in `wanted`, at most MAX_UNZIPPED_BYTES in all, counted on the
 * bytes actually produced.
 * @example inflateEntries(bytes, new Set(['doc.kml'])) // { files: Map { 'doc.kml' => Uint8Array } }
 */
export function inflateEntries(
  bytes: Uint8Array,
  wanted: ReadonlySet<string>,
): { files: Map<string, Uint8Array> } | { error: string } {
  const parts = new Map<string, Uint8Array[]>();
  let produced = 0;
  let failure: string | null = null;
  const unzip = new Unzip((file) => {
    if (!wanted.has(file.name) || parts.has(file.name)) return;
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    file.ondata = (error, chunk) => {
      if (failure) return;
      if (error) {
        failure = `is a damaged zip (${file.name}: ${error.message})`;
        return;
      }
      produced += chunk.length;
      if (produced > MAX_UNZIPPED_BYTES) {
        failure =
          `is a zip whose entries inflate past the ${formatBytes(MAX_UNZIPPED_BYTES)} limit ` +
          '(more than its directory declares); not opened';
        file.terminate();
        return;
      }
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK) {
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
    }
  } catch (error) {
    failure ??= `is a damaged zip (${error instanceof Error ? error.message : String(error)})`;
  }
  if (failure) return { error: failure };
  const files = new Map<string, Uint8Array>();
  for (const [name, chunks] of parts) files.set(name, concat(chunks));
  return { files };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
