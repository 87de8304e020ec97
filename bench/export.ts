/**
 * Issue 5's export benchmark: an A4 landscape 300 DPI PNG of the default view, made by the app
 * and by @watergis/maplibre-gl-export from the same map, alternately, in one headless Chromium.
 * A benchmark, not a test: it prints and writes figures and asserts only the output size.
 *
 *   npx tsx bench/export.ts [--runs 7] [--no-build]
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium, waitForMapIdle } from '../scripts/chromium.ts';
import { startServer } from '../scripts/serve.mjs';
import { APP_DIST, EXPORT_REPORT, PAGE_DIST, buildExportPages } from './export-build.ts';
import { writeExportDoc } from './export-doc.ts';
import { measureFrameCost } from './export-frame-cost.ts';
import { INSTALL_COUNTERS } from './export-instrument.ts';
import { pngInfo } from './export-png.ts';
import { exportMarkdown, median, type ExportBenchResults } from './export-report.ts';
import {
  exportOptions,
  exportOurs,
  exportTheirs,
  type ExportRun,
  type MapView,
} from './export-runs.ts';

export interface ExportBenchOptions {
  /** Timed exports of each, 5 to 50 (default 7). */
  runs?: number;
  /** Rebuild both pages first (default true). */
  build?: boolean;
  /** Write docs/bench-export.md (default true). */
  write?: boolean;
  log?: (line: string) => void;
}

const READ_VIEW = (): MapView => {
  const map = window.__storyMap!;
  const { lng, lat } = map.getCenter();
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  return { lng, lat, zoom: map.getZoom(), bearing: map.getBearing(), width, height };
};
const WEBGL = `(() => {
  const gl = document.createElement('canvas').getContext('webgl2');
  const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
  return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : 'unknown';
})()`;

async function open(page: Page, url: string, errors: string[]) {
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { timeout: 60_000 });
  await waitForMapIdle(page);
  await page.evaluate(INSTALL_COUNTERS);
}

export async function runExportBench(
  options: ExportBenchOptions = {},
): Promise<{ markdown: string; results: ExportBenchResults }> {
  const { runs = 7, build = true, write = true, log = console.log } = options;
  if (!Number.isInteger(runs) || runs < 5 || runs > 50)
    throw new Error(`runs: 5 to 50, not ${runs}`);
  const loadAtStart = loadavg()[0]!;
  await buildExportPages(build, log);
  // Closed in reverse order at the end, whatever happens.
  const closers: (() => Promise<unknown>)[] = [];
  try {
    const appServer = await startServer({ root: APP_DIST });
    closers.push(appServer.close);
    const pageServer = await startServer({ root: PAGE_DIST });
    closers.push(pageServer.close);
    const browser = await launchChromium();
    closers.push(() => browser.close());
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    const app = await context.newPage();
    await open(app, appServer.url, errors);
    const view = await app.evaluate(READ_VIEW);
    const title = await app.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '');
    const query = new URLSearchParams(Object.entries(view).map(([k, v]) => [k, String(v)]));
    const plugin = await context.newPage();
    await open(plugin, `${pageServer.url}index.html?${query}`, errors);
    const versions = await plugin.evaluate(() => window.__exportVersions!);
    const ours = () => app.bringToFront().then(() => exportOurs(app, exportOptions(title, view)));
    const theirs = () => plugin.bringToFront().then(() => exportTheirs(plugin));
    log('warm-up export of each…');
    await ours();
    await theirs();
    const results: { ours: ExportRun[]; theirs: ExportRun[] } = { ours: [], theirs: [] };
    for (let i = 0; i < runs; i++) {
      for (const side of i % 2 ? (['theirs', 'ours'] as const) : (['ours', 'theirs'] as const)) {
        const run = await (side === 'ours' ? ours() : theirs());
        results[side].push(run);
        log(`run ${i + 1}/${runs} ${side}: ${run.wallMs.toFixed(0)} ms`);
      }
    }
    log('one frame at print size…');
    const frameCost = await measureFrameCost(app);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const oursPng = pngInfo(results.ours[0]!.head);
    for (const run of results.ours) {
      const p = pngInfo(run.head);
      if (p.width !== 3508 || p.height !== 2480) throw new Error(`ours: ${p.width}×${p.height} px`);
    }
    const medianOursMs = median(results.ours.map((r) => r.wallMs));
    const medianTheirsMs = median(results.theirs.map((r) => r.wallMs));
    const full: ExportBenchResults = {
      runs,
      ...results,
      oursPng,
      theirsPng: pngInfo(results.theirs[0]!.head),
      medianOursMs,
      medianTheirsMs,
      ratio: medianTheirsMs / medianOursMs,
      view,
      frameCost,
      versions: { app: await app.evaluate(() => window.__storyMap!.version), ...versions },
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        load: [loadAtStart, loadavg()[0]!],
        chromium: browser.version(),
        webgl: String(await app.evaluate(WEBGL)),
      },
    };
    const markdown = exportMarkdown(full);
    if (write) writeExportDoc(EXPORT_REPORT, markdown);
    return { markdown, results: full };
  } finally {
    for (const close of closers.reverse()) await close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '7' }, 'no-build': { type: 'boolean' } },
  });
  const { markdown } = await runExportBench({
    runs: Number(values.runs),
    build: !values['no-build'],
  });
  console.log(`\n${markdown}\nwritten to ${EXPORT_REPORT}`);
}
