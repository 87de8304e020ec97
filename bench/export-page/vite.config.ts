/**
 * Builds the export benchmark's comparison page (`npx vite build --config
 * bench/export-page/vite.config.ts`). Output goes under node_modules/.cache, so nothing new needs
 * ignoring. Same build target and asset rules as the app's vite.config.ts.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { dataReceipts } from '../../scripts/data-receipts.ts';
import { PAGE_DIST } from '../export-build.ts';
import { REPO } from '../paths.ts';

// The maplibre-gl the plugin itself imports: its nested copy (it asks for ^5), not the app's 6.
const plugin = createRequire(import.meta.url).resolve('@watergis/maplibre-gl-export');
const pluginMaplibre = createRequire(plugin).resolve('maplibre-gl');

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  // The page shares the app's story-files module, which imports the receipts.
  plugins: [dataReceipts(REPO)],
  resolve: { alias: { 'bench-plugin-maplibre': pluginMaplibre } },
  build: {
    outDir: PAGE_DIST,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 3000,
  },
});
