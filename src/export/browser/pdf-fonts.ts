/**
 * The bundled Noto Sans files for the PDF writer, fetched from the app's own origin (Vite
 * copies them into `dist/assets`). WOFF, not WOFF2: fontkit reads WOFF without a Brotli decoder.
 */
import cyrillicBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff?url';
import cyrillicRegular from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import type { FontSource } from '../core/index.ts';

const URLS = {
  'latin-normal': latinRegular,
  'latin-bold': latinBold,
  'cyrillic-normal': cyrillicRegular,
  'cyrillic-bold': cyrillicBold,
} as const;

const cache = new Map<string, Promise<Uint8Array>>();

/** Fetches (once per page) the font file of a face. */
export const bundledFonts: FontSource = (face) => {
  const key = `${face.subset}-${face.weight}` as const;
  let bytes = cache.get(key);
  if (!bytes) {
    bytes = fetch(URLS[key]).then(async (response) => {
      if (!response.ok)
        throw new Error(`Font ${URLS[key]} could not be loaded (${response.status}).`);
      return new Uint8Array(await response.arrayBuffer());
    });
    bytes.catch(() => cache.delete(key));
    cache.set(key, bytes);
  }
  return bytes;
};
