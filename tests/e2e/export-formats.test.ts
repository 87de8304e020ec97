/**
 * One style for every export: a PNG and the SVG of the same view and size, rasterised by
 * rsvg-convert, differ by at most a small share of pixels, with the selection visible in both.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { project, type MapView } from '../../src/export/projection.ts';
import { hexToRgb } from '../../src/map/hatch.ts';
import { PALETTE } from '../../src/map/palette.ts';
import type { PageSnapshot } from '../../src/snapshot/page-hook.ts';
import type { SnapshotOptions } from '../../src/snapshot/snapshot.ts';
import { story } from '../unit/story-data.ts';
import { openApp, waitForIdle, type OpenedApp } from './app.ts';
import { compareWithRaster } from './format-diff.ts';
import { hasColourNear, type Pixels } from './png.ts';

/** Largest share of pixels pixelmatch may find different between a raster and a vector export. */
export const FORMAT_TOLERANCE = 0.015;

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

async function exportAs(page: Page, format: 'png' | 'svg', view: SnapshotOptions['view']) {
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
    `$name: the PNG and the SVG differ by at most ${FORMAT_TOLERANCE * 100}% of pixels`,
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
      const svg = await exportAs(app.page, 'svg', view);
      const slug = `formats-${name.replace(/\s+/g, '-').toLowerCase()}-${lang}`;
      const diff = await compareWithRaster(png.bytes, 'svg', svg.bytes, slug);
      figures.push(
        `  ${name}, ${lang}: ${diff.differing} px of ${SIZE.width * SIZE.height} (${(diff.ratio * 100).toFixed(2)}%)`,
      );
      const mapView: MapView = { ...view, ...SIZE };
      expect(selectionVisible(diff.reference, mapView)).toBe(place !== null);
      expect(selectionVisible(diff.candidate, mapView)).toBe(place !== null);
      expect(diff.ratio).toBeLessThanOrEqual(FORMAT_TOLERANCE);
      expect(app.errors).toEqual([]);
    },
  );
});
