/**
 * The app embedded in a newsroom's article (issue 14): an <iframe> from 320×400 up, laid out by
 * its own box (container queries), `?embed=1` without the masthead. The host page is served from
 * the app's own origin, which is all the server's `frame-ancestors 'self'` allows.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { saveScreenshot } from './app.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SUDZHA: [number, number] = [35.2726, 51.1976];
const EXCERPT = 'the Ukrainian-controlled town of Sudzha in the Kursk region';

/** Same as scripts/chromium.ts waitForMapIdle, for a frame (a string: the page forbids eval). */
const WAIT_FOR_IDLE = `new Promise((resolve) => {
  const map = window.__storyMap;
  const done = () => (map.loaded() && !map.isMoving() ? resolve() : map.once('idle', done));
  map.once('idle', done);
  map.triggerRepaint();
})`;

async function frameIdle(frame: Frame) {
  await frame.waitForFunction(() => window.__storyMap !== undefined, null, { timeout: 30_000 });
  await frame.evaluate(WAIT_FOR_IDLE);
}

interface Embedded {
  page: Page;
  frame: Frame;
  errors: string[];
  close(): Promise<void>;
}

/** A host article page on the app's origin with the app in an iframe of `width` × `height`. */
async function embed(width: number, height: number, query = '?embed=1'): Promise<Embedded> {
  const baseUrl = inject('baseUrl');
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    errors.push(`request off the origin: ${url}`);
    return route.abort();
  });
  // Registered last, so it answers before the catch-all above.
  await context.route(`${baseUrl}host-article.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Host article</title></head><body>
        <h1>A newsroom article</h1><p>Some text before the map.</p>
        <iframe src="./${query}" width="${width}" height="${height}" title="Story map"
          style="border: 0"></iframe><p>Some text after it.</p></body></html>`,
    }),
  );
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  await page.goto(`${baseUrl}host-article.html`);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The iframe has no frame.');
  await frameIdle(frame);
  return { page, frame, errors, close: () => context.close() };
}

/** Clicks a lon/lat of the embedded map, in the host page's coordinates. */
async function clickOnMap(e: Embedded, lngLat: [number, number]) {
  const box = await (await e.page.$('iframe'))!.boundingBox();
  const p = await e.frame.evaluate((ll) => {
    const map = window.__storyMap!;
    const pt = map.project(ll);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + pt.x, y: r.top + pt.y };
  }, lngLat);
  await e.page.mouse.click(box!.x + p.x, box!.y + p.y);
}

describe('embedded in an iframe', () => {
  for (const [width, height] of [
    [400, 500],
    [800, 600],
  ] as const) {
    it(`loads at ${width}×${height} without the masthead, and a click on Sudzha shows its excerpt`, async () => {
      const e = await embed(width, height);
      const { frame } = e;
      // ?embed=1: the host article has the headline, so the app does not repeat it.
      expect(await frame.getByRole('heading', { level: 1 }).count()).toBe(0);
      expect(await frame.getByRole('combobox', { name: 'Place names' }).isVisible()).toBe(true);
      const historyBefore = await frame.evaluate(() => history.length);

      await clickOnMap(e, SUDZHA);
      await frame.getByRole('complementary', { name: 'Sudzha' }).waitFor();
      const shown = frame.getByText(EXCERPT, { exact: true }).filter({ visible: true });
      await expect.poll(() => shown.count()).toBe(1);
      const excerptBox = await shown.boundingBox();
      const viewport = await frame.evaluate(() => ({ w: innerWidth, h: innerHeight }));
      expect(excerptBox!.x + excerptBox!.width).toBeLessThanOrEqual(viewport.w + 1);
      // A selection inside the embed does not add entries to the host page's history.
      expect(await frame.evaluate(() => history.length)).toBe(historyBefore);
      expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await frameIdle(frame);
      await saveScreenshot(e.page, `embed-${width}x${height}`);
      expect(e.errors).toEqual([]);
      await e.close();
    });
  }

  it('fits the smallest embed, 320×400, with the phone layout and no sideways scrolling', async () => {
    const e = await embed(320, 400);
    const { frame } = e;
    expect(await frame.getByRole('tab', { name: 'Map' }).isVisible()).toBe(true);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    expect(e.errors).toEqual([]);
    await e.close();
  });

  it('keeps the masthead without ?embed=1', async () => {
    const e = await embed(800, 600, '');
    expect(await e.frame.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(e.errors).toEqual([]);
    await e.close();
  });

  it('chooses the layout by its own box, not the window: a 400 px column of a wide page', async () => {
    const e = await embed(1100, 700, '');
    const { frame } = e;
    const tabs = frame.getByRole('tab', { name: 'Map' });
    expect(await tabs.isVisible()).toBe(false);
    // The app's box shrinks inside the same 1100 px window (CSSOM, which the CSP allows).
    await frame.evaluate(() => {
      document.getElementById('app')!.style.width = '400px';
    });
    await expect.poll(() => tabs.isVisible()).toBe(true);
    expect(await frame.evaluate(() => innerWidth)).toBe(1100);
    expect(e.errors).toEqual([]);
    await e.close();
  });
});
