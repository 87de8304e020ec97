/**
 * Builds the two pages the load benchmark compares, from the working tree: the app with its own
 * vite.config.ts, the bare page with bench/vite.config.ts. Both go under node_modules/.cache, so
 * the benchmark never rewrites dist/ while a test run may be serving it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { APP_DIST, BARE_DIST, BARE_PAGE, REPO } from './paths.ts';

const run = promisify(execFile);
const VITE = join(REPO, 'node_modules/vite/bin/vite.js');
const BUILD_TIMEOUT_MS = 180_000;

async function vite(args: string[]) {
  await run(process.execPath, [VITE, 'build', '--logLevel', 'warn', ...args], {
    cwd: REPO,
    timeout: BUILD_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** Builds both pages, one after the other (the machine has two cores). */
export async function buildPages(): Promise<void> {
  await vite(['--outDir', APP_DIST, '--emptyOutDir']);
  await vite(['--config', join(REPO, 'bench/vite.config.ts')]);
}

/** Throws unless both pages have been built (for `--no-build`). */
export function assertBuilt(): void {
  for (const file of [join(APP_DIST, 'index.html'), join(BARE_DIST, BARE_PAGE)]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run bench\` once.`);
  }
}
