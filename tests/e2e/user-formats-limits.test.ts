/**
 * Issue 11: files at the limits stay responsive (reading, converting and validating run in the
 * worker; MapLibre simplifies the drawing by zoom), the read can be cancelled leaving nothing
 * half-added, and a polygon across the antimeridian draws on both sides. The layer's data never
 * passes through the page's thread (src/map/map-worker.ts): the page fetches no blob: URL. The
 * longest main-thread task while a file is imported and drawn is measured (PerformanceObserver
 * 'longtask') and reported with import times, next to the story map's own redraw for scale: under
 * software WebGL each map frame is such a task. The bound asserted is generous because this runs
 * on a shared 2-core machine (figures in the report).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import * as make from '../fixtures/user/formats/make.ts';
import { openApp, waitForIdle, type OpenedApp } from './app.ts';
import { pick, refusals, removeButton, storyState } from './user-files.ts';

let browser: Browser;
let app: OpenedApp;
let before: Awaited<ReturnType<typeof storyState>>;
const figures: string[] = [];

/** Longest main-thread task allowed while a file at the limits is imported and drawn. */
const LONGEST_TASK_BOUND_MS = 2_500;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser);
  before = await storyState(app.page);
  const redraw = await storyRedrawMs(app.page);
  figures.push(`  for scale: the story map alone redrawing after a camera jump: ${redraw} ms`);
  // Records every fetch the page's own thread makes of a blob: URL (a reader's layer's data).
  await app.page.evaluate(() => {
    window.__pageBlobFetches = [];
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('blob:')) window.__pageBlobFetches!.push(url);
      return original(input, init);
    };
  });
});
afterAll(async () => {
  console.log(`Reader files at the limits:\n${figures.join('\n')}`);
  await app?.close();
  await browser?.close();
});

const text = (s: string) => new TextEncoder().encode(s);

/** Starts recording the page thread's long tasks; returns the time origin for the import. */
const startProbe = (page: Page) =>
  page.evaluate(() => {
    window.__longest = 0;
    window.__longtasks = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longest = Math.max(window.__longest ?? 0, e.duration);
    });
    window.__longtasks.observe({ type: 'longtask' });
    return performance.now();
  });
const stopProbe = async (page: Page) => {
  // Long-task entries arrive after the task: give them a moment.
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    window.__longtasks?.disconnect();
    return Math.round(window.__longest ?? 0);
  });
};
/**
 * Software WebGL makes each of the map's frames a main-thread task of 100 to 300 ms here: the
 * longest task of the story map redrawing after two camera jumps is the scale for the import's.
 */
const storyRedrawMs = (page: Page) =>
  page.evaluate(async () => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
    });
    observer.observe({ type: 'longtask' });
    const map = window.__storyMap!;
    const { lng, lat } = map.getCenter();
    const zoom = map.getZoom();
    const settle = async () => {
      await new Promise((resolve) => map.once('idle', resolve));
      await new Promise((resolve) => setTimeout(resolve, 300));
    };
    map.jumpTo({ center: [lng + 0.8, lat - 0.3], zoom: zoom + 1.2 });
    await settle();
    map.jumpTo({ center: [lng, lat], zoom });
    await settle();
    observer.disconnect();
    return Math.round(longest);
  });
const since = (page: Page, t0: number) =>
  page.evaluate((t) => Math.round(performance.now() - t), t0);

const drawnCount = (page: Page, prefix: string) =>
  page.evaluate((p) => {
    const map = window.__storyMap!;
    const layers = map
      .getStyle()
      .layers.filter((l) => l.id.startsWith(p))
      .map((l) => l.id);
    return new Set(map.queryRenderedFeatures({ layers }).map((f) => f.id)).size;
  }, prefix);

/**
 * Puts the file in the page before anything is timed (sending megabytes through the DevTools
 * protocol is the harness's own main-thread work), then drops it on the map.
 */
async function stageAndDrop(page: Page, name: string, bytes: Uint8Array): Promise<number> {
  await page.evaluate(
    ({ n, b64 }) => {
      const raw = atob(b64);
      const data = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
      window.__files = [new File([data], n)];
    },
    { n: name, b64: Buffer.from(bytes).toString('base64') },
  );
  await page.waitForTimeout(500);
  const t0 = await startProbe(page);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    for (const file of window.__files ?? []) dt.items.add(file);
    window.__files = [];
    const target = document.querySelector('section[aria-label="Story map"]')!;
    target.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
    target.dispatchEvent(
      new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
  });
  return t0;
}

/** Imports a file expected to be added; reports import time and the longest task. */
async function importAtLimit(label: string, name: string, bytes: Uint8Array): Promise<string> {
  const { page } = app;
  const layerName = name.replace(/\.[a-z]+$/, '');
  const t0 = await stageAndDrop(page, name, bytes);
  const remove = removeButton(page, layerName);
  await remove.waitFor({ timeout: 120_000 });
  const listed = await since(page, t0);
  await page.waitForTimeout(300);
  const whileReading = await page.evaluate(() => Math.round(window.__longest ?? 0));
  await waitForIdle(page);
  const drawn = await since(page, t0);
  const longest = await stopProbe(page);
  const mb = (bytes.length / 1024 / 1024).toFixed(1);
  figures.push(
    `  ${label} (${mb} MB): listed after ${listed} ms (longest task until then ${whileReading} ms), drawn after ${drawn} ms, longest main-thread task ${longest} ms`,
  );
  // The layer's data never passes through the page's thread: the map's worker reads its blob.
  expect(await page.evaluate(() => window.__pageBlobFetches)).toEqual([]);
  expect(longest).toBeLessThan(LONGEST_TASK_BOUND_MS);
  return `user-${layerName}`;
}

describe('files at the limits', { timeout: 300_000 }, () => {
  it('one LineString of 999,999 positions (KMZ) draws, the map settles, the page stays responsive', async () => {
    const id = await importAtLimit(
      'LineString of 999,999 positions',
      'long-line.kmz',
      make.longLineKmz(999_999),
    );
    expect(await drawnCount(app.page, `${id}:`)).toBe(1);
    // Zooming in redraws the simplified line at the new zoom, and settles again.
    await app.page.evaluate(() => window.__storyMap!.zoomTo(11, { animate: false }));
    await waitForIdle(app.page);
    expect(await drawnCount(app.page, `${id}:`)).toBe(1);
    await removeButton(app.page, 'long-line').click();
  }, 300_000);

  it('19,999 polygons draw and stay clickable', async () => {
    const id = await importAtLimit(
      '19,999 polygons (GeoJSON)',
      'squares.geojson',
      text(make.manySquares(19_999)),
    );
    expect(await drawnCount(app.page, `${id}:`)).toBeGreaterThan(1000);
    await removeButton(app.page, 'squares').click();
  }, 300_000);

  // Its figure is reported in the closing note of each run that sets IMPORT_TIMINGS=1; it takes
  // 12 s, and `npm test` stays within its 15 minutes without it.
  it.runIf(process.env.IMPORT_TIMINGS === '1')(
    'a KMZ of about 10 MB imports (import time reported)',
    async () => {
      await importAtLimit(
        'KMZ of 800 circles with notes',
        'big.kmz',
        make.bigKmz(9.9 * 1024 * 1024),
      );
      await removeButton(app.page, 'big').click();
    },
    300_000,
  );

  it('a CSV of 19,999 points imports, one of 100,000 is refused at the feature limit (times reported)', async () => {
    await importAtLimit('CSV of 19,999 points', 'points.csv', text(make.csvText({ rows: 19_999 })));
    await removeButton(app.page, 'points').click();
    const { page } = app;
    const t0 = await stageAndDrop(page, 'many.csv', text(make.csvText({ rows: 100_000 })));
    await expect
      .poll(() => refusals(page).textContent(), { timeout: 60_000 })
      .toContain('many.csv: has 20001 features, more than the limit 20000');
    const refused = await since(page, t0);
    figures.push(
      `  CSV of 100,000 points: refused after ${refused} ms, longest main-thread task ${await stopProbe(page)} ms`,
    );
  });
});

describe('cancelling a read', { timeout: 300_000 }, () => {
  it('Cancel ends the read: nothing is added or refused, and the next file reads as usual', async () => {
    const { page } = app;
    await pick(page, 'cancelled.kmz', make.longLineKmz(999_999));
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.click({ timeout: 30_000 });
    await page
      .getByRole('status')
      .filter({ hasText: 'cancelled.kmz' })
      .waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    expect(await page.locator('.user-layers .list li').count()).toBe(0);
    expect(await refusals(page).count()).toBe(0);
    expect(await storyState(page)).toEqual(before);
    const fixtures = await make.formatFixtures();
    await pick(page, 'after.kml', fixtures['areas.kml']!.bytes);
    await removeButton(page, 'after').waitFor({ timeout: 30_000 });
    await removeButton(page, 'after').click();
    expect(app.errors).toEqual([]);
  }, 300_000);
});

describe('across the antimeridian', () => {
  it.each([
    ['split.geojson', true],
    ['past-180.geojson', false],
  ])('%s draws on both sides of 180°', async (name, split) => {
    const { page } = app;
    await pick(page, name, text(make.antimeridianBox(split)));
    const layerName = name.replace('.geojson', '');
    await removeButton(page, layerName).waitFor({ timeout: 30_000 });
    // The story map keeps the reader near Kursk (maxBounds); the test lifts that to look at 180°.
    await page.evaluate((lat) => {
      const map = window.__storyMap!;
      map.setMaxBounds(null);
      map.setMinZoom(0);
      map.jumpTo({ center: [180, lat], zoom: 4 });
    }, make.SUDZHA[1] + 14);
    await waitForIdle(page);
    const lat = make.SUDZHA[1] + 14;
    // 185° is 175°W in the world copy east of 180°, where MapLibre draws that side.
    for (const lng of [175, 185]) {
      const hits = await page.evaluate(
        ({ at, id }) => {
          const map = window.__storyMap!;
          return map.queryRenderedFeatures(map.project(at), { layers: [`${id}:fill`] }).length;
        },
        { at: [lng, lat] as [number, number], id: `user-${layerName}` },
      );
      expect(hits, `${name} at ${lng}°`).toBeGreaterThan(0);
    }
    await removeButton(page, layerName).click();
  });
});
