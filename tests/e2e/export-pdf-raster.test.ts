/**
 * The PDF draws what the PNG draws: the same view exported as PNG (MapLibre on WebGL) and as
 * PDF (vectors, rasterised by poppler's pdftoppm at the same pixel size), compared with
 * pixelmatch. Default view and Sudzha selected, in English and Ukrainian.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import type { PageSnapshot } from '../../src/snapshot/page-hook.ts';
import type { SnapshotOptions } from '../../src/snapshot/snapshot.ts';
import { pdftoppm } from '../unit/pdf-tools.ts';
import { openApp } from './app.ts';

/**
 * Most pixels that may differ (pixelmatch threshold 0.2). Measured on 2 Dec 2026: 1.41 % (default
 * view), 1.25 % (Sudzha, en), 1.36 % (Sudzha, uk); what differs is label placement (MapLibre's
 * collision vs the vector scene's) and the selection ring, not missing layers or text.
 */
const TOLERANCE = 0.03;
const SIZE = { width: 800, height: 500 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SHOW = {
  title: true,
  date: true,
  legend: true,
  scaleBar: true,
  northArrow: true,
  callout: false,
  inset: true,
};

describe('PNG and rasterised PDF of one view', () => {
  it.each([
    ['the default view', '', 'default-en'],
    ['Sudzha selected, English', '#place=sudzha', 'sudzha-en'],
    ['Sudzha selected, Ukrainian', '#place=sudzha&lang=uk', 'sudzha-uk'],
  ])('%s differ by at most the tolerance', async (_, hash, name) => {
    const app = await openApp(browser, hash);
    try {
      const make = async (format: 'png' | 'pdf') => {
        const opts: SnapshotOptions = {
          preset: 'custom',
          custom: SIZE,
          format,
          title: 'Kursk region',
          show: SHOW,
        };
        const r = (await app.page.evaluate((o) => window.__storyExport!(o), opts)) as PageSnapshot;
        return Buffer.from(r.base64, 'base64');
      };
      const png = PNG.sync.read(await make('png'));
      const pdf = PNG.sync.read(pdftoppm(await make('pdf'), SIZE.width, SIZE.height));
      expect([pdf.width, pdf.height]).toEqual([SIZE.width, SIZE.height]);
      const diff = new PNG({ ...SIZE });
      const differing = pixelmatch(png.data, pdf.data, diff.data, SIZE.width, SIZE.height, {
        threshold: 0.2,
      });
      const ratio = differing / (SIZE.width * SIZE.height);
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/pdf-raster-${name}-png.png`, PNG.sync.write(png));
      writeFileSync(`test-results/pdf-raster-${name}-pdf.png`, PNG.sync.write(pdf));
      writeFileSync(`test-results/pdf-raster-${name}-diff.png`, PNG.sync.write(diff));
      console.log(`PNG vs PDF, ${name}: ${(ratio * 100).toFixed(2)} % of pixels differ`);
      expect(ratio).toBeLessThanOrEqual(TOLERANCE);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
