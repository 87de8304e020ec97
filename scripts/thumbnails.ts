/**
 * `npm run thumbnails` (after `npm run build`): a 640×360 PNG of every story on the index page,
 * made by the snapshot CLI's own code (the export dialog's code path, in headless Chromium),
 * written to `data/stories/<id>/thumbnail.png` through a temporary file, then named in
 * `data/stories/index.json`, so no geo dataset is needed. Run `npm run build` again to serve them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { stringifyJson } from '../geo-build/lib/serialize.ts';
import type { StoryIndex } from '../src/types.ts';
import { launchChromium } from './chromium.ts';
import { renderJob } from './snapshot-render.ts';
import { writeAtomically } from './snapshot-output.ts';
import { withTimeout } from './stage.ts';
import {
  indexWithThumbnails,
  THUMBNAIL_FILE,
  THUMBNAIL_SIZE,
  thumbnailJobs,
} from './thumbnail-jobs.ts';
import { startServer } from './serve.mjs';

const ROOT = join(import.meta.dirname, '..');
const INDEX = join(ROOT, 'data/stories/index.json');
const DIST = join(ROOT, 'dist');
const TIMEOUT_MS = 120_000;

function fail(message: string, code: number): never {
  console.error(`thumbnails: ${message}`);
  process.exit(code);
}

if (!existsSync(join(DIST, 'index.html'))) {
  fail('the built app is missing (dist/index.html): run "npm run build" first.', 2);
}
const index = JSON.parse(readFileSync(INDEX, 'utf8')) as StoryIndex;
const jobs = thumbnailJobs(index);

let browser: Browser | undefined;
let server: { url: string; close(): Promise<void> } | undefined;
const made: string[] = [];
let exitCode = 0;
try {
  server = await withTimeout('starting the local server', 15_000, startServer({ root: DIST }));
  browser = await withTimeout('starting Chromium', 60_000, launchChromium());
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const job of jobs) {
    const out = join(ROOT, 'data/stories', job.story, THUMBNAIL_FILE);
    try {
      const { bytes } = await renderJob(page, server.url, job, TIMEOUT_MS);
      // Checked before it replaces anything: the index page lays it out at this size.
      const { width, height } = PNG.sync.read(bytes);
      if (width !== THUMBNAIL_SIZE.width || height !== THUMBNAIL_SIZE.height) {
        throw new Error(`the export is ${width}×${height}, not 640×360`);
      }
      writeAtomically(out, bytes);
      made.push(job.story);
      console.log(`Wrote data/stories/${job.story}/${THUMBNAIL_FILE} (${bytes.length} bytes).`);
    } catch (e) {
      exitCode = 1;
      console.error(`thumbnails: story "${job.story}": ${(e as Error).message}`);
    }
  }
} catch (e) {
  exitCode = 1;
  console.error(`thumbnails: ${(e as Error).message}`);
} finally {
  await Promise.allSettled([browser?.close(), server?.close()]);
}
if (made.length > 0) {
  writeAtomically(INDEX, Buffer.from(stringifyJson(indexWithThumbnails(index, made))));
  console.log(
    `data/stories/index.json names ${made.length} thumbnail(s); run "npm run build" to serve them.`,
  );
}
process.exit(exitCode);
