import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { dataReceipts } from './scripts/data-receipts.ts';
import { preloadApp } from './scripts/preload-app.ts';

export default defineConfig({
  // The app's code is asked for with the HTML, not after the entry has run, and the stories' files
  // are checked when the app is built, not again by the page (issue 13).
  plugins: [svelte(), preloadApp('src/app/mount-story.ts'), dataReceipts()],
  // The dev server scans only the app's page for dependencies to pre-bundle, not the benchmark
  // pages under bench/, whose imports only their own configs resolve.
  optimizeDeps: { entries: ['index.html'] },
  // Relative base so the built app works from any folder or static host.
  base: './',
  // ES module workers can load chunks on demand: the reader worker imports each file format's
  // converter only when a file needs it (issue 11).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    // The machine's two cores: unit files and browser files share them.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two browser test files at a time (the machine's two cores), each with its own
          // Chromium and context: keeps `npm test` within 15 minutes. The whole suite also
          // passes on a machine three times as loaded (a CI run at load average 6 to 10).
          fileParallelism: true,
        },
      },
    ],
  },
});
