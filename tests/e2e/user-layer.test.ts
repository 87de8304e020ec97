/** Bring your own layer: picked and dropped GeoJSON files, hostile ones refused or made safe. */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { openApp, saveScreenshot, screenPoint, waitForIdle } from './app.ts';

interface Case {
  file: string;
  name?: string;
  expect: 'accepted' | 'refused';
  message?: string;
  layerName?: string;
  features?: number;
}
const DIR = 'tests/fixtures/hostile';
const cases = JSON.parse(readFileSync(`${DIR}/cases.json`, 'utf8')) as Case[];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const pick = (page: Page, name: string, buffer: Buffer) =>
  page
    .getByLabel('Add a layer file')
    .setInputFiles({ name, mimeType: 'application/geo+json', buffer });

/** The story as the map holds it: ids of its features and whether they still render. */
const storyState = (page: Page) =>
  page.evaluate(() => {
    const map = window.__storyMap!;
    const style = map.getStyle();
    const data = (
      style.sources['story'] as unknown as { data: { features: { properties: { id: string } }[] } }
    ).data;
    return {
      ids: data.features.map((f) => f.properties.id).sort(),
      layers: style.layers.filter((l) => !l.id.startsWith('user-')).length,
    };
  });

describe('your own layers', () => {
  it('adds a picked file as a layer: fitted, listed, clickable as plain text, removable', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const before = await storyState(page);
    await pick(
      page,
      'control-areas.geojson',
      readFileSync('tests/fixtures/user/control-areas.geojson'),
    );
    const remove = page.getByRole('button', { name: 'Remove layer control-areas' });
    await remove.waitFor();
    await waitForIdle(page);
    const rendered = await page.evaluate(
      () =>
        window.__storyMap!.queryRenderedFeatures({ layers: ['user-control-areas:fill'] }).length,
    );
    expect(rendered).toBeGreaterThan(0);
    const bounds = await page.evaluate(() => window.__storyMap!.getBounds().toArray());
    expect(bounds[0]![0]).toBeLessThanOrEqual(34.9);
    expect(bounds[1]![0]).toBeGreaterThanOrEqual(35.5);

    // A point inside the test polygon, away from Sudzha's dot so the story does not take the click.
    const at = await screenPoint(page, [35.05, 51.35]);
    await page.mouse.click(at.x, at.y);
    const panel = page.getByRole('complementary', { name: 'control-areas' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain('<b>not bold</b>');
    expect(await panel.locator('b').count()).toBe(0);
    expect(await panel.getByRole('link').getAttribute('href')).toBe(
      'https://example.org/control-map',
    );
    await saveScreenshot(page, 'user-layer');

    await page.keyboard.press('Escape');
    await remove.click();
    await remove.waitFor({ state: 'detached' });
    expect(
      await page.evaluate(() => window.__storyMap!.getSource('user-control-areas')),
    ).toBeUndefined();
    expect(await storyState(page)).toEqual(before);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('takes a file dropped on the map', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const text = readFileSync(`${DIR}/valid-small.geojson`, 'utf8');
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'dropped.geojson', { type: 'application/geo+json' }));
      const target = document.querySelector('section[aria-label="Story map"]')!;
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
    }, text);
    await page.getByRole('button', { name: 'Remove layer dropped' }).waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it(`refuses or safely shows each of the ${cases.length} hostile inputs, and the story stays intact`, async () => {
    const app = await openApp(browser);
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const startUrl = page.url();
    const before = await storyState(page);
    for (const c of cases) {
      const name = c.name ?? c.file;
      await pick(page, name, readFileSync(`${DIR}/${c.file}`));
      if (c.expect === 'refused') {
        const alert = page.getByRole('alert').filter({ hasText: 'Not added:' });
        await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain(c.message);
      } else {
        const layerName = c.layerName ?? name.replace(/\.(geo)?json$/i, '');
        const remove = page.getByRole('button', { name: `Remove layer ${layerName}`, exact: true });
        await remove.waitFor({ timeout: 10_000 });
        await remove.click();
        await remove.waitFor({ state: 'detached' });
      }
    }
    await waitForIdle(page);
    expect(await storyState(page)).toEqual(before);
    expect(
      await page.evaluate(() => (window as unknown as { polluted?: unknown }).polluted),
    ).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(
      0,
    );
    expect(dialogs).toEqual([]);
    expect(page.url().split('#')[0]).toBe(startUrl.split('#')[0]);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
