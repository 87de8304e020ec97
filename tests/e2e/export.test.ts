/** Snapshot export in Chromium: sizes, DPI, formats, pixels, vectors, refusals, the live map. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { readJpegDpi, readJpegSize } from '../../src/export/core/jpeg.ts';
import { readPngDpi, readPngSize } from '../../src/export/core/png.ts';
import { project, type MapView } from '../../src/export/core/projection.ts';
import { hexToRgb } from '../../src/map/hatch.ts';
import { PALETTE } from '../../src/map/palette.ts';
import type { PageSnapshot } from '../../src/export/browser/page-hook.ts';
import type { SnapshotOptions } from '../../src/export/browser/snapshot.ts';
import { storyFeatures } from '../unit/story-data.ts';
import { openApp, saveScreenshot, type OpenedApp } from './app.ts';
import { pdffonts, pdfimages, pdfinfo, pdftotext } from '../unit/pdf-tools.ts';
import { decodePng, diffRatio, distinctColours, hasColourNear } from './png.ts';

let browser: Browser;
let app: OpenedApp;
beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser);
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const NOTHING = {
  title: false,
  date: false,
  legend: false,
  scaleBar: false,
  northArrow: false,
  callout: false,
  inset: false,
};
const ALL = {
  title: true,
  date: true,
  legend: true,
  scaleBar: true,
  northArrow: true,
  callout: true,
  inset: true,
};
const VIEW = { center: [35.3, 51.2] as [number, number], zoom: 7.5 };

async function exportVia(page: Page, opts: Partial<SnapshotOptions>) {
  const full: SnapshotOptions = {
    preset: 'social-landscape',
    format: 'png',
    title: 'Test title',
    show: ALL,
    ...opts,
  };
  const result = (await page.evaluate((o) => window.__storyExport!(o), full)) as PageSnapshot;
  return { ...result, bytes: new Uint8Array(Buffer.from(result.base64, 'base64')) };
}

const liveView = (page: Page) =>
  page.evaluate(() => {
    const m = window.__storyMap!;
    return { ...m.getCenter(), zoom: m.getZoom() };
  });

describe('snapshot export', () => {
  it('draws the story colours where Sudzha and the Kursk–Sumy border project, and matches the golden image', async () => {
    const snap = await exportVia(app.page, {
      preset: 'custom',
      custom: { width: 600, height: 400 },
      dpi: 96,
      show: NOTHING,
      view: VIEW,
    });
    expect(readPngSize(snap.bytes)).toEqual({ width: 600, height: 400 });
    const img = decodePng(snap.bytes);
    expect(distinctColours(img)).toBeGreaterThan(5);
    const view: MapView = { ...VIEW, width: 600, height: 400 };
    const [sx, sy] = project([35.2726, 51.1976], view);
    expect(hasColourNear(img, sx, sy, hexToRgb(PALETTE.storyTown))).toBe(true);
    const border = storyFeatures.features.find((f) => f.properties.id === 'kursk-sumy-border')!;
    const coords = border.geometry.type === 'LineString' ? border.geometry.coordinates : [];
    const inside = coords
      .map((c) => project([c[0]!, c[1]!], view))
      .filter(([x, y]) => x > 5 && y > 5 && x < 595 && y < 370);
    expect(inside.length).toBeGreaterThan(10);
    const red = inside.filter(([x, y]) => hasColourNear(img, x, y, hexToRgb(PALETTE.highlight)));
    expect(red.length / inside.length).toBeGreaterThan(0.9);

    const golden = 'tests/e2e/golden/story-600x400.png';
    if (process.env.UPDATE === '1') writeFileSync(golden, snap.bytes);
    if (!existsSync(golden)) {
      throw new Error(`${golden} is missing: run with UPDATE=1 to create it, then review it.`);
    }
    expect(diffRatio(img, decodePng(readFileSync(golden)))).toBeLessThan(0.01);
  });

  it('exports A4 landscape at 300 DPI as exactly 3508×2480 px with its DPI recorded', async () => {
    const snap = await exportVia(app.page, { preset: 'a4-landscape', dpi: 300 });
    expect(readPngSize(snap.bytes)).toEqual({ width: 3508, height: 2480 });
    expect(readPngDpi(snap.bytes)).toBe(300);
    expect(snap.fileName).toBe('kursk_a4-landscape_300dpi.png');
    expect(distinctColours(decodePng(snap.bytes))).toBeGreaterThan(5);
  });

  it('exports JPEG at the exact size with its DPI', async () => {
    const snap = await exportVia(app.page, {
      preset: 'social-square',
      format: 'jpeg',
      quality: 0.8,
    });
    expect(readJpegSize(snap.bytes)).toMatchObject({ width: 1080, height: 1080 });
    expect(readJpegDpi(snap.bytes)).toBe(96);
    expect(snap.mime).toBe('image/jpeg');
  });

  it('exports a PDF whose page is exactly the preset, with vector paths and text', async () => {
    const snap = await exportVia(app.page, { preset: 'a4-portrait', dpi: 150, format: 'pdf' });
    expect(Buffer.from(snap.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // 210 × 297 mm = 595.2756 × 841.8898 pt.
    expect(pdfinfo(snap.bytes)).toMatch(/Page size:\s+595\.276 x 841\.89 pts \(A4\)/);
    // No bitmap: poppler lists no image, and the text is real text in embedded Noto Sans.
    expect(pdfimages(snap.bytes)).toEqual([]);
    expect(pdftotext(snap.bytes, false).replace(/\s+/g, ' ')).toContain('Test title');
    expect(pdffonts(snap.bytes).every((f) => f.emb === 'yes' && f.sub === 'yes')).toBe(true);
  });

  it('exports an SVG with the Kursk region as vector paths and the title and credits as text', async () => {
    const snap = await exportVia(app.page, {
      preset: 'social-landscape',
      format: 'svg',
      view: VIEW,
    });
    const svg = new TextDecoder().decode(snap.bytes);
    expect(svg).toMatch(
      /^<\?xml[^>]*\?>\s*<svg[^>]* width="1200" height="675" viewBox="0 0 1200 675"/,
    );
    const kursk = /<g id="layer-kursk-region"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(kursk).toMatch(/<path [^>]*d="M-?[\d.]+ -?[\d.]+L-?[\d.]+ -?[\d.]+L/);
    expect(svg).toMatch(/<text[^>]*>Test title<\/text>/);
    expect(svg).toMatch(/<text[^>]*>[^<]*Natural Earth[^<]*<\/text>/);
    expect(svg).not.toContain('<image');
  });

  it('refuses a size beyond what the browser can render, saying the largest possible', async () => {
    const attempt = exportVia(app.page, {
      preset: 'custom',
      custom: { width: 40000, height: 20000 },
      dpi: 96,
    });
    await expect(attempt).rejects.toThrow(
      /Too large: 40000×20000 px\. The largest .* is \d+×\d+ px/,
    );
  });

  it('leaves the live map where it was', async () => {
    const before = await liveView(app.page);
    await exportVia(app.page, { preset: 'view-2x' });
    expect(await liveView(app.page)).toEqual(before);
    expect(app.errors).toEqual([]);
  });
});

describe('the export dialog', () => {
  it('is keyboard operable, previews the frame and downloads a file named for what it is', async () => {
    const { page } = app;
    const before = await liveView(page);
    const button = page.getByRole('button', { name: 'Export snapshot' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export snapshot' });
    await dialog.waitFor();
    await dialog.getByLabel('Size').selectOption('a4-landscape');
    await dialog.getByRole('radio', { name: '150 DPI' }).check();
    expect(await dialog.getByTestId('export-summary').textContent()).toContain(
      '1754 × 1240 px · 150 DPI',
    );
    await dialog
      .getByRole('img', { name: 'Preview of the exported frame' })
      .waitFor({ timeout: 30_000 });
    await saveScreenshot(page, 'export-dialog');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('kursk_a4-landscape_150dpi.png');
    const bytes = readFileSync((await file.path())!);
    expect(readPngSize(bytes)).toEqual({ width: 1754, height: 1240 });
    expect(readPngDpi(bytes)).toBe(150);

    await dialog.getByLabel('Size').selectOption('custom');
    await dialog.getByLabel('Width').fill('40000');
    await dialog.getByLabel('Height').fill('30000');
    expect(await dialog.getByRole('alert').textContent()).toMatch(/^Too large: 40000×30000 px/);
    expect(await dialog.getByRole('button', { name: 'Export', exact: true }).isDisabled()).toBe(
      true,
    );

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Export snapshot',
    );
    expect(await liveView(page)).toEqual(before);
    expect(app.errors).toEqual([]);
    expect(app.offOrigin).toEqual([]);
  });
});
