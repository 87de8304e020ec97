/**
 * A reader's layer as its file styled it (simplestyle), restyled live from its row, credited in
 * the map's attribution and in the Your layers list, and the panel in the reader's language.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { openApp, waitForIdle } from './app.ts';
import {
  attributionText,
  distance,
  FILE_GREEN,
  hexRgb,
  pickFile,
  PLAIN_AT,
  pixelAtLngLat,
  plainFile,
  type Rgb,
  STYLED_AT,
  styledFile,
} from './user-layer-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Which channel leads, by a clear margin: how a tinted pixel shows its colour through the wash. */
const dominant = ([r, g, b]: Rgb) => {
  if (g > r + 40 && g > b + 40) return 'green';
  if (b > r + 30 && b > g) return 'blue';
  if (r > g + 40 && b > g + 20) return 'magenta';
  return 'none';
};

describe('a reader’s layer’s style', () => {
  it('draws the file’s own colours, the layer colour elsewhere, and follows the row’s colour and opacity', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await pickFile(page, 'areas.geojson', styledFile());
    await page.getByRole('button', { name: 'Remove layer areas' }).waitFor();
    await waitForIdle(page);
    const styled = await pixelAtLngLat(page, STYLED_AT);
    const plain = await pixelAtLngLat(page, PLAIN_AT);
    // The file's green where it gave one; the first layer colour (#1f78b4, blue) where not.
    expect(dominant(styled), `styled square ${styled}`).toBe('green');
    expect(dominant(plain), `plain square ${plain}`).toBe('blue');
    expect(distance(styled, hexRgb(FILE_GREEN))).toBeLessThan(60);

    // The row's colour repaints the features without a colour of their own, and only those.
    await page.getByLabel('Colour').fill('#c51b7d');
    await waitForIdle(page);
    expect(dominant(await pixelAtLngLat(page, PLAIN_AT))).toBe('magenta');
    expect(distance(await pixelAtLngLat(page, STYLED_AT), styled)).toBeLessThan(6);
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: 'areas' })
        .locator('svg rect')
        .getAttribute('fill'),
    ).toBe('#c51b7d');

    // Opacity fades the whole layer toward what lies under it.
    await page.getByLabel('Opacity').fill('30');
    await waitForIdle(page);
    const faded = await pixelAtLngLat(page, STYLED_AT);
    expect(distance(faded, styled)).toBeGreaterThan(40);
    expect(
      await page.evaluate(() =>
        window.__storyMap!.getPaintProperty('user-areas:fill', 'fill-opacity'),
      ),
    ).toEqual(expect.arrayContaining(['*', 0.3]));
    expect(app.errors).toEqual([]);
    expect(app.offOrigin).toEqual([]);
    await app.close();
  });

  it('moves a colour the reader picks off the story’s and says so', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await pickFile(page, 'lines.geojson', plainFile());
    await page.getByRole('button', { name: 'Remove layer lines' }).waitFor();
    // The incursion red of the story.
    await page.getByLabel('Colour').fill('#d7191c');
    const note = page.getByText(
      /Too close to the story’s highlighted border colour: drawn in #[0-9a-f]{6}/,
    );
    await note.waitFor();
    const said = /drawn in (#[0-9a-f]{6})/.exec((await note.textContent()) ?? '')?.[1];
    expect(said).not.toBe('#d7191c');
    // The map repaints once its style is ready, which may be a frame after the note shows.
    await expect
      .poll(() =>
        page.evaluate(() => window.__storyMap!.getPaintProperty('user-lines:fill', 'fill-color')),
      )
      .toBe(said);
    await app.close();
  });
});

describe('a reader’s layer’s credit', () => {
  it('comes from the file, and shows in the attribution and the list', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await pickFile(page, 'areas.geojson', styledFile({ source: 'ISW', date: '2024-09-15' }));
    await page.getByRole('button', { name: 'Remove layer areas' }).waitFor();
    await waitForIdle(page);
    await expect.poll(() => attributionText(page)).toContain('areas: ISW, September 15, 2024');
    const row = page.locator('li[data-layer="user-areas"]');
    expect(await row.innerText()).toContain('areas: ISW, September 15, 2024');
    expect(await row.getByLabel('Source').inputValue()).toBe('ISW');
    expect(await row.getByLabel('Date').inputValue()).toBe('2024-09-15');
    await app.close();
  });

  it('is asked for when the file has none, checked, and shown as plain text', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await pickFile(page, 'lines.geojson', plainFile());
    const row = page.locator('li[data-layer="user-lines"]');
    await row.waitFor();
    expect(await row.innerText()).toContain('Add its source: exports need it.');
    await row.getByRole('button', { name: 'Save credit' }).click();
    await row.getByText('Fill in the source: who made this map?').waitFor();
    await row.getByLabel('Date').fill('2999-01-01');
    await row.getByLabel('Source').fill('<b>DeepState</b>');
    await row.getByRole('button', { name: 'Save credit' }).click();
    await row.getByText('The date cannot be in the future.').waitFor();
    await row.getByLabel('Date').fill('2024-09-14');
    await row.getByRole('button', { name: 'Save credit' }).click();
    await expect
      .poll(() => attributionText(page))
      .toContain('lines: <b>DeepState</b>, September 14, 2024');
    // Text, not markup, in the attribution.
    expect(await page.locator('.maplibregl-ctrl-attrib-inner b').count()).toBe(0);
    expect(await row.innerText()).toContain('lines: <b>DeepState</b>, September 14, 2024');
    // The layer is still drawn after its source was added again with the credit.
    await waitForIdle(page);
    const drawn = await page.evaluate(
      () => window.__storyMap!.queryRenderedFeatures({ layers: ['user-lines:fill'] }).length,
    );
    expect(drawn).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('the Your layers panel', () => {
  for (const [lang, heading, pick, remove] of [
    ['uk', 'Ваші шари', 'Додати файл шару', 'Вилучити шар areas'],
    ['ru', 'Ваши слои', 'Добавить файл слоя', 'Удалить слой areas'],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      const app = await openApp(browser, `#lang=${lang}`);
      const { page } = app;
      await page.getByRole('heading', { name: heading }).waitFor();
      await pickFile(page, 'areas.geojson', styledFile(), pick);
      await page.getByRole('button', { name: remove }).waitFor();
      const row = page.locator('li[data-layer="user-areas"]');
      const text = await row.innerText();
      expect(text).toMatch(lang === 'uk' ? /об’єктів: 2/ : /объектов: 2/);
      expect(text).not.toMatch(/\b(Colour|Opacity|Source|Date|Save credit|features)\b/);
      await app.close();
    });
  }
});
