/** Opens the built app in Chromium and records everything a test must check afterwards. */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { waitForMapIdle } from '../../scripts/chromium.ts';

export interface OpenedApp {
  page: Page;
  baseUrl: string;
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Requests that tried to leave the page's origin (they are blocked). */
  offOrigin: string[];
  close(): Promise<void>;
}

export const ARTIFACTS = 'test-results';

export async function openApp(
  browser: Browser,
  hash = '',
  options: BrowserContextOptions = {},
  /** What says the page is ready: the map's first idle, for every story page. */
  ready: (page: Page) => Promise<void> = waitForMapIdle,
): Promise<OpenedApp> {
  const baseUrl = inject('baseUrl');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const errors: string[] = [];
  const offOrigin: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    offOrigin.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  await page.goto(baseUrl + hash);
  await ready(page);
  return { page, baseUrl, errors, offOrigin, close: () => context.close() };
}

export { waitForMapIdle as waitForIdle };

/** Screen position of a longitude/latitude in page coordinates. */
export async function screenPoint(page: Page, lngLat: [number, number]) {
  return page.evaluate((ll) => {
    const map = window.__storyMap!;
    const p = map.project(ll);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lngLat);
}

export async function saveScreenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
}
