/** Reading the article and the map as one thing: links both ways, keyboard, motion, languages. */
import type { Browser, Page } from 'playwright-core';
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

/** Is the point on screen and not under the panel? */
const visibleOnMap = (page: Page, lngLat: [number, number]) =>
  page.evaluate((ll) => {
    const map = window.__storyMap!;
    const p = map.project(ll);
    const box = map.getContainer().getBoundingClientRect();
    const panel = document.querySelector('aside.panel')?.getBoundingClientRect();
    const x = box.left + p.x;
    const y = box.top + p.y;
    const inMap = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    const underPanel =
      panel !== undefined &&
      x >= panel.left &&
      x <= panel.right &&
      y >= panel.top &&
      y <= panel.bottom;
    return inMap && !underPanel;
  }, lngLat);

describe('the article beside the map', () => {
  it('selects the place and moves the map there when an excerpt link is clicked', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const article = page.getByRole('article');
    expect(await visibleOnMap(page, [30.5234, 50.4501])).toBe(false);
    await article.getByRole('link', { name: 'authorities in Kyiv' }).click();
    await page.getByRole('complementary', { name: 'Kyiv' }).waitFor();
    await waitForIdle(page);
    expect(await visibleOnMap(page, [30.5234, 50.4501])).toBe(true);
    expect(page.url()).toContain('place=kyiv');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('scrolls to the excerpt and marks it aria-current when a place is selected on the map', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const at = await screenPoint(page, [35.2726, 51.1976]);
    await page.mouse.click(at.x, at.y);
    await page.getByRole('complementary', { name: 'Sudzha' }).waitFor();
    const current = page.locator('article a[aria-current="true"]');
    await expect.poll(() => current.count()).toBe(1);
    expect(await current.textContent()).toBe(
      'the Ukrainian-controlled town of Sudzha in the Kursk region',
    );
    // Now the Kursk region, quoted seven times: all marked, and the stepper walks through them.
    await page
      .getByRole('navigation', { name: 'Places in the story' })
      .getByRole('button', { name: /Kursk Oblast/ })
      .click();
    await expect.poll(() => current.count()).toBe(7);
    const panel = page.getByRole('complementary', { name: 'Kursk Oblast' });
    await panel.getByRole('button', { name: 'Next excerpt in the article' }).click();
    expect(await panel.textContent()).toContain('In the article: 2 of 7');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(
        "areas of Russia's Kursk region that its forces seized following their surprise incursion early last month",
      );
    // The article column is shorter under the place's heading now: the smooth scroll takes a moment.
    const inView = () =>
      page.evaluate(() => {
        const el = document.activeElement!.getBoundingClientRect();
        const pane = document.querySelector('#article-panel')!.getBoundingClientRect();
        return el.top >= pane.top && el.bottom <= pane.bottom;
      });
    await expect.poll(inView).toBe(true);
    await saveScreenshot(page, 'kursk-excerpts-marked');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('keeps a link clicked deep in the article in view and makes it the current excerpt', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const link = page.getByRole('article').getByRole('link', {
      name: 'Russian forces had launched a counteroffensive in the Kursk region',
    });
    await link.scrollIntoViewIfNeeded();
    await link.click();
    const panel = page.getByRole('complementary', { name: 'Kursk Oblast' });
    await panel.waitFor();
    await waitForIdle(page);
    // Longer than a smooth scroll back to the first excerpt would take.
    await page.waitForTimeout(1000);
    const state = await link.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const pane = document.querySelector('#article-panel')!.getBoundingClientRect();
      return {
        // 1 px for sub-pixel layout: 'nearest' aligns the link with the pane's edge.
        inView: box.top >= pane.top - 1 && box.bottom <= pane.bottom + 1,
        current: el.getAttribute('aria-current'),
        isCurrent: el.classList.contains('current'),
        currentCount: document.querySelectorAll('article a.excerpt.current').length,
      };
    });
    expect(state).toEqual({ inView: true, current: 'true', isCurrent: true, currentCount: 1 });
    expect(await panel.textContent()).toContain('In the article: 7 of 7');
    await saveScreenshot(page, 'clicked-link-kept-in-view');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('on a 360 px phone, shows the map when an article link is tapped, with a way back', async () => {
    const app = await openApp(browser, '', {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    const { page } = app;
    // The attribution is MapLibre's compact button there, so it does not cover the scale bar.
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    expect(await attribution.getAttribute('class')).toContain('maplibregl-compact');
    expect(await attribution.getAttribute('class')).not.toContain('maplibregl-compact-show');
    expect((await attribution.boundingBox())!.height).toBeLessThan(40);
    await page.getByRole('tab', { name: 'Article' }).tap();
    const link = page.getByRole('article').getByRole('link', { name: 'authorities in Kyiv' });
    await link.tap();
    await page.getByRole('complementary', { name: 'Kyiv' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Map' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('map').isVisible()).toBe(true);
    await waitForIdle(page);
    // Framed once the map was shown again: Kyiv is on screen, not lost in a zero-size frame.
    expect(await visibleOnMap(page, [30.5234, 50.4501])).toBe(true);
    const kyiv = await screenPoint(page, [30.5234, 50.4501]);
    expect(
      await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas'),
        kyiv,
      ),
      `Kyiv at ${kyiv.x},${kyiv.y} is on the visible map`,
    ).toBe(true);
    await saveScreenshot(page, 'phone-tapped-link-shows-map');
    await page.getByRole('button', { name: /Back to the article/ }).tap();
    expect(await page.getByRole('tab', { name: 'Article' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await link.isVisible()).toBe(true);
    const box = (await link.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('takes a keyboard-only journey through every place', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const list = page.getByRole('navigation', { name: 'Places in the story' });
    const names = (await list.getByRole('button').allTextContents()).length;
    expect(names).toBe(12);
    await list.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    const seen = new Set<string>();
    for (let i = 0; i < names; i++) {
      const heading = page.locator('#panel-title');
      await heading.waitFor();
      seen.add((await heading.textContent())!.trim());
      await page.keyboard.press('Escape');
      await heading.waitFor({ state: 'detached' });
      // Escape returned focus to the list; the arrow key steps to (and opens) the next place.
      await page.keyboard.press('ArrowDown');
    }
    expect(seen.size).toBe(12);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('jumps instead of flying when the reader prefers reduced motion', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const app = await openApp(browser, '', { reducedMotion });
      const { page } = app;
      await page.getByRole('button', { name: /^Moscow/ }).click();
      const moving = await page.evaluate(() => window.__storyMap!.isMoving());
      expect(moving, reducedMotion).toBe(reducedMotion === 'no-preference');
      if (reducedMotion === 'reduce')
        expect(await visibleOnMap(page, [37.6156, 55.7522])).toBe(true);
      await app.close();
    }
  });

  it('labels the map, the list and the panel in Ukrainian with lang=uk, also after a reload', async () => {
    const app = await openApp(browser, '#lang=uk&place=sudzha');
    const { page } = app;
    const check = async () => {
      await page.getByRole('complementary', { name: 'Суджа' }).waitFor();
      // The interface is in Ukrainian too (issue 15); the article stays in English.
      expect(await page.getByRole('combobox', { name: 'Назви місць' }).inputValue()).toBe('uk');
      expect(
        await page.getByRole('navigation', { name: 'Місця в історії' }).textContent(),
      ).toContain('Київ');
      const labels = await page.evaluate(() => {
        const map = window.__storyMap!;
        const field = JSON.stringify(map.getLayoutProperty('sudzha-label', 'text-field'));
        const shown = map
          .queryRenderedFeatures({ layers: ['sudzha-label'] })
          .map((f) => f.properties['name_uk']);
        return { field, shown };
      });
      expect(labels.field).toContain('name_uk');
      expect(labels.shown).toContain('Суджа');
    };
    await check();
    await saveScreenshot(page, 'ukrainian-labels');
    await page.reload();
    await waitForIdle(page);
    await check();
    expect(page.url()).toContain('lang=uk');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
