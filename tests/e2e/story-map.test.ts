/** What a reader sees and does, in Chromium against the built app. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { openApp, saveScreenshot, screenPoint, waitForIdle } from './app.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SUDZHA: [number, number] = [35.2726, 51.1976];

const renderedCount = (layers: string[]) =>
  `window.__storyMap.queryRenderedFeatures({ layers: ${JSON.stringify(layers)} }).length`;

describe('the story map', () => {
  it('loads to idle with the story layers drawn, no errors and no request off its origin', async () => {
    const app = await openApp(browser);
    const { page } = app;
    for (const layers of [
      ['kursk-region-fill'],
      ['border-highlight-line'],
      ['sudzha-dot'],
      ['countries-fill'],
    ]) {
      expect(await page.evaluate(renderedCount(layers)), layers[0]).toBeGreaterThan(0);
    }
    const labels = await page.evaluate(() =>
      window
        .__storyMap!.queryRenderedFeatures({ layers: ['sudzha-label', 'kursk-region-label'] })
        .map((f) => f.properties['name']),
    );
    expect(labels).toEqual(expect.arrayContaining(['Sudzha', 'Kursk Oblast']));
    await saveScreenshot(page, 'default-view');
    expect(app.errors).toEqual([]);
    expect(app.offOrigin).toEqual([]);
    await app.close();
  });

  it('opens the context panel when the reader clicks Sudzha on the map', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const at = await screenPoint(page, SUDZHA);
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() => page.evaluate(() => window.__storyMap!.getCanvas().style.cursor))
      .toBe('pointer');
    await page.mouse.click(at.x, at.y);
    const panel = page.getByRole('complementary', { name: 'Sudzha' });
    await panel.waitFor();
    expect((await panel.getByRole('heading', { level: 2 }).textContent())?.trim()).toBe('Sudzha');
    // Beside the article the panel points to the excerpt, which the article marks: said once.
    const current = page.getByRole('article').locator('a[aria-current="true"]');
    await expect
      .poll(() => current.textContent())
      .toBe('the Ukrainian-controlled town of Sudzha in the Kursk region');
    expect(await panel.locator('blockquote').first().isVisible()).toBe(false);
    expect(await panel.getByRole('button', { name: 'Show it in the article' }).isVisible()).toBe(
      true,
    );
    expect(
      await page
        .getByRole('article')
        .getByRole('link', { name: /^Read the original/ })
        .getAttribute('href'),
    ).toMatch(/^https:\/\/www\.themoscowtimes\.com\/2024\/09\/16\//);
    expect(await panel.textContent()).toMatch(/Computed from the map data/);
    await waitForIdle(page);
    await saveScreenshot(page, 'sudzha-selected');
    expect(page.url()).toContain('place=sudzha');
    expect(app.errors).toEqual([]);
    expect(app.offOrigin).toEqual([]);
    await app.close();
  });

  it('works from the keyboard alone: Tab to the list, arrows to a place, Enter opens, Escape closes', async () => {
    const app = await openApp(browser);
    const { page } = app;
    // What a screen reader is told: nothing at start (nothing was selected, so nothing cleared).
    const live = page.locator('[aria-live="polite"]');
    expect(await live.textContent()).toBe('');
    const inList = () =>
      page.evaluate(
        () => document.activeElement?.closest('nav[aria-labelledby="places-heading"]') !== null,
      );
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await inList();
    }
    expect(found).toBe(true);
    // The list is one Tab stop (issue 15): the arrow keys move to Sudzha.
    for (let i = 0; i < 12; i++) {
      const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (text.includes('Sudzha')) break;
      await page.keyboard.press('ArrowDown');
    }
    expect(await inList()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Sudzha');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Sudzha' });
    await panel.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    expect(await live.textContent()).toMatch(/Sudzha/);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await live.textContent()).toBe('Selection cleared.');
    expect(await page.evaluate(() => document.activeElement?.textContent?.includes('Sudzha'))).toBe(
      true,
    );
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('restores the view and the selection from a deep link, and Back steps back', async () => {
    const app = await openApp(browser, '#map=9/51.2/35.3&place=sudzha');
    const { page } = app;
    await page.getByRole('complementary', { name: 'Sudzha' }).waitFor();
    const view = await page.evaluate(() => {
      const m = window.__storyMap!;
      return { zoom: m.getZoom(), ...m.getCenter() };
    });
    expect(view.zoom).toBeCloseTo(9, 5);
    expect(view.lat).toBeCloseTo(51.2, 3);
    expect(view.lng).toBeCloseTo(35.3, 3);
    // The map marks the place the link selected, not only the panel.
    await expect
      .poll(() =>
        page.evaluate(
          () => window.__storyMap!.getFeatureState({ source: 'story', id: 'sudzha' })['selected'],
        ),
      )
      .toBe(true);

    await page.getByRole('button', { name: /^Kyiv/ }).click();
    await page.getByRole('complementary', { name: 'Kyiv' }).waitFor();
    expect(page.url()).toContain('place=kyiv');
    await page.goBack();
    await page.getByRole('complementary', { name: 'Sudzha' }).waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('shows a notice and the default view for an unknown place id', async () => {
    const app = await openApp(browser, '#place=atlantis');
    const { page } = app;
    const notice = page.getByRole('status').filter({ hasText: 'atlantis' });
    expect(await notice.textContent()).toContain('There is no place “atlantis” in this story');
    expect(await page.getByRole('complementary').count()).toBe(0);
    const center = await page.evaluate(() => window.__storyMap!.getCenter());
    // The default view frames the Kursk region (about 34–38.5° E, 50.8–52.5° N).
    expect(center.lng).toBeGreaterThan(34);
    expect(center.lng).toBeLessThan(38.5);
    expect(center.lat).toBeGreaterThan(50.5);
    expect(center.lat).toBeLessThan(52.5);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it("removes a layer's rendered features when its toggle is switched off", async () => {
    const app = await openApp(browser);
    const { page } = app;
    const count = () => page.evaluate(renderedCount(['kursk-region-fill', 'kursk-region-line']));
    expect(await count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /Kursk region/ }).uncheck();
    await waitForIdle(page);
    expect(await count()).toBe(0);
    // The other story layers stay.
    expect(await page.evaluate(renderedCount(['border-highlight-line']))).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /Kursk region/ }).check();
    await waitForIdle(page);
    expect(await count()).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('shows the panel as a bottom sheet on a 360 px phone, and taps work', async () => {
    const app = await openApp(browser, '', {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const { page } = app;
    const at = await screenPoint(page, SUDZHA);
    await page.touchscreen.tap(at.x, at.y);
    const panel = page.getByRole('complementary', { name: 'Sudzha' });
    await panel.waitFor();
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBe(0);
    expect(box!.width).toBe(360);
    expect(Math.round(box!.y + box!.height)).toBe(740);
    // A sheet, not a full-screen page: the map stays visible above it.
    expect(box!.height).toBeLessThanOrEqual(740 * 0.5);
    // The article is in the other tab, so the sheet quotes the excerpt, with the original's link.
    expect(await panel.locator('blockquote').first().textContent()).toContain(
      'Ukrainian-controlled town of Sudzha',
    );
    expect(await panel.getByRole('link').first().getAttribute('href')).toMatch(
      /^https:\/\/www\.themoscowtimes\.com\/2024\/09\/16\//,
    );
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await saveScreenshot(page, 'phone-360-bottom-sheet');
    expect(app.errors).toEqual([]);
    expect(app.offOrigin).toEqual([]);
    await app.close();
  });
});
