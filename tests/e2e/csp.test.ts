/** The Content-Security-Policy holds while the reader uses the app, and it blocks what it must. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { anyLang } from './names.ts';
import type { SnapshotOptions } from '../../src/export/browser/snapshot.ts';
import { screenPoint, waitForIdle } from './app.ts';
import { openWithCspListener } from './chaos-open.ts';
import { cspViolations } from './chaos-watch.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SUDZHA: [number, number] = [35.2726, 51.1976];

const tinyExport = (format: 'png' | 'svg'): SnapshotOptions => ({
  preset: 'custom',
  custom: { width: 200, height: 150 },
  dpi: 96,
  format,
  title: 't',
  show: {
    title: true,
    date: true,
    legend: true,
    scaleBar: true,
    northArrow: true,
    callout: false,
    inset: true,
  },
});

describe('Content-Security-Policy', () => {
  it('is sent with the document: self only, no eval, no inline code', async () => {
    const app = await openWithCspListener(browser);
    const csp = app.response.headers()['content-security-policy'] ?? '';
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('records no violation while the reader selects, toggles layers, switches language and exports', async () => {
    const app = await openWithCspListener(browser);
    const { page } = app;

    const at = await screenPoint(page, SUDZHA);
    await page.mouse.click(at.x, at.y);
    await page.getByRole('complementary', { name: 'Sudzha' }).waitFor();

    const places = page.getByRole('navigation', { name: 'Places in the story' });
    await places.getByRole('button', { name: /^Kyiv/ }).click();
    await page.getByRole('complementary', { name: 'Kyiv' }).waitFor();
    await waitForIdle(page);

    const toggles = page.getByRole('region', { name: 'Legend and layers' }).getByRole('checkbox');
    const count = await toggles.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) await toggles.nth(i).uncheck();
    await waitForIdle(page);
    for (let i = 0; i < count; i++) await toggles.nth(i).check();
    await waitForIdle(page);

    const language = page.getByRole('combobox', { name: anyLang((t) => t.placeNames, true) });
    for (const lang of ['uk', 'ru', 'en']) {
      await language.selectOption(lang);
      await waitForIdle(page);
    }

    for (const format of ['png', 'svg'] as const) {
      const snap = await page.evaluate((o) => window.__storyExport!(o), tinyExport(format));
      expect(snap.mime).toBe(format === 'png' ? 'image/png' : 'image/svg+xml');
      expect(snap.base64.length).toBeGreaterThan(100);
    }

    // The dialog's live preview is a blob: image.
    await page.getByRole('button', { name: 'Export snapshot' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export snapshot' });
    await dialog.getByRole('img', { name: 'Preview of the exported frame' }).waitFor();
    await dialog.getByRole('button', { name: 'Close export' }).click();
    await dialog.waitFor({ state: 'detached' });

    expect(await cspViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(app.offOrigin).toEqual([]);
    await app.close();
  });

  it('blocks a script injected into the page and reports it', async () => {
    const app = await openWithCspListener(browser);
    const { page } = app;
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = 1';
      document.body.append(script);
    });
    await expect
      .poll(() => cspViolations(page))
      .toContainEqual(
        expect.objectContaining({
          directive: expect.stringMatching(/^script-src/),
          blocked: 'inline',
        }),
      );
    expect(await page.evaluate(() => window.__injected)).toBeUndefined();
    // Chromium also reports the refusal on the console; nothing else went wrong.
    expect(app.errors.length).toBeGreaterThan(0);
    for (const error of app.errors) expect(error).toMatch(/Content Security Policy/);
    await app.close();
  });

  it('refuses eval and new Function in the page', async () => {
    const app = await openWithCspListener(browser);
    const { page } = app;
    // From a timer, so the attempt runs as page code: DevTools lets its own evaluations use eval.
    const outcome = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) =>
          setTimeout(() => {
            const results: string[] = [];
            for (const attempt of [() => (0, eval)('1 + 1'), () => new Function('return 2')()]) {
              try {
                results.push(`ran: ${String(attempt())}`);
              } catch (e) {
                results.push((e as Error).name);
              }
            }
            resolve(results);
          }),
        ),
    );
    expect(outcome).toEqual(['EvalError', 'EvalError']);
    await expect
      .poll(() => cspViolations(page))
      .toContainEqual(expect.objectContaining({ blocked: 'eval' }));
    await app.close();
  });
});
