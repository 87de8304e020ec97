/**
 * One timed export in each page: the app's own (`window.__storyExport`, the dialog's code path)
 * and maplibre-gl-export's on the comparison page (`window.__pluginExport`, bench/export-page/).
 * Browser code is anonymous arrow functions or strings: tsx wraps named functions in `__name`.
 */
import type { Page } from 'playwright-core';
import type { SnapshotOptions } from '../src/export/browser/snapshot.ts';
// Also brings in the comparison page's window globals.
import type { PluginExportResult } from './export-page/plugin-export.ts';
import { READ_COUNTERS, type Counters } from './export-instrument.ts';

/** The live map's view and size in CSS px. */
export interface MapView {
  lng: number;
  lat: number;
  zoom: number;
  bearing: number;
  width: number;
  height: number;
}

export interface ExportRun {
  /** From the call to the file's bytes being ready, measured in the page. */
  wallMs: number;
  /** Per stage, in ms (ours: the export's own `timings`; theirs: what could be measured). */
  stages: Record<string, number>;
  fileName: string;
  bytes: number;
  /** The file's first bytes, base64: enough for the PNG's IHDR and pHYs chunks. */
  head: string;
  /** WebGL draw calls and MapLibre frames during the export (see export-instrument.ts). */
  draws: number;
  frames: number;
}

const RUN_TIMEOUT_MS = 180_000;

/**
 * The export issue 5 benchmarks: A4 landscape at 300 DPI, PNG, with the full composition. The
 * view is the live map's own center and zoom, as maplibre-gl-export takes them, so both draw the
 * same area (the dialog would zoom in a little to fit the on-screen view to the page).
 */
export const exportOptions = (title: string, view: MapView): SnapshotOptions => ({
  preset: 'a4-landscape',
  dpi: 300,
  format: 'png',
  title,
  show: {
    title: true,
    date: true,
    legend: true,
    scaleBar: true,
    northArrow: true,
    callout: false,
    inset: true,
  },
  view: { center: [view.lng, view.lat], zoom: view.zoom },
});

/** `work`, or an error after RUN_TIMEOUT_MS (page.evaluate has no timeout of its own). */
export function bounded<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no result in ${RUN_TIMEOUT_MS} ms`)),
      RUN_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** One export by the app. */
export async function exportOurs(page: Page, options: SnapshotOptions): Promise<ExportRun> {
  await page.evaluate(READ_COUNTERS);
  const run = page.evaluate(async (opts) => {
    const started = performance.now();
    const out = await window.__storyExport!(opts);
    const wallMs = performance.now() - started;
    const padding = out.base64.endsWith('==') ? 2 : out.base64.endsWith('=') ? 1 : 0;
    return {
      wallMs,
      timings: out.timings,
      fileName: out.fileName,
      bytes: (out.base64.length * 3) / 4 - padding,
      head: out.base64.slice(0, 200),
    };
  }, options);
  const { timings, ...out } = await bounded(run, 'our export');
  const counters = (await page.evaluate(READ_COUNTERS)) as Counters;
  const { layout = 0, render = 0, composition = 0, encode = 0 } = timings;
  const stages = {
    layout,
    render: render - counters.readBackMs,
    readBack: counters.readBackMs,
    composition,
    encode,
    // The page hook's base64 copy for the DevTools protocol, after the export proper.
    transfer: out.wallMs - layout - render - composition - encode,
  };
  return { ...out, stages, draws: counters.draws, frames: counters.frames };
}

/** One export by maplibre-gl-export on the comparison page. */
export async function exportTheirs(page: Page): Promise<ExportRun> {
  await page.evaluate(READ_COUNTERS);
  const run = page.evaluate((): Promise<PluginExportResult> => window.__pluginExport!());
  const { toDataUrlMs, ...out } = await bounded(run, 'maplibre-gl-export');
  const counters = (await page.evaluate(READ_COUNTERS)) as Counters;
  const stages = { render: out.wallMs - toDataUrlMs, readBackEncode: toDataUrlMs };
  return { ...out, stages, draws: counters.draws, frames: counters.frames };
}
