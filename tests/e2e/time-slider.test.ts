/**
 * The time slider (issue 11) in Chromium: three dated synthetic layers (scripts/dated-fixtures.ts)
 * show one at a time, by date; the slider steps from the keyboard; the day is kept in the link;
 * the article's own dates are on it with their words. And a clicked area's computed facts.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { DATED_DIR } from '../../scripts/dated-fixtures.ts';
import { storyFile } from '../unit/story-data.ts';
import { storedOrder } from './user-layer-kit.ts';
import { openApp, saveScreenshot, screenPoint, waitForIdle } from './app.ts';
import { SUDZHA } from './user-files.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const NAMES = ['aug-10', 'aug-27', 'sep-15'];

/** Picks the three dated files at once, and waits until each is listed. */
async function addDated(page: Page, names = NAMES) {
  await page.getByLabel('Add a layer file').setInputFiles(
    names.map((name) => ({
      name: `${name}.geojson`,
      mimeType: 'application/geo+json',
      buffer: readFileSync(`${DATED_DIR}/${name}.geojson`),
    })),
  );
  for (const name of names) {
    await page.getByRole('button', { name: `Remove layer ${name}` }).waitFor();
  }
}

/** The user layers MapLibre has drawn in the view, once the map has settled. */
async function drawn(page: Page): Promise<string[]> {
  await waitForIdle(page);
  return page.evaluate(() => {
    const map = window.__storyMap!;
    const layers = map
      .getStyle()
      .layers.filter((l) => l.id.startsWith('user-') && l.id.endsWith(':fill'))
      .map((l) => l.id);
    const sources = map.queryRenderedFeatures({ layers }).map((f) => f.layer.source);
    return [...new Set(sources)].sort();
  });
}

/** Waits until the map draws exactly `expected` (a filter applies on the next frames). */
async function expectDrawn(page: Page, expected: string[]) {
  let last: string[] = [];
  for (let i = 0; i < 20; i++) {
    last = await drawn(page);
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  }
  expect(last).toEqual(expected);
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Date shown on the map' });
const dateInUrl = (page: Page) => new URL(page.url()).hash.match(/date=([\d-]+)/)?.[1] ?? null;

describe('the time slider', () => {
  it('shows the dated layer of each date, steps from the keyboard and marks the article’s dates', async () => {
    const app = await openApp(browser);
    const { page } = app;
    expect(await slider(page).count()).toBe(0);
    await addDated(page);
    await slider(page).waitFor();
    // It opens on the latest day the layers name.
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('Sep 15, 2024');
    await expectDrawn(page, ['user-sep-15']);

    // The article's dates, with their words verbatim from story.json, and their paragraphs.
    // The article's dates are folded under the slider at first.
    await page.locator('summary', { hasText: 'Dates in the article' }).click();
    const marks = page.getByRole('list', { name: 'Dates in the article' }).getByRole('button');
    expect(await marks.count()).toBe(storyFile.timeline!.length);
    for (const entry of storyFile.timeline!) {
      expect(await marks.filter({ hasText: entry.text }).count(), entry.text).toBe(1);
    }
    expect(await marks.nth(1).textContent()).toContain('(approximate)');
    expect(await marks.nth(0).textContent()).toContain('Paragraph 3');

    // Aug. 6, the incursion: before every control map, so none is drawn.
    await marks.filter({ hasText: 'on Aug. 6' }).click();
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('Aug 6, 2024');
    await expectDrawn(page, []);

    // The keyboard steps from one date to the next: Aug 10, Aug 27, Sep 9 (the article), Sep 15.
    await slider(page).focus();
    const steps: [string, string, string[]][] = [
      ['ArrowRight', '2024-08-10', ['user-aug-10']],
      ['ArrowRight', '2024-08-27', ['user-aug-27']],
      ['ArrowRight', '2024-09-09', ['user-aug-27']],
      ['ArrowRight', '2024-09-15', ['user-sep-15']],
      ['ArrowRight', '2024-09-16', ['user-sep-15']],
      ['ArrowLeft', '2024-09-15', ['user-sep-15']],
      ['Home', '2024-08-06', []],
    ];
    for (const [key, day, layers] of steps) {
      await page.keyboard.press(key);
      expect(dateInUrl(page), `${key} to ${day}`).toBe(day);
      await expectDrawn(page, layers);
    }
    await page.getByRole('button', { name: 'Next date' }).click();
    expect(dateInUrl(page)).toBe('2024-08-10');
    await expectDrawn(page, ['user-aug-10']);
    await saveScreenshot(page, 'time-slider');
    expect(app.errors).toEqual([]);
    expect(app.offOrigin).toEqual([]);
    await app.close();
  });

  it('plays through the dates once Play is clicked, and stops at the last', async () => {
    const app = await openApp(browser, '', { reducedMotion: 'reduce' });
    const { page } = app;
    await addDated(page);
    const play = page.getByRole('button', { name: 'Play through the dates' });
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    await page.locator('summary', { hasText: 'Dates in the article' }).click();
    await page.getByRole('button', { name: /on Aug\. 6/ }).click();
    const seen = new Set<string>();
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    // Each step is a state the map draws; the slider's own value says where it is.
    while ((await play.getAttribute('aria-pressed')) === 'true') {
      seen.add((await slider(page).getAttribute('aria-valuetext')) ?? '');
      await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
    }
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('Sep 16, 2024');
    expect(seen.has('Aug 27, 2024')).toBe(true);
    await expectDrawn(page, ['user-sep-15']);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('keeps the chosen date in the link and restores it after a reload', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await addDated(page);
    await slider(page).focus();
    // One key at a time, each waited for (the page redraws between them).
    for (const [key, day] of [
      ['Home', '2024-08-06'],
      ['ArrowRight', '2024-08-10'],
      ['ArrowRight', '2024-08-27'],
    ] as const) {
      await page.keyboard.press(key);
      await expect.poll(() => dateInUrl(page)).toBe(day);
    }
    // Kept in the browser in the background: reload once all three are stored.
    await expect
      .poll(() => storedOrder(page))
      .toEqual(['user-aug-10', 'user-aug-27', 'user-sep-15']);
    await page.reload();
    await waitForIdle(page);
    expect(dateInUrl(page)).toBe('2024-08-27');
    // The reader's layers come back from the browser's storage and open on the link's day.
    await page.locator('li[data-layer="user-sep-15"]').waitFor();
    await slider(page).waitFor();
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('Aug 27, 2024');
    await expectDrawn(page, ['user-aug-27']);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('ignores an impossible date in the link with a notice, and dates a layer from its credit', async () => {
    const app = await openApp(browser, '#date=2024-02-30');
    const { page } = app;
    await page
      .getByText('Ignored part of the link: date=2024-02-30 is not a calendar date YYYY-MM-DD')
      .waitFor();
    expect(dateInUrl(page)).toBeNull();
    await page
      .getByLabel('Add a layer file')
      .setInputFiles('tests/fixtures/user/control-areas.geojson');
    await page.getByRole('button', { name: 'Remove layer control-areas' }).waitFor();
    // An undated layer has no slider; given a date in its row, it follows one.
    expect(await slider(page).count()).toBe(0);
    const row = page.locator('li[data-layer="user-control-areas"]');
    await row.getByLabel('Source').fill('Test desk');
    await row.getByLabel('Date').fill('2024-08-20');
    await row.getByRole('button', { name: 'Save credit' }).click();
    await slider(page).waitFor();
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('Aug 20, 2024');
    await expectDrawn(page, ['user-control-areas']);
    await page.locator('summary', { hasText: 'Dates in the article' }).click();
    await page
      .getByRole('list', { name: 'Dates in the article' })
      .getByRole('button')
      .first()
      .click();
    await expectDrawn(page, []);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('facts for a reader’s area', () => {
  it('say a clicked area holds Sudzha, its size and its share of the Kursk region', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await addDated(page, ['aug-27']);
    await waitForIdle(page);
    // Inside the square, away from Sudzha's own dot so the story does not take the click.
    const at = await screenPoint(page, [SUDZHA[0] + 0.12, SUDZHA[1] + 0.12]);
    await page.mouse.click(at.x, at.y);
    const panel = page.getByRole('complementary', { name: 'aug-27' });
    await panel.waitFor();
    const facts = panel.getByRole('region', { name: 'Computed from your layer' });
    await facts.getByText('Sudzha lies inside this area').waitFor();
    const text = (await facts.textContent()) ?? '';
    // The square is 0.5° wide; on a sphere of 6371 km that is R² Δλ (sin φ2 − sin φ1).
    const rad = Math.PI / 180;
    const south = SUDZHA[1] - 0.15;
    const expected =
      6371 ** 2 * 0.5 * rad * (Math.sin((south + 0.5) * rad) - Math.sin(south * rad));
    const shown = Number(/about ([\d,]+) km²/.exec(text)?.[1]?.replace(/,/g, ''));
    expect(Math.abs(shown - expected) / expected).toBeLessThan(0.05);
    // Two significant figures, not more.
    expect(String(shown).replace(/0+$/, '').length).toBeLessThanOrEqual(2);
    expect(text).toMatch(/\d+% of Kursk Oblast|less than 1% of Kursk Oblast/);
    expect(text).toContain('Measured with Turf');
    await saveScreenshot(page, 'user-area-facts');
    // The slider and the facts keep the page free of serious WCAG 2.1 AA violations.
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.passes.length).toBeGreaterThan(10);
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
