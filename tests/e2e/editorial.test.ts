/**
 * The map says what the article says (issue 15): the Kursk region drawn as an administrative unit,
 * claims drawn and worded as claims, the regional capital labelled, the interface in the reader's
 * language, and the keyboard paths (skip links, one Tab stop for the places).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { hexToRgb } from '../../src/map/hatch.ts';
import { PALETTE } from '../../src/map/palette.ts';
import { openApp, saveScreenshot, screenPoint, waitForIdle } from './app.ts';
import { decodePng, pixelAt } from './png.ts';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { storyFeatures } from '../unit/story-data.ts';

/** The basemap's towns as the app loads them. */
const towns = JSON.parse(
  readFileSync('data/basemaps/ukraine-russia/towns.geojson', 'utf8'),
) as FeatureCollection<Point, Record<string, unknown>>;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Inside Kursk oblast, clear of its towns and labels in the first view. */
const IN_KURSK: [number, number][] = [
  [35.55, 51.95],
  [37.2, 51.35],
  [36.9, 52.05],
];
/** In Russia just outside it (Oryol and Belgorod oblasts), for comparison. */
const OUTSIDE: [number, number][] = [
  [36.6, 52.75],
  [37.6, 50.85],
];

/** The colour the screen shows at each point (a screenshot: the canvas keeps no drawing buffer). */
async function colourAt(page: Page, points: [number, number][]) {
  const png = decodePng(await page.screenshot());
  const out: [number, number, number][] = [];
  for (const p of points) {
    const { x, y } = await screenPoint(page, p);
    out.push(pixelAt(png, x, y));
  }
  return out;
}

const spread = (rgb: [number, number, number]) => Math.max(...rgb) - Math.min(...rgb);

describe('what the map claims', () => {
  it('labels Kursk, the regional capital, in the first view, and still names the region', async () => {
    // The region's seat, found by its GeoNames flag (PPLA) and the region's polygon, not by name.
    const region = storyFeatures.features.find((f) => f.properties.id === 'kursk-region')!;
    const seats = towns.features.filter((t) => t.properties['regional_capital'] === true);
    const seat = seats.filter((t) => booleanPointInPolygon(t, region as Feature<Polygon>));
    expect(seat.map((t) => t.properties['name'])).toEqual(['Kursk']);
    const app = await openApp(browser);
    const labels = await app.page.evaluate(() => {
      const map = window.__storyMap!;
      const towns = map
        .getStyle()
        .layers.filter((l) => l.id.startsWith('town-label-'))
        .map((l) => l.id);
      return {
        towns: map.queryRenderedFeatures({ layers: towns }).map((f) => f.properties['geonames_id']),
        region: map
          .queryRenderedFeatures({ layers: ['kursk-region-label'] })
          .map((f) => f.properties['name']),
        bounds: map.getBounds().toArray(),
      };
    });
    expect(labels.towns).toContain(seat[0]!.properties['geonames_id']);
    // So is every other regional capital in the first view (Sumy, Belgorod, Bryansk, Oryol…).
    const [[w, s], [e, n]] = labels.bounds as [[number, number], [number, number]];
    const inView = seats.filter(
      ({
        geometry: {
          coordinates: [x = 0, y = 0],
        },
      }) => x > w && x < e && y > s && y < n,
    );
    expect(inView.length).toBeGreaterThan(3);
    for (const t of inView)
      expect(labels.towns, String(t.properties['name'])).toContain(t.properties['geonames_id']);
    expect(labels.region).toEqual(['Kursk Oblast']);
    await saveScreenshot(app.page, 'editorial-first-view');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('draws the Kursk region in a light neutral, not the accent colour; selected, it is filled', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const accent = hexToRgb(PALETTE.accent);
    const russia = await colourAt(page, OUTSIDE);
    expect(russia[0]).toEqual(russia[1]);
    for (const rgb of await colourAt(page, IN_KURSK)) {
      const at = `pixel ${rgb.join(',')} vs Russia ${russia[0]!.join(',')}`;
      // At most a faint wash over Russia's own grey (the old fill, orange at 22 %, was 48 off).
      expect(Math.max(...rgb.map((c, i) => Math.abs(c - russia[0]![i]!))), at).toBeLessThan(12);
      expect(spread(rgb), at).toBeLessThan(20);
      expect(rgb.some((c, i) => Math.abs(c - accent[i]!) > 60)).toBe(true);
    }
    // The strong fill is kept for the selected place.
    await page.getByRole('button', { name: 'Kursk region' }).focus();
    await page
      .getByRole('navigation', { name: 'Places in the story' })
      .getByRole('button', { name: /Kursk Oblast/ })
      .click();
    await page.getByRole('complementary', { name: 'Kursk Oblast' }).waitFor();
    await waitForIdle(page);
    await page.waitForTimeout(300);
    await waitForIdle(page);
    const selected = await colourAt(page, [IN_KURSK[0]!]);
    expect(selected[0]![2] - selected[0]![0], `selected ${selected[0]!.join(',')}`).toBeGreaterThan(
      12,
    );
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('words the claimed territories as claims, and says the line of control is not shown', async () => {
    const app = await openApp(browser, '#place=zaporizhzhia-oblast');
    const { page } = app;
    const legend = page.getByRole('region', { name: 'Legend and layers' });
    const toggle = legend.getByRole('checkbox', { name: /^Claimed by Moscow as annexed/ });
    expect(await toggle.count()).toBe(1);
    const text = (await legend.textContent()) ?? '';
    expect(text).toContain('claimed as annexed in 2022');
    expect(text).toContain('occupied by Russia since 2014');
    expect(text).not.toContain('Occupied or claimed');
    const panel = page.getByRole('complementary', { name: 'Zaporizhzhia Oblast' });
    await panel.waitFor();
    const said = (await panel.textContent()) ?? '';
    expect(said).toContain('Moscow claims to have annexed the whole oblast');
    expect(said).toContain('the line of control is not shown');
    expect(said).toContain('control-area layer');
    // Drawn apart: the 2022 claims dashed and light, Crimea (2014) solid.
    const layers = await page.evaluate(() => {
      const map = window.__storyMap!;
      const ids = (layer: string) =>
        map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties['id'] as string);
      return { solid: ids('claimed-line'), dashed: ids('claimed-claim-line') };
    });
    expect(layers.dashed).toContain('zaporizhzhia-oblast');
    expect(layers.solid).not.toContain('zaporizhzhia-oblast');
    await saveScreenshot(page, 'editorial-claimed');
    await page.goto(`${app.baseUrl}#place=crimea`);
    await waitForIdle(page);
    await page.getByRole('complementary', { name: 'Autonomous Republic of Crimea' }).waitFor();
    expect(await page.getByRole('complementary').textContent()).toContain(
      'Occupied by Russia since 2014',
    );
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('prints no byline the source does not give, and numbers paragraphs as the article does', async () => {
    const app = await openApp(browser, '#place=kursk-region');
    const { page } = app;
    expect(await page.getByRole('article').textContent()).not.toContain('By The Moscow Times');
    expect(await page.locator('header.masthead').textContent()).not.toContain('By ');
    const panel = page.getByRole('complementary', { name: 'Kursk Oblast' });
    const captions = await panel.locator('figcaption').allTextContents();
    expect(captions).toEqual([
      'Photo caption',
      'Paragraph 1',
      'Paragraph 2',
      'Paragraph 3',
      'Paragraph 4',
      'Paragraph 7',
      'Paragraph 8',
    ]);
    // Nested quotes: the article's own quotation marks become single inside the panel's.
    expect(await panel.locator('blockquote').nth(2).textContent()).toMatch(/^“‘I instructed/);
    const summary = await page.locator('#map-summary').textContent();
    expect(summary).toContain('The article names 4 of the places on the map');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('the interface in the reader’s language', () => {
  it('shows Ukrainian and Russian interface strings after switching, the article in English', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const expected = {
      uk: ['Місця в історії', 'Легенда і шари', 'Уся історія', 'Оголошено Москвою анексованим'],
      ru: ['Места в истории', 'Легенда и слои', 'Вся история', 'Объявлено Москвой аннексированным'],
    };
    for (const lang of ['uk', 'ru'] as const) {
      await page.getByRole('combobox').first().selectOption(lang);
      const [places, legend, whole, claimed] = expected[lang];
      await page.getByRole('navigation', { name: places }).waitFor();
      expect(await page.getByRole('region', { name: legend! }).textContent()).toContain(claimed);
      expect(await page.getByRole('button', { name: whole! }).count()).toBe(1);
      expect(await page.getByRole('article').textContent()).toContain('Ukraine said Monday');
      await saveScreenshot(page, `editorial-interface-${lang}`);
    }
    expect(page.url()).toContain('lang=ru');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('titles and labels the export dialog in Ukrainian after switching to uk', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.getByRole('combobox').first().selectOption('uk');
    await page.getByRole('button', { name: 'Експорт знімка' }).click();
    const dialog = page.getByRole('dialog', { name: 'Експорт знімка' });
    await dialog.waitFor();
    expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toBe('Експорт знімка');
    expect(await dialog.getByLabel('Розмір').count()).toBe(1);
    expect(await dialog.getByRole('checkbox', { name: 'Масштабна лінійка' }).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Експортувати' }).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    // The size presets are named in Ukrainian too, the paper sizes kept.
    const sizes = await dialog.getByLabel('Розмір').locator('option').allTextContents();
    expect(sizes).toHaveLength(11);
    expect(sizes).toContain('A4, альбомна (297 × 210 мм)');
    expect(sizes).toContain('Соцмережі, квадрат (1080 × 1080 пкс)');
    expect(sizes.filter((s) => /portrait|landscape|Social|Custom|Current/.test(s))).toEqual([]);
    await saveScreenshot(page, 'editorial-export-dialog-uk');
    await dialog.getByRole('button', { name: 'Скасувати' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

/** Presses Tab `n` times from the top of the page, recording what gets focus each time. */
async function tabSequence(page: Page, n: number) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: { text: string; inPlaces: boolean; attribution: boolean; canvas: boolean }[] = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return {
          text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
          inPlaces: el.closest('nav.places') !== null,
          attribution: el.closest('.maplibregl-ctrl-attrib') !== null,
          canvas: el.classList.contains('maplibregl-canvas'),
        };
      }),
    );
  }
  return seen;
}

describe('keyboard paths', () => {
  it('starts with a skip link that moves focus to the map, and one to the article', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Skip to the map' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() => document.activeElement === window.__storyMap!.getCanvas()),
    ).toBe(true);
    await page.getByRole('button', { name: 'Skip to the article' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('article-title');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('enters the places list in one Tab stop and puts the view buttons before the attribution', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const seen = await tabSequence(page, 40);
    const places = seen.filter((s) => s.inPlaces);
    expect(places, JSON.stringify(seen.map((s) => s.text))).toHaveLength(1);
    // Arrow keys move within the list.
    const first = seen.findIndex((s) => s.inPlaces);
    // A fresh page, so Tab starts from the top again, as in the sequence above.
    const again = await openApp(browser);
    for (let i = 0; i <= first; i++) await again.page.keyboard.press('Tab');
    const before = await again.page.evaluate(() => document.activeElement?.textContent ?? '');
    await again.page.keyboard.press('ArrowDown');
    const after = await again.page.evaluate(() => ({
      inList: document.activeElement?.closest('nav.places') !== null,
      text: document.activeElement?.textContent ?? '',
    }));
    expect(after.inList).toBe(true);
    expect(after.text).not.toBe(before);
    await again.close();
    const texts = seen.map((s) => s.text);
    const view = texts.indexOf('Kursk region');
    const attribution = seen.findIndex((s) => s.attribution);
    expect(view, JSON.stringify(texts)).toBeGreaterThanOrEqual(0);
    expect(attribution, JSON.stringify(texts)).toBeGreaterThan(view);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
