/** Deep links with values out of range (issue 16): clamped or ignored with a notice, never obeyed blindly. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { openApp, waitForIdle } from './app.ts';
import { SUDZHA } from './user-files.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const camera = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const m = window.__storyMap!;
    return {
      zoom: m.getZoom(),
      bearing: m.getBearing(),
      pitch: m.getPitch(),
      bounds: m.getBounds().toArray(),
    };
  });

describe('deep links out of range', () => {
  it('a zoom above the range is clamped with a notice, and the place is still framed', async () => {
    const app = await openApp(browser, `#map=30/${SUDZHA[1]}/${SUDZHA[0]}&place=sudzha`);
    const { page } = app;
    await page.getByText(/zoom 30 is outside this map's range \(3–13\); using 13/).waitFor();
    await page.getByRole('complementary', { name: 'Sudzha' }).waitFor();
    const view = await camera(page);
    expect(view.zoom).toBeLessThanOrEqual(10);
    const [[w, s], [e, n]] = view.bounds as [[number, number], [number, number]];
    expect(SUDZHA[0] > w && SUDZHA[0] < e && SUDZHA[1] > s && SUDZHA[1] < n).toBe(true);
    expect(page.url()).not.toContain('map=30/');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('a zoom below the range is clamped to the minimum with a notice', async () => {
    const app = await openApp(browser, `#map=-5/${SUDZHA[1]}/${SUDZHA[0]}`);
    await app.page.getByText(/zoom -5 is outside this map's range \(3–13\); using 3/).waitFor();
    expect((await camera(app.page)).zoom).toBeGreaterThanOrEqual(3);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('bearing and pitch are ignored with a notice: the map stays north-up and flat', async () => {
    const app = await openApp(browser, `#map=8/${SUDZHA[1]}/${SUDZHA[0]}/45/60`);
    const { page } = app;
    await page.getByText(/bearing 45° and pitch 60° ignored/).waitFor();
    const view = await camera(page);
    expect(view.bearing).toBe(0);
    expect(view.pitch).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('bearing and pitch in a link followed after load are ignored too, with a notice', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const [lng, lat] = [SUDZHA[0].toFixed(4), SUDZHA[1].toFixed(4)];
    // A reader follows (or edits) a link on the open page: only the hash changes.
    await page.evaluate((hash) => (location.hash = hash), `#map=9/${lat}/${lng}/45/30`);
    await page.getByText(/bearing 45° and pitch 30° ignored/).waitFor();
    await waitForIdle(page);
    const view = await camera(page);
    expect(view.bearing).toBe(0);
    expect(view.pitch).toBe(0);
    // The rest of the link is obeyed: its zoom and centre.
    expect(view.zoom).toBeCloseTo(9, 5);
    const center = await page.evaluate(() => window.__storyMap!.getCenter().toArray());
    expect(center[0]).toBeCloseTo(SUDZHA[0], 3);
    expect(center[1]).toBeCloseTo(SUDZHA[1], 3);
    // The link is rewritten without them, so sharing it on passes no rotation either.
    expect(new URL(page.url()).hash).toMatch(new RegExp(`^#map=9/${lat}/${lng}(&|$)`));
    expect(app.errors).toEqual([]);
    await app.close();
  });

  for (const value of [
    '__proto__',
    'toString',
    'constructor',
    'SUDZHA',
    'sudzha%00',
    '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  ]) {
    it(`place=${value} selects nothing and opens no panel`, async () => {
      const app = await openApp(browser, `#place=${value}`);
      const { page } = app;
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page
        .getByRole('status')
        .filter({ hasText: /place|There is no place/ })
        .first()
        .waitFor();
      expect(await page.locator('.panel').count()).toBe(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(page.url()).not.toContain('place=');
      expect(dialogs).toEqual([]);
      expect(app.errors).toEqual([]);
      await app.close();
    });
  }
});
