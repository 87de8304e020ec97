/** The map and the page survive what a reader's machine can throw at them. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { nameExpression } from '../../src/map/expressions.ts';
import { openApp, screenPoint, waitForIdle } from './app.ts';
import { loseContext, restoreContext, storyFeaturesDrawn } from './chaos-gl.ts';
import { watchLeaving } from './chaos-watch.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SUDZHA: [number, number] = [35.2726, 51.1976];

describe('resilience', () => {
  it('renders again after the WebGL context is lost and restored, and still answers clicks', async () => {
    const app = await openApp(browser);
    const { page } = app;
    expect(await storyFeaturesDrawn(page)).toBeGreaterThan(0);

    await loseContext(page);
    expect(await storyFeaturesDrawn(page)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await restoreContext(page);
    await waitForIdle(page);
    await expect.poll(() => storyFeaturesDrawn(page), { timeout: 15_000 }).toBeGreaterThan(0);

    const at = await screenPoint(page, SUDZHA);
    await page.mouse.click(at.x, at.y);
    await page.getByRole('complementary', { name: 'Sudzha' }).waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('keeps the selected place marked on the map after the context comes back', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const places = page.getByRole('navigation', { name: 'Places in the story' });
    await places.getByRole('button', { name: /^Sudzha/ }).click();
    await page.getByRole('complementary', { name: 'Sudzha' }).waitFor();
    await waitForIdle(page);
    const selected = () =>
      page.evaluate(() =>
        ['story', 'story-labels'].map(
          (source) => window.__storyMap!.getFeatureState({ source, id: 'sudzha' })['selected'],
        ),
      );
    expect(await selected()).toEqual([true, true]);

    await loseContext(page);
    await restoreContext(page);
    await waitForIdle(page);
    await expect.poll(() => storyFeaturesDrawn(page), { timeout: 15_000 }).toBeGreaterThan(0);
    // The panel still shows Sudzha, so the map must still mark it.
    await page.getByRole('complementary', { name: 'Sudzha' }).waitFor();
    expect(await selected()).toEqual([true, true]);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('answers clicks without an error while the context is lost', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const at = await screenPoint(page, SUDZHA);
    await loseContext(page);
    // A reader keeps using the map while the GPU recovers; nowhere to click is on a place now.
    await page.mouse.move(at.x + 40, at.y + 40);
    await page.mouse.click(at.x + 40, at.y + 40);
    await page.mouse.click(at.x, at.y);
    await restoreContext(page);
    await waitForIdle(page);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('applies layer and language changes made while the context was lost', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await loseContext(page);
    await page.getByRole('checkbox', { name: /^Kursk region/ }).uncheck();
    await page.getByRole('combobox', { name: /Place names/ }).selectOption('uk');
    await restoreContext(page);
    await waitForIdle(page);
    await expect.poll(() => storyFeaturesDrawn(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const drawn = await page.evaluate(() => {
      const map = window.__storyMap!;
      return {
        kurskRegion: map.queryRenderedFeatures({ layers: ['kursk-region-fill'] }).length,
        townLabel: map.getLayoutProperty('sudzha-label', 'text-field') as unknown,
      };
    });
    expect.soft(drawn.kurskRegion, 'Kursk region features drawn though switched off').toBe(0);
    expect.soft(drawn.townLabel, 'label text').toEqual(nameExpression('uk'));
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('says why an export failed, and leaves the dialog closable and the map working', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const leaving = watchLeaving(page);
    // The image encoder fails, as it does when the browser runs out of memory for a large canvas.
    await page.evaluate(() => {
      HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
        setTimeout(() => callback(null));
      };
    });

    await page.getByRole('button', { name: 'Export snapshot' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export snapshot' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    const text = (await alert.textContent())?.trim() ?? '';
    expect(text).toMatch(/^Export failed: \S/);
    expect(text).toMatch(/could not be encoded/);
    expect(await dialog.getByRole('button', { name: 'Export', exact: true }).isEnabled()).toBe(
      true,
    );

    await dialog.getByRole('button', { name: 'Close export' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForIdle(page);
    const at = await screenPoint(page, SUDZHA);
    await page.mouse.click(at.x, at.y);
    await page.getByRole('complementary', { name: 'Sudzha' }).waitFor();
    expect(leaving).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
