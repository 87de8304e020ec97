/**
 * Issue 13, start-up: the page asks for the app's code with its HTML (scripts/preload-app.ts),
 * side by side with the entry and the story's data, and downloads each file once.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { openApp } from './app.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Timing {
  path: string;
  start: number;
}

describe('start-up', () => {
  it('preloads the app chunk from the HTML, before the data is asked for, and fetches it once', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const timings: Timing[] = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({
        path: new URL(e.name).pathname,
        start: e.startTime,
      })),
    );
    const chunks = timings.filter((t) => /\/assets\/mount-story-[^/]+\.js$/.test(t.path));
    expect(chunks, JSON.stringify(timings)).toHaveLength(1);
    const [chunk] = chunks;
    // Asked for by the HTML's <link rel="modulepreload">, not only by the entry's import().
    const preload = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
        (l) => new URL(l.href).pathname,
      ),
    );
    expect(preload).toContain(chunk!.path);
    const firstData = Math.min(
      ...timings.filter((t) => /\.(geo)?json$/.test(t.path)).map((t) => t.start),
    );
    expect(chunk!.start).toBeLessThan(firstData);
    // No file twice (a preload whose CORS mode differed from the import would be fetched again).
    // (The browser asks for the favicon on its own, more than once.)
    const paths = timings.map((t) => t.path).filter((p) => !p.endsWith('/favicon.svg'));
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
