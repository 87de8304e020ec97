/**
 * The offscreen export map loses its WebGL context mid-render (issue 16: the export hung): the
 * export ends with its message within 60 s, the dialog stays live, and the next export works.
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

describe('export and a lost WebGL context', () => {
  it('a PNG export whose offscreen map loses its context ends with a message; the next works', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.getByRole('button', { name: 'Export snapshot' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export snapshot' });
    await dialog.waitFor();
    await dialog
      .getByRole('img', { name: 'Preview of the exported frame' })
      .waitFor({ timeout: 60_000 });
    // The next offscreen map canvas that appears loses its context once it has drawn once.
    await page.evaluate(() => {
      const watch = new MutationObserver(() => {
        const canvas = document.querySelector<HTMLCanvasElement>(
          'body > div[aria-hidden="true"] canvas.maplibregl-canvas',
        );
        if (!canvas) return;
        watch.disconnect();
        setTimeout(() => {
          const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
          gl?.getExtension('WEBGL_lose_context')?.loseContext();
          (window as unknown as { __lost?: boolean }).__lost = true;
        }, 200);
      });
      watch.observe(document.body, { childList: true, subtree: true });
    });
    const started = Date.now();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    const ms = Date.now() - started;
    console.log(`export after context loss ended in ${ms} ms: ${await alert.textContent()}`);
    expect(await page.evaluate(() => (window as unknown as { __lost?: boolean }).__lost)).toBe(
      true,
    );
    expect(ms).toBeLessThan(60_000);
    expect(await alert.textContent()).toMatch(
      /^Export failed: The graphics \(WebGL\) context was lost/,
    );
    expect(await dialog.getByRole('button', { name: 'Export', exact: true }).isEnabled()).toBe(
      true,
    );

    const download = page.waitForEvent('download', { timeout: 90_000 });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    await dialog.getByText('Done: the file is in your downloads.').waitFor();
    expect(app.errors.filter((e) => !/context/i.test(e))).toEqual([]);
    await app.close();
  });
});
