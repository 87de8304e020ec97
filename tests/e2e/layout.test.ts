/**
 * The map gets the room (issue 14): at each window size the selected place is framed inside the
 * part of the map no panel covers, the map keeps most of a wide window, and a place's excerpts are
 * on screen once.
 */
import { bbox } from '@turf/bbox';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { homeBounds, storyBounds, type Bounds } from '../../src/map/camera.ts';
import { story } from '../unit/story-data.ts';
import { openApp, saveScreenshot, waitForIdle } from './app.ts';
import { inside, renderedBox, uncoveredMap } from './uncovered.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { width: 1440, height: 900, minShare: 0.6 },
  { width: 1280, height: 800, minShare: 0.5 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 360, height: 740, phone: true },
] as const;

const placeBox = (id: string) => bbox(story.byId.get(id)!) as Bounds;
const excerptsOf = (id: string) => story.byId.get(id)!.properties.excerpts.map((e) => e.text);

/**
 * How many times each text is on screen as a whole element (the article's excerpt link, a
 * panel's marked quotation...): rendered elements whose text is exactly it, innermost only.
 */
const COUNT_SHOWN = `(texts) => {
  const norm = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
  return texts.map((t) => {
    let n = 0;
    for (const el of document.body.querySelectorAll('*')) {
      if (norm(el.textContent) !== t) continue;
      if ([...el.children].some((c) => norm(c.textContent) === t)) continue;
      if (el.checkVisibility({ visibilityProperty: true })) n++;
    }
    return n;
  });
}`;

async function shownCounts(page: Page, texts: string[]): Promise<number[]> {
  return page.evaluate(`(${COUNT_SHOWN})(${JSON.stringify(texts)})`) as Promise<number[]>;
}

/** Times `text` occurs in the rendered text of the page (display: none excluded). */
async function inRenderedText(page: Page, text: string): Promise<number> {
  const all = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
  return all.split(text).length - 1;
}

async function select(page: Page, name: RegExp, panelName: string) {
  await page
    .getByRole('navigation', { name: 'Places in the story' })
    .getByRole('button', { name })
    .click();
  await page.getByRole('complementary', { name: panelName }).waitFor();
  await waitForIdle(page);
}

async function expectFramed(page: Page, target: Bounds, label: string) {
  const free = await uncoveredMap(page);
  const drawn = await renderedBox(page, target);
  expect.soft(inside(drawn, free.box), `${label}: ${JSON.stringify({ drawn, free })}`).toBe(true);
  return free;
}

const open = (size: (typeof SIZES)[number]) =>
  openApp(browser, '', {
    viewport: { width: size.width, height: size.height },
    ...('phone' in size ? { isMobile: true, hasTouch: true } : {}),
  });

describe('the map gets the room', () => {
  for (const size of SIZES) {
    const { width, height } = size;
    const at = `${width}×${height}`;

    it(`frames the selected place in the uncovered map, excerpts shown once, at ${at}`, async () => {
      const app = await open(size);
      const { page } = app;

      await select(page, /^Sudzha/, 'Sudzha');
      const sudzha = await expectFramed(page, placeBox('sudzha'), `Sudzha at ${at}`);
      expect.soft(await shownCounts(page, excerptsOf('sudzha'))).toEqual([1]);
      expect.soft(await inRenderedText(page, 'the Ukrainian-controlled town of Sudzha')).toBe(1);
      await saveScreenshot(page, `layout-${width}x${height}-sudzha`);

      await select(page, /^Kursk Oblast/, 'Kursk Oblast');
      const kursk = await expectFramed(page, placeBox('kursk-region'), `Kursk at ${at}`);
      const texts = excerptsOf('kursk-region');
      expect.soft(await shownCounts(page, texts)).toEqual(texts.map(() => 1));
      await saveScreenshot(page, `layout-${width}x${height}-kursk`);

      const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
      console.log(
        `uncovered map at ${at}: ${pct(sudzha.widthShare)} (Sudzha), ${pct(kursk.widthShare)} ` +
          `(Kursk) of the window's width, ${pct(kursk.areaShare)} of its area; over the map: ` +
          `${kursk.covers.join('; ') || 'nothing'}`,
      );
      if ('minShare' in size) {
        expect.soft(sudzha.widthShare).toBeGreaterThanOrEqual(size.minShare);
        expect.soft(kursk.widthShare).toBeGreaterThanOrEqual(size.minShare);
      }
      expect(app.errors).toEqual([]);
      await app.close();
    });

    it(`frames the "Whole story" and "Kursk region" views around the open panel at ${at}`, async () => {
      const app = await open(size);
      const { page } = app;
      await select(page, /^Kursk Oblast/, 'Kursk Oblast');
      const views = page.getByRole('group', { name: 'Map views' });
      await views.getByRole('button', { name: 'Whole story' }).click();
      await waitForIdle(page);
      if ('phone' in size) {
        // The map may not pan south of the basemap (MAX_BOUNDS), so on a phone the whole story
        // cannot clear the sheet; it must still be on screen.
        const drawn = await renderedBox(page, storyBounds(story.places));
        expect(inside(drawn, { left: 0, top: 0, right: width, bottom: height })).toBe(true);
      } else {
        await expectFramed(page, storyBounds(story.places), `Whole story at ${at}`);
      }
      await saveScreenshot(page, `layout-${width}x${height}-whole-story`);
      await views.getByRole('button', { name: 'Kursk region' }).click();
      await waitForIdle(page);
      await expectFramed(
        page,
        homeBounds(story.byId, story.file.view.home.places),
        `Kursk region view at ${at}`,
      );
      expect(app.errors).toEqual([]);
      await app.close();
    });
  }
});

describe('the places sheet', () => {
  it('folds to give the map the room and remembers that after a reload', async () => {
    const app = await openApp(browser, '#place=sudzha', { viewport: { width: 1280, height: 800 } });
    const { page } = app;
    const toggle = page.getByRole('button', { name: 'Places and layers' });
    const places = page.getByRole('navigation', { name: 'Places in the story' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const open = await uncoveredMap(page);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await places.isVisible()).toBe(false);
    await waitForIdle(page);
    const folded = await uncoveredMap(page);
    expect(folded.widthShare).toBeGreaterThan(open.widthShare + 0.1);
    await saveScreenshot(page, 'layout-1280x800-sheet-folded');

    await page.reload();
    await waitForIdle(page);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await places.isVisible()).toBe(false);
    await toggle.click();
    expect(await places.isVisible()).toBe(true);
    await page.reload();
    await waitForIdle(page);
    expect(await places.isVisible()).toBe(true);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
