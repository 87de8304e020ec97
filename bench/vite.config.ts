/**
 * Builds the bare MapLibre page (bench/bare.html) for `npm run bench`. Output goes under
 * node_modules/.cache so nothing new needs ignoring. Same build target and asset rules as the
 * app's vite.config.ts, so the two builds differ only in what they contain.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { dataReceipts } from '../scripts/data-receipts.ts';
import { precomputed } from './precomputed-plugin.ts';
import { BARE_DIST, REPO } from './paths.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // The page shares the app's story-files module, which imports the receipts (unused here).
  plugins: [precomputed(), dataReceipts(REPO)],
  logLevel: 'warn',
  build: {
    outDir: BARE_DIST,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { input: fileURLToPath(new URL('bare.html', import.meta.url)) },
  },
});
