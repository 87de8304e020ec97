/**
 * One style for every export: a PNG, the SVG (rasterised by rsvg-convert) and the PDF (rasterised
 * by poppler's pdftoppm) of the same view and size differ by at most a small share of pixels, with
 * the selection visible in all three.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { project, type MapView } from '../../src/export/core/projection.ts';
import { hexToRgb } from '../../src/map/hatch.ts';
import { PALETTE } from '../../src/map/palette.ts';
import type { PageSnapshot } from '../../src/export/browser/page-hook.ts';
import type { SnapshotOptions } from '../../src/export/browser/snapshot.ts';
import { story } from '../unit/story-data.ts';
import { openApp, waitForIdle, type OpenedApp } from './app.ts';
import { compareWithRaster } from './format-diff.ts';
import { decodePng, hasColourNear, type Pixels } from './png.ts';

/**
 * Largest share of pixels pixelmatch may find different between the PNG and a vector export.
 * Measured on 2 Dec 2026 (900×600): SVG 1.18–1.33 %, PDF 1.44–1.57 % (poppler anti-aliases text
 * differently from Chromium); almost all of it is glyph edges.
 */
export const FORMAT_TOLERANCE = { svg: 0.015, pdf: 0.02 } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SIZE = { width: 900, height: 600 };
const ALL = {
  title: true,
  date: true,
  legend: true,
  scaleBar: true,
  northArrow: true,
  callout: true,
  inset: true,
};

async function exportAs(page: Page, format: 'png' | 'svg' | 'pdf', view: SnapshotOptions['view']) {
  const opts: SnapshotOptions = {
    preset: 'custom',
    custom: SIZE,
    dpi: 96,
    format,
    title: 'Kursk region',
    show: ALL,
    view,
  };
  const result = (await page.evaluate((o) => window.__storyExport!(o), opts)) as PageSnapshot;
  return { ...result, bytes: new Uint8Array(Buffer.from(result.base64, 'base64')) };
}

const liveView = (page: Page) =>
  page.evaluate(() => {
    const m = window.__storyMap!;
    const c = m.getCenter();
    return { center: [c.lng, c.lat] as [number, number], zoom: m.getZoom() };
  });

/** The selection colour in a ring around Sudzha's dot. */
function selectionVisible(img: Pixels, view: MapView): boolean {
  const sudzha = story.byId.get('sudzha')!;
  const [lng, lat] = sudzha.geometry.type === 'Point' ? sudzha.geometry.coordinates : [0, 0];
  const [x, y] = project([lng!, lat!], view);
  const blue = hexToRgb(PALETTE.select);
  return [0, 90, 180, 270].some((deg) => {
    const a = (deg * Math.PI) / 180;
    return hasColourNear(img, x + 11.5 * Math.cos(a), y + 11.5 * Math.sin(a), blue, 1, 40);
  });
}

const figures: string[] = [];
afterAll(() => console.log(`raster vs vector (pixelmatch, threshold 0.1):\n${figures.join('\n')}`));

describe.each(['en', 'uk'] as const)('in %s', (lang) => {
  let app: OpenedApp;
  beforeAll(async () => {
    // Reduced motion: selecting a place jumps instead of flying, so the view settles at once.
    app = await openApp(browser, `#lang=${lang}`, { reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    { name: 'default view', place: null },
    { name: 'Sudzha selected', place: 'sudzha' },
  ])(
    `$name: the PNG, the SVG and the PDF differ by at most ${FORMAT_TOLERANCE.svg * 100}% / ${FORMAT_TOLERANCE.pdf * 100}% of pixels`,
    async ({ name, place }) => {
      if (place) {
        await app.page.evaluate((h) => (location.hash = h), `#place=${place}&lang=${lang}`);
        await app.page.waitForFunction(
          (id) => window.__storyMap!.getFeatureState({ source: 'story', id }).selected === true,
          place,
        );
        await waitForIdle(app.page);
      }
      const view = await liveView(app.page);
      const png = await exportAs(app.page, 'png', view);
      const slug = `formats-${name.replace(/\s+/g, '-').toLowerCase()}-${lang}`;
      const mapView: MapView = { ...view, ...SIZE };
      expect(selectionVisible(decodePng(png.bytes), mapView)).toBe(place !== null);
      for (const format of ['svg', 'pdf'] as const) {
        const vector = await exportAs(app.page, format, view);
        const diff = await compareWithRaster(png.bytes, format, vector.bytes, slug);
        figures.push(
          `  ${name}, ${lang}, ${format}: ${diff.differing} px of ${SIZE.width * SIZE.height} (${(diff.ratio * 100).toFixed(2)}%)`,
        );
        expect(selectionVisible(diff.candidate, mapView), format).toBe(place !== null);
        expect(diff.ratio, format).toBeLessThanOrEqual(FORMAT_TOLERANCE[format]);
      }
      expect(app.errors).toEqual([]);
    },
  );
});
