/**
 * Issue 11: a reader's layer in every format control maps come in, read in the browser as a
 * reader brings it. Each format fixture (made by tests/fixtures/user/formats/make.ts, synthetic
 * shapes around Sudzha) is listed with its format, drawn with the right feature count and
 * clickable; each hostile file is refused naming the file and the problem, with the story intact
 * and no request leaving the page's origin.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import * as make from '../fixtures/user/formats/make.ts';
import { openApp, screenPoint, waitForIdle, type OpenedApp } from './app.ts';
import { pick, refusals, removeButton, storyState } from './user-files.ts';

let browser: Browser;
let app: OpenedApp;
let before: Awaited<ReturnType<typeof storyState>>;
/** Every request the page made to another origin (the route in app.ts blocks them too). */
const offOrigin: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser);
  before = await storyState(app.page);
  app.page.on('request', (r) => {
    const url = r.url();
    if (!/^(blob:|data:)/.test(url) && !url.startsWith(app.baseUrl)) offOrigin.push(url);
  });
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

/** Distinct features of a user layer MapLibre has drawn in the current view. */
const drawn = (page: Page, id: string) =>
  page.evaluate((source) => {
    const map = window.__storyMap!;
    const layers = map
      .getStyle()
      .layers.filter((l) => l.id.startsWith(`${source}:`))
      .map((l) => l.id);
    return new Set(map.queryRenderedFeatures({ layers }).map((f) => f.id)).size;
  }, id);

/** Where to click each fixture: inside "Area A", on a waypoint, on the first CSV point. */
const CLICK: Record<string, [number, number]> = {
  'patrol.gpx': make.near(-0.5, 0.1),
  'points.csv': make.near(-0.2, -0.2),
};
const AREA_A = make.near(-0.25, 0.1);

describe('each format a control map comes in', async () => {
  const fixtures = await make.formatFixtures();
  it.each(Object.entries(fixtures))('%s is listed, drawn and clickable', async (name, f) => {
    const { page } = app;
    const layerName = name.replace(/\.[a-z]+$/, '');
    await pick(page, name, f.bytes);
    const remove = removeButton(page, layerName);
    await remove.waitFor({ timeout: 30_000 });
    const row = page.locator('.user-layers .list li').filter({ has: remove });
    expect(await row.textContent()).toContain(`${f.features} features · ${f.format}`);
    await waitForIdle(page);
    const id = await page.evaluate(
      (n) =>
        window
          .__storyMap!.getStyle()
          .layers.find((l) => l.id.startsWith(`user-${n}`))
          ?.id.split(':')[0],
      layerName.toLowerCase(),
    );
    expect(await drawn(page, String(id))).toBe(f.features);
    const at = await screenPoint(page, CLICK[name] ?? AREA_A);
    await page.mouse.click(at.x, at.y);
    const panel = page.getByRole('complementary', { name: layerName });
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await remove.click();
    await remove.waitFor({ state: 'detached' });
    expect(await storyState(page)).toEqual(before);
    expect(offOrigin).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

describe('hostile files, one or more per format', () => {
  const MB = 1024 * 1024;
  const text = (s: string) => new TextEncoder().encode(s);
  const cases: [string, () => Uint8Array | Promise<Uint8Array>, string][] = [
    ['xxe.kml', () => text(make.kmlWithEntity()), 'xxe.kml: has a DOCTYPE declaration'],
    [
      'bomb.kmz',
      () => make.zipBomb(60 * MB),
      'bomb.kmz: is a zip whose uncompressed size 60 MB exceeds the 50 MB limit',
    ],
    [
      'lying-bomb.kmz',
      () => make.lyingZipBomb(60 * MB),
      'lying-bomb.kmz: is a zip whose entries inflate past the 50 MB limit',
    ],
    [
      'many.zip',
      () => make.manyEntries(10_000),
      'many.zip: is a zip with more than 1,000 entries, the limit',
    ],
    [
      'unknown-prj.zip',
      () => make.shapefileZip(make.UNKNOWN_PRJ),
      'unknown-prj.zip: has a .prj in a projection that cannot be read here (“Made-up Kursk Conic”)',
    ],
    [
      'no-coordinates.csv',
      () => text('name,value\nA,1\nB,2\n'),
      'no-coordinates.csv: is a table without latitude and longitude columns',
    ],
    [
      'swapped-out-of-range.csv',
      () => text(make.csvText({ swap: true, shift: 60 })),
      'swapped-out-of-range.csv: has latitudes past ±90° in the column “lat”',
    ],
    [
      'million.gpx',
      () => text(make.gpxText(1_000_001)),
      'million.gpx: is 36.2 MB; the limit is 10 MB',
    ],
  ];
  it.each(cases)(
    '%s is refused with its problem, the story intact',
    async (name, bytes, message) => {
      const { page } = app;
      await pick(page, name, await bytes());
      await expect.poll(() => refusals(page).textContent(), { timeout: 30_000 }).toContain(message);
      await waitForIdle(page);
      expect(await storyState(page)).toEqual(before);
      expect(await page.locator('.user-layers .list li').count()).toBe(0);
      expect(offOrigin).toEqual([]);
      expect(app.errors).toEqual([]);
    },
  );

  it('a KML with a NetworkLink, an Icon href and a GroundOverlay is read without one request', async () => {
    const { page } = app;
    await pick(page, 'links.kml', text(make.kmlWithLinks()));
    const remove = removeButton(page, 'links');
    await remove.waitFor({ timeout: 30_000 });
    const row = page.locator('.user-layers .list li').filter({ has: remove });
    // Three areas, the Pin and the GroundOverlay's box; the NetworkLink is not followed.
    expect(await row.textContent()).toContain('5 features · KML');
    await waitForIdle(page);
    expect(offOrigin).toEqual([]);
    expect(app.offOrigin).toEqual([]);
    await remove.click();
  });
});

describe('what an accepted layer needs said', () => {
  it('points with latitude and longitude swapped are offered the swap, which redraws them', async () => {
    const { page } = app;
    await pick(page, 'swapped.csv', new TextEncoder().encode(make.csvText({ swap: true })));
    await page.getByText('swapped: none of its points is in this map’s area').waitFor();
    const swap = page.getByRole('button', { name: 'Swap latitude and longitude in swapped' });
    await swap.click();
    await swap.waitFor({ state: 'detached' });
    const remove = page.getByRole('button', { name: /^Remove layer swapped/ });
    await expect.poll(() => remove.count()).toBe(1);
    await waitForIdle(page);
    const id = await page.evaluate(
      () =>
        window
          .__storyMap!.getStyle()
          .layers.find((l) => l.id.startsWith('user-swapped'))
          ?.id.split(':')[0],
    );
    expect(await drawn(page, String(id))).toBe(3);
    await remove.click();
    expect(app.errors).toEqual([]);
  });

  it('a file whose features have no geometry says it draws nothing', async () => {
    const { page } = app;
    const kml =
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Only a name</name></Placemark></Document></kml>';
    await pick(page, 'names-only.kml', new TextEncoder().encode(kml));
    await expect
      .poll(() => refusals(page).textContent(), { timeout: 30_000 })
      .toContain('names-only.kml: draws nothing: none of its 1 feature(s) has a geometry');
  });
});
