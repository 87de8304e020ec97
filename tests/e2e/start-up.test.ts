/**
 * Issue 13, start-up: the page asks for the app's code with its HTML (scripts/preload-app.ts),
 * side by side with the entry and the story's data, and downloads each file once; files whose
 * bytes the build checked (scripts/data-receipts.ts) are not checked again.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, waitForMapIdle } from '../../scripts/chromium.ts';
import { CHECKED_AT_BUILD_MARK } from '../../src/story/load.ts';
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

  it('shows its loading message only when the story is slow to arrive, then the story', async () => {
    // A first, normal load; then the same page again, slowly.
    const app = await openApp(browser);
    const { page, baseUrl } = app;
    // The story's files held back for 2 s: long enough for the message to appear.
    await page.route(/\.(geo)?json$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
    // At first it takes no layout at all (display: none) until half a second has passed.
    const early = await page.evaluate(() => {
      const boot = document.querySelector('.boot')!;
      const [animation] = boot.getAnimations();
      return {
        display: getComputedStyle(boot).display,
        time: Number(animation?.currentTime ?? NaN),
      };
    });
    expect(early.time).toBeGreaterThanOrEqual(0);
    expect(early.display).toBe(early.time < 500 ? 'none' : 'block');
    await page.getByText('Loading the story map…').waitFor({ state: 'visible', timeout: 1900 });
    await waitForMapIdle(page);
    expect(await page.getByText('Loading the story map…').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('does not check again the files the build checked, but does once one is changed on its way', async () => {
    const app = await openApp(browser);
    const { page, baseUrl } = app;
    const checkedAtBuild = () =>
      page.evaluate((mark) => performance.getEntriesByName(mark).length, CHECKED_AT_BUILD_MARK);
    // The default story and the fixture story: their bytes match the build's receipts.
    expect(await checkedAtBuild()).toBe(1);
    await page.goto(`${baseUrl}?story=test-border-buses`);
    await waitForMapIdle(page);
    expect(await checkedAtBuild()).toBe(1);
    // One byte more in the towns file (a space: still the same JSON) and every check runs.
    await page.route(/\/towns-[^/]+\.geojson$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()} ` });
    });
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    expect(await checkedAtBuild()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page
      .getByRole('button', { name: /Sudzha/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Sudzha', level: 2 }).waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
