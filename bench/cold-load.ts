/**
 * One cold page load in Chromium: a fresh browser context (empty HTTP and code caches), the
 * page's own timing marks, the files it requested, its JS heap after a full GC, and optionally
 * the time from a click on a place to its panel being painted.
 */
import type { Browser, Page } from 'playwright-core';
import {
  LOAD_MARKS,
  MAP_FRAME,
  MAP_SIZE,
  READ_CLICK_PROBE,
  WEBGL_RENDERER,
  RESOURCE_MARKS,
  armClickProbe,
  waitForMarks,
  type ClickMarks,
  type LoadMarks,
  type ResourceMarks,
} from './page-scripts.ts';

export const VIEWPORT = { width: 1280, height: 800 };

export interface ClickTarget {
  /** Where to click, [lng, lat]. */
  lngLat: [number, number];
  /** Accessible name of the `<aside>` the click should open. */
  panelName: string;
}

export interface LoadOptions {
  timeoutMs: number;
  click?: ClickTarget;
}

export interface LoadSample {
  marks: LoadMarks;
  resources: ResourceMarks;
  /** Main-thread JS heap after a forced GC (CDP Runtime.getHeapUsage), bytes. */
  heapUsed: number;
  /** Paths of the files the page requested from our server (each once). */
  paths: string[];
  /** Failed requests, error responses and page errors: a sample with any is not trusted. */
  problems: string[];
  click: ClickMarks | null;
  /** One map redraw, ms (see MAP_FRAME). */
  frameMs: number;
  /** The map container's size in CSS pixels. */
  mapSize: { width: number; height: number };
  /** WebGL's renderer string (SwiftShader here). */
  renderer: string;
}

const POLL = (expression: string, timeoutMs: number) => `new Promise((resolve, reject) => {
  const started = performance.now();
  const poll = () => {
    const value = ${expression};
    if (value) resolve(value);
    else if (performance.now() - started > ${timeoutMs}) reject(new Error('timed out: ${expression.replace(/'/g, '')}'));
    else setTimeout(poll, 10);
  };
  poll();
})`;

async function measureClick(page: Page, target: ClickTarget, timeoutMs: number) {
  const at = await page.evaluate(
    `(() => {
      const map = window.__storyMap;
      const p = map.project(${JSON.stringify(target.lngLat)});
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    })()`,
  );
  const { x, y } = at as { x: number; y: number };
  // Hover first, as a reader would, and let the hover repaint settle before the click.
  await page.mouse.move(x, y);
  await page.evaluate(POLL(`window.__storyMap.getCanvas().style.cursor === 'pointer'`, timeoutMs));
  await page.evaluate(POLL(`!window.__storyMap.isMoving() && window.__storyMap.loaded()`, 5_000));
  await page.evaluate(armClickProbe(target.panelName));
  await page.mouse.down();
  await page.mouse.up();
  await page.evaluate(POLL(`${READ_CLICK_PROBE}.painted !== null`, timeoutMs));
  // The same check the browser tests make: the panel is exposed under its accessible name.
  await page
    .getByRole('complementary', { name: target.panelName })
    .waitFor({ state: 'visible', timeout: timeoutMs });
  return (await page.evaluate(`({ ...${READ_CLICK_PROBE} })`)) as ClickMarks;
}

/** Loads `url` once, cold, and measures it. Always closes its browser context. */
export async function coldLoad(
  browser: Browser,
  url: string,
  options: LoadOptions,
): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  context.setDefaultTimeout(options.timeoutMs);
  try {
    const origin = new URL(url).origin;
    const paths = new Set<string>();
    const problems: string[] = [];
    const page = await context.newPage();
    page.on('response', (response) => {
      const at = new URL(response.url());
      if (at.origin !== origin) problems.push(`off-origin request: ${response.url()}`);
      else if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${at.pathname}`);
      else paths.add(at.pathname);
    });
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.addInitScript(LOAD_MARKS);
    await page.goto(url, { waitUntil: 'commit', timeout: options.timeoutMs });
    const marks = (await page.evaluate(waitForMarks(options.timeoutMs))) as LoadMarks;
    const resources = (await page.evaluate(RESOURCE_MARKS)) as ResourceMarks;
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    const mapSize = (await page.evaluate(MAP_SIZE)) as LoadSample['mapSize'];
    const renderer = (await page.evaluate(WEBGL_RENDERER)) as string;
    const frameMs = (await page.evaluate(MAP_FRAME)) as number;
    const click = options.click ? await measureClick(page, options.click, options.timeoutMs) : null;
    return {
      marks,
      resources,
      heapUsed: usedSize,
      paths: [...paths].sort(),
      problems,
      click,
      frameMs,
      mapSize,
      renderer,
    };
  } finally {
    await context.close();
  }
}
