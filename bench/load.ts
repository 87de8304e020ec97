/**
 * Issue 7's load benchmark: the app against a bare MapLibre page drawing the same style and
 * GeoJSON, over alternating cold loads. Returns the Markdown report; `scripts/bench.ts` prints it
 * and writes it to docs/bench-load.md.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.ts';
import { startServer } from '../scripts/serve.mjs';
import { assertBuilt, buildPages } from './build.ts';
import { fileForPath, maplibreAlone, sumByCategory } from './bytes.ts';
import { coldLoad, type ClickTarget, type LoadSample } from './cold-load.ts';
import { loadReport, type LoadResults } from './load-report.ts';
import { describeMachine, loadAverage } from './machine.ts';
import { APP_DIST, BARE_DIST, BARE_PAGE } from './paths.ts';

export interface LoadBenchOptions {
  /** Measured cold loads of each page (at least 5). */
  runs: number;
  /** Build both pages first (otherwise use the last build, see build.ts). */
  build: boolean;
  /** Per page load: navigation to idle, and the click. */
  timeoutMs: number;
  log: (line: string) => void;
}

/** Sudzha, the town the story is about: its panel is what a reader opens first. */
const CLICK: ClickTarget = { lngLat: [35.2726, 51.1976], panelName: 'Sudzha' };

/** The files a set of loads requested, with a problem noted if the loads disagree. */
function filesOf(name: string, root: string, samples: LoadSample[], problems: string[]) {
  const sets = new Set(samples.map((s) => s.paths.join('\n')));
  if (sets.size > 1) problems.push(`${name}: the set of requested files varied between loads`);
  const files = [...new Set(samples.flatMap((s) => s.paths))].map((p) => fileForPath(root, p));
  for (const file of files) if (!existsSync(file)) problems.push(`${name}: no file for ${file}`);
  return files.filter((f) => existsSync(f));
}

async function measure(browser: Browser, options: LoadBenchOptions, appUrl: string, bare: string) {
  const load = { timeoutMs: options.timeoutMs };
  options.log('warm-up: one load of each page (not counted)');
  const warm = await coldLoad(browser, appUrl, load);
  const { width, height } = warm.mapSize;
  // The bare map gets exactly the app's map size, so both draw the same number of pixels.
  const bareUrl = `${bare}${BARE_PAGE}?w=${width}&h=${height}`;
  await coldLoad(browser, bareUrl, load);
  const app: LoadSample[] = [];
  const bareSamples: LoadSample[] = [];
  for (let i = 0; i < options.runs; i++) {
    const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
    for (const page of order) {
      if (page === 'app') app.push(await coldLoad(browser, appUrl, { ...load, click: CLICK }));
      else bareSamples.push(await coldLoad(browser, bareUrl, load));
    }
    const a = app.at(-1)!;
    const b = bareSamples.at(-1)!;
    options.log(
      `run ${i + 1}/${options.runs}: idle app ${a.marks.idle?.toFixed(0)} ms, ` +
        `bare ${b.marks.idle?.toFixed(0)} ms; click → panel ` +
        `${((a.click?.painted ?? NaN) - (a.click?.down ?? NaN)).toFixed(1)} ms`,
    );
  }
  return { app, bare: bareSamples, mapSize: warm.mapSize, renderer: warm.renderer };
}

export async function runLoadBench(options: LoadBenchOptions): Promise<string> {
  const loadAtStart = loadAverage();
  if (options.runs < 5) throw new Error('the load benchmark needs at least 5 runs of each page');
  if (options.build) {
    options.log('building the app and the bare MapLibre page (vite build, both)…');
    await buildPages();
  } else {
    assertBuilt();
    options.log('using the last build of both pages (--no-build)');
  }
  const appServer = await startServer({ root: APP_DIST });
  const bareServer = await startServer({ root: BARE_DIST });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const runs = await measure(browser, options, appServer.url, bareServer.url);
    const problems = [...runs.app, ...runs.bare].flatMap((s) => s.problems);
    const appFiles = filesOf('app', APP_DIST, runs.app, problems);
    const bareFiles = filesOf('bare', BARE_DIST, runs.bare, problems);
    const results: LoadResults = {
      machine: describeMachine(browser.version(), runs.renderer, loadAtStart),
      runs: options.runs,
      mapSize: runs.mapSize,
      app: runs.app,
      bare: runs.bare,
      bytes: {
        app: sumByCategory(appFiles),
        bare: sumByCategory(bareFiles),
        maplibre: maplibreAlone(),
      },
      problems: [...new Set(problems)],
    };
    return loadReport(results);
  } finally {
    await browser?.close();
    await appServer.close();
    await bareServer.close();
  }
}
