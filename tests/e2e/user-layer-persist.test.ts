/**
 * A reader's layers outlive a reload (IndexedDB), in their order with their style and credit;
 * a full disk is said, not swallowed; a removed layer comes back once with Undo.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { openApp, waitForIdle } from './app.ts';
import { attributionText, pickFile, plainFile, storedOrder, styledFile } from './user-layer-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What the page shows and the map draws of the reader's layers, bottom to top. */
const layersNow = (page: Page) =>
  page.evaluate(() => {
    const rows = [...document.querySelectorAll<HTMLLIElement>('li[data-layer]')];
    const map = window.__storyMap!;
    return {
      rows: rows.map((li) => ({
        id: li.dataset['layer'],
        colour: li.querySelector<HTMLInputElement>('input[type=color]')!.value,
        opacity: li.querySelector<HTMLInputElement>('input[type=range]')!.value,
        credit: li.querySelector('.credit')!.textContent!.trim(),
      })),
      mapOrder: [
        ...new Set(
          map
            .getStyle()
            .layers.filter((l) => l.id.startsWith('user-'))
            .map((l) => l.id.split(':')[0]),
        ),
      ],
      fill: map.getLayer('user-lines:fill')
        ? JSON.stringify(map.getPaintProperty('user-lines:fill', 'fill-color'))
        : null,
    };
  });

async function addTwo(page: Page) {
  await pickFile(page, 'areas.geojson', styledFile({ source: 'ISW', date: '2024-09-15' }));
  await page.locator('li[data-layer="user-areas"]').waitFor();
  await pickFile(page, 'lines.geojson', plainFile());
  const row = page.locator('li[data-layer="user-lines"]');
  await row.waitFor();
  await row.getByLabel('Colour').fill('#017a7a');
  await row.getByLabel('Opacity').fill('60');
  await row.getByLabel('Source').fill('DeepState');
  await row.getByLabel('Date').fill('2024-09-14');
  await row.getByRole('button', { name: 'Save credit' }).click();
  await row.getByText('lines: DeepState, September 14, 2024').waitFor();
  // The map repaints once its style is ready, which may be a frame after the row shows.
  await expect.poll(async () => (await layersNow(page)).fill).toBe(JSON.stringify('#017a7a'));
}

describe('your layers after a reload', () => {
  it('come back in their order, with their style and credit', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await addTwo(page);
    await waitForIdle(page);
    const before = await layersNow(page);
    expect(before.rows.map((r) => r.id)).toEqual(['user-areas', 'user-lines']);
    expect(before.mapOrder).toEqual(['user-areas', 'user-lines']);
    await expect.poll(() => storedOrder(page)).toEqual(['user-areas', 'user-lines']);

    await page.reload();
    await page.locator('li[data-layer="user-lines"]').waitFor();
    await waitForIdle(page);
    await expect.poll(() => layersNow(page)).toEqual(before);
    expect(before.rows[1]).toEqual({
      id: 'user-lines',
      colour: '#017a7a',
      opacity: '60',
      credit: 'lines: DeepState, September 14, 2024',
    });
    const attribution = await attributionText(page);
    expect(attribution).toContain('areas: ISW, September 15, 2024');
    expect(attribution).toContain('lines: DeepState, September 14, 2024');
    const drawn = await page.evaluate(
      () =>
        window.__storyMap!.queryRenderedFeatures({ layers: ['user-areas:fill', 'user-lines:fill'] })
          .length,
    );
    expect(drawn).toBeGreaterThanOrEqual(3);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('says so when the browser’s storage is full, and keeps the layer on the map', async () => {
    const app = await openApp(browser);
    const { page } = app;
    // The browser refusing a write for lack of space, as Chromium does when the quota is used up.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await pickFile(page, 'areas.geojson', styledFile());
    const notice = page.getByRole('alert').filter({ hasText: 'could not be kept' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain(
      'areas could not be kept for your next visit: the browser’s storage is full.',
    );
    await waitForIdle(page);
    expect(
      await page.evaluate(
        () => window.__storyMap!.queryRenderedFeatures({ layers: ['user-areas:fill'] }).length,
      ),
    ).toBeGreaterThan(0);
    // Nothing half-written comes back.
    await page.reload();
    await waitForIdle(page);
    await page.getByRole('heading', { name: 'Your layers' }).waitFor();
    expect(await page.locator('li[data-layer]').count()).toBe(0);
    await app.close();
  });
});

describe('removing a layer', () => {
  it('asks nothing, and Undo brings it back once with its style and credit', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await addTwo(page);
    await waitForIdle(page);
    const before = await layersNow(page);

    await page.getByRole('button', { name: 'Remove layer lines' }).click();
    await page.getByRole('status').filter({ hasText: 'Removed layer lines.' }).waitFor();
    expect(await page.locator('li[data-layer="user-lines"]').count()).toBe(0);
    expect(await page.evaluate(() => !!window.__storyMap!.getSource('user-lines'))).toBe(false);
    await expect.poll(() => storedOrder(page)).toEqual(['user-areas']);

    await page.getByRole('button', { name: 'Undo: bring back layer lines' }).click();
    await page.locator('li[data-layer="user-lines"]').waitFor();
    await waitForIdle(page);
    await expect.poll(() => layersNow(page)).toEqual(before);
    // Once: the Undo is gone with the layer back.
    expect(await page.getByRole('button', { name: /^Undo/ }).count()).toBe(0);
    await expect.poll(() => storedOrder(page)).toEqual(['user-areas', 'user-lines']);

    await page.reload();
    await page.locator('li[data-layer="user-lines"]').waitFor();
    await waitForIdle(page);
    await expect.poll(() => layersNow(page)).toEqual(before);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('for good once another is removed or the page is reloaded', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await addTwo(page);
    await page.getByRole('button', { name: 'Remove layer lines' }).click();
    await page.getByRole('button', { name: 'Remove layer areas' }).click();
    await page.getByRole('button', { name: 'Undo: bring back layer areas' }).waitFor();
    expect(await page.getByRole('button', { name: 'Undo: bring back layer lines' }).count()).toBe(
      0,
    );
    await expect.poll(() => storedOrder(page)).toEqual([]);
    await page.reload();
    await waitForIdle(page);
    await page.getByRole('heading', { name: 'Your layers' }).waitFor();
    expect(await page.locator('li[data-layer]').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Undo/ }).count()).toBe(0);
    await app.close();
  });
});
