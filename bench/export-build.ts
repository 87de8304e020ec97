/**
 * Builds the two pages the export benchmark serves, from the working tree: the app (its own
 * vite.config.ts) and the comparison page (bench/export-page/). Both go under
 * node_modules/.cache/bench-export/, so nothing new needs ignoring and a `vite build` of dist/
 * running elsewhere (the browser tests) cannot pull files out from under a benchmark.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
const CACHE = `${REPO}node_modules/.cache/bench-export/`;

/** The app as `npx vite build` makes it. */
export const APP_DIST = `${CACHE}app`;
/** The comparison page: the app's map exported by @watergis/maplibre-gl-export. */
export const PAGE_DIST = `${CACHE}page`;
/** Where the results are written. */
export const EXPORT_REPORT = `${REPO}docs/bench-export.md`;

const BUILD_TIMEOUT_MS = 300_000;

async function viteBuild(args: string[]): Promise<void> {
  await promisify(execFile)('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
    cwd: REPO,
    timeout: BUILD_TIMEOUT_MS,
    maxBuffer: 16 * 2 ** 20,
  });
}

/**
 * Builds both pages; with `build: false`, only those not built yet (reusing the last build is
 * for repeated runs while nothing under src/ changes).
 */
export async function buildExportPages(build: boolean, log: (line: string) => void) {
  if (build || !existsSync(`${APP_DIST}/index.html`)) {
    log('building the app…');
    await viteBuild(['--outDir', APP_DIST, '--emptyOutDir']);
  }
  if (build || !existsSync(`${PAGE_DIST}/index.html`)) {
    log('building the maplibre-gl-export page…');
    await viteBuild(['--config', 'bench/export-page/vite.config.ts']);
  }
}
