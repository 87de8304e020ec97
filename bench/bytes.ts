/**
 * Bytes shipped: every file a page requested, mapped back to the file on disk and gzipped at
 * level 9 (what a gzip-serving host would send; the benchmark's server sends files as they are).
 * woff2 fonts are already compressed, so gzip barely changes them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CATEGORIES = ['JS', 'CSS', 'data', 'fonts', 'HTML', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Size {
  raw: number;
  gzip: number;
}

export type SizeByCategory = Record<Category | 'total', Size>;

export function categoryOf(path: string): Category {
  if (/\.m?js$/.test(path)) return 'JS';
  if (path.endsWith('.css')) return 'CSS';
  if (/\.(geo)?json$/.test(path)) return 'data';
  if (/\.woff2?$/.test(path)) return 'fonts';
  if (path.endsWith('.html')) return 'HTML';
  return 'other';
}

const sizes = new Map<string, Size>();

/** Raw and gzip -9 size of a file, computed once per path. */
export function sizeOf(file: string): Size {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(file);
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(file, size);
  }
  return size;
}

/** The file a URL path of our static server reads ("/" is index.html, as in scripts/serve.mjs). */
export function fileForPath(root: string, urlPath: string): string {
  const path = decodeURIComponent(urlPath);
  return join(root, path.endsWith('/') ? `${path}index.html` : path);
}

function emptySizes(): SizeByCategory {
  const entries = [...CATEGORIES, 'total' as const].map((c) => [c, { raw: 0, gzip: 0 }]);
  return Object.fromEntries(entries) as SizeByCategory;
}

/** Sums the sizes of `files` (paths on disk) by category. */
export function sumByCategory(files: Iterable<string>): SizeByCategory {
  const out = emptySizes();
  for (const file of files) {
    const size = sizeOf(file);
    for (const key of [categoryOf(file), 'total'] as const) {
      out[key].raw += size.raw;
      out[key].gzip += size.gzip;
    }
  }
  return out;
}

/** MapLibre GL JS as published: the main bundle, the worker and the stylesheet. */
export function maplibreAlone(): SizeByCategory {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('maplibre-gl/dist/maplibre-gl.css'));
  return sumByCategory(
    ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'].map((f) => join(dist, f)),
  );
}
