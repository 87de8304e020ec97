/**
 * Issue 16: an export whose map render never completes ends with a clear error within the render
 * bound, the dialog's progress and Cancel stay live meanwhile, and the next export works. The bound
 * (90 s) is shortened for the test by the page's `render-timeout-ms` parameter, which can only
 * shorten it. The render that never completes: a map source whose data request never gets an
 * answer, so the offscreen export map, which copies the live map's style, never becomes idle.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { openApp } from './app.ts';

const BOUND_MS = 5000;
const NEVER = 'never-loads.geojson';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Adds (or removes) a source on the live map whose data never arrives, and a layer drawing it. */
const stalledSource = (page: Page, on: boolean) =>
  page.evaluate(
    ({ url, on }) => {
      const map = window.__storyMap!;
      if (!on) {
        map.removeLayer('never-loads');
        map.removeSource('never-loads');
        return;
      }
      map.addSource('never-loads', { type: 'geojson', data: url });
      map.addLayer({ id: 'never-loads', type: 'circle', source: 'never-loads' });
    },
    { url: new URL(NEVER, page.url()).href, on },
  );

describe('the export render bound', () => {
  it('a render that never completes ends at the bound; progress and Cancel stay live; the next export works', async () => {
    const app = await openApp(browser, `?render-timeout-ms=${BOUND_MS}`);
    const { page } = app;
    // The request is held, never answered (MapLibre's worker makes it for every map using the source).
    const held: string[] = [];
    await page.context().route(`**/${NEVER}`, (route) => void held.push(route.request().url()));

    await page.getByRole('button', { name: 'Export snapshot' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export snapshot' });
    await dialog
      .getByRole('img', { name: 'Preview of the exported frame' })
      .waitFor({ timeout: 60_000 });
    await stalledSource(page, true);
    const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
    const cancel = dialog.getByRole('button', { name: 'Cancel' });
    const progress = dialog.getByRole('progressbar', { name: 'Exporting' });

    // 1. Left alone, the export stops itself at the bound, with a message saying so.
    const started = Date.now();
    await exportButton.click();
    await dialog.getByText('Rendering the map').waitFor();
    expect(await progress.isVisible()).toBe(true);
    expect(await cancel.isEnabled()).toBe(true);
    expect(await exportButton.isDisabled()).toBe(true);
    const alert = dialog.getByRole('alert');
    await alert.waitFor({ timeout: BOUND_MS + 30_000 });
    const ms = Date.now() - started;
    const message = await alert.textContent();
    console.log(`export with a source that never loads ended after ${ms} ms: ${message}`);
    expect(held.length).toBeGreaterThan(0);
    expect(ms).toBeGreaterThanOrEqual(BOUND_MS);
    expect(ms).toBeLessThan(BOUND_MS + 20_000);
    expect(message).toBe(
      `Export failed: Drawing the map took longer than ${BOUND_MS / 1000} s; stopped.`,
    );
    expect(await progress.count()).toBe(0);
    expect(await exportButton.isEnabled()).toBe(true);

    // 2. Cancel stops the same stalled render at once, long before the bound.
    await exportButton.click();
    await dialog.getByText('Rendering the map').waitFor();
    const cancelledAt = Date.now();
    await cancel.click();
    await dialog.getByText('Cancelled.').waitFor();
    expect(Date.now() - cancelledAt).toBeLessThan(BOUND_MS);
    expect(await dialog.isVisible()).toBe(true);

    // 3. With the source gone, the next export is written.
    await stalledSource(page, false);
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await exportButton.click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    await dialog.getByText('Done: the file is in your downloads.').waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
