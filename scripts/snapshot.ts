/**
 * `npm run snapshot -- --place sudzha --preset a4-landscape --dpi 300 --format png --out sudzha.png`
 * `npm run snapshot -- --manifest views.json --jobs 2`
 * Opens the built app in headless Chromium and exports through the same code as the dialog.
 * Every argument is checked before the browser starts, every stage has a time limit, the exit
 * code is non-zero on any failure (2: the request, 1: the run) and no partial file is left.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { USAGE, parseSnapshotArgs, type SnapshotArgs } from './snapshot-args.ts';
import { defaultOutName, type SnapshotJob } from './snapshot-job.ts';
import { readManifest } from './snapshot-manifest.ts';
import { checkOutput, writeAtomically } from './snapshot-output.ts';
import { withTimeout } from './stage.ts';

function fail(message: string, code = 2): never {
  console.error(`snapshot: ${message}`);
  process.exit(code);
}

let args: SnapshotArgs;
let jobs: (SnapshotJob & { index: number })[];
try {
  args = parseSnapshotArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    process.exit(0);
  }
  jobs = args.manifest ? readManifest(args.manifest) : [{ ...args.job!, index: 1 }];
  for (const job of jobs) if (job.out) checkOutput(job.out);
  if (!existsSync(join(args.dist, 'index.html'))) {
    throw new Error(
      `the built app is missing (${join(args.dist, 'index.html')}): run "npm run build" first.`,
    );
  }
} catch (e) {
  fail((e as Error).message);
}
for (const job of jobs) {
  if (job.date) {
    console.error(
      `snapshot: note: --date ${job.date} is recorded, but no layer of this story is dated yet, ` +
        'so it changes nothing.',
    );
  }
}

const batch = args.manifest !== undefined;
const started = Date.now();
let browser: Browser | undefined;
let server: { url: string; close(): Promise<void> } | undefined;

/** Closes what was started, within a few seconds whatever state it is in. */
async function shutDown(): Promise<void> {
  await withTimeout(
    'closing the browser',
    10_000,
    Promise.allSettled([browser?.close(), server?.close()]),
  ).catch(() => undefined);
}

// The browser side is loaded only once every argument has passed, so a refusal is quick.
const { launchChromium } = await import('./chromium.ts');
const { startServer } = await import('./serve.mjs');
const { JobError, renderJob } = await import('./snapshot-render.ts');

let failed = 0;
let exitCode = 0;
try {
  server = await withTimeout('starting the local server', 15_000, startServer({ root: args.dist }));
  browser = await withTimeout('starting Chromium', 60_000, launchChromium());
  const queue = [...jobs];
  const width = String(jobs.length).length;
  const worker = async () => {
    const page = await withTimeout(
      'opening a page',
      30_000,
      browser!.newPage({ viewport: { width: 1280, height: 800 } }),
    );
    for (let job = queue.shift(); job; job = queue.shift()) {
      const t0 = Date.now();
      const label = `[${String(job.index).padStart(width)}/${jobs.length}]`;
      try {
        const { bytes, result } = await renderJob(page, server!.url, job, args.timeoutMs);
        const out = job.out ?? defaultOutName(job) ?? result.fileName;
        if (!job.out) checkOutput(out);
        writeAtomically(out, bytes);
        const seconds = ((Date.now() - t0) / 1000).toFixed(1);
        const what =
          `${result.width}×${result.height} px, ${Math.round(result.dpi)} DPI, ` +
          `${(bytes.length / 1024).toFixed(0)} KB`;
        console.log(
          batch
            ? `${label} ${out}: ${what}, ${seconds} s`
            : `Wrote ${out}: ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
        );
      } catch (e) {
        failed++;
        const code = e instanceof JobError ? 2 : 1;
        exitCode = Math.max(exitCode, code);
        console.error(`snapshot: ${batch ? `${label} ` : ''}${(e as Error).message}`);
        if ((e as Error).name === 'StageTimeout') {
          // A page that timed out may still be busy: the next job gets a fresh one.
          await page.close().catch(() => undefined);
          if (queue.length > 0) return worker();
          return;
        }
      }
    }
    await page.close().catch(() => undefined);
  };
  await Promise.all(Array.from({ length: Math.min(args.jobs, jobs.length) }, worker));
} catch (e) {
  console.error(`snapshot: ${(e as Error).message}`);
  exitCode = 1;
} finally {
  await shutDown();
}
if (batch) {
  const seconds = (Date.now() - started) / 1000;
  const made = jobs.length - failed;
  console.log(
    `${made} of ${jobs.length} snapshots written in ${seconds.toFixed(1)} s ` +
      `(${(seconds / jobs.length).toFixed(1)} s each, ${args.jobs} in parallel)` +
      (failed > 0 ? `; ${failed} failed.` : '.'),
  );
}
process.exit(exitCode);
