/**
 * Exports with a reader's layer: drawn in its colour in the PNG, as vector paths in its own
 * group in the SVG, with its legend row and its credit in every format; refused while it has no
 * credit, in the dialog and through the page hook the command line uses.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import type { PageSnapshot } from '../../src/export/browser/page-hook.ts';
import type { SnapshotOptions } from '../../src/export/browser/snapshot.ts';
import { project, type MapView } from '../../src/export/core/projection.ts';
import { pdftotext } from '../unit/pdf-tools.ts';
import { openApp, waitForIdle, type OpenedApp } from './app.ts';
import { decodePng, pixelAt } from './png.ts';
import { FILE_GREEN, pickFile, plainFile, STYLED_AT, styledFile } from './user-layer-kit.ts';

let browser: Browser;
let app: OpenedApp;
beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser);
  await pickFile(app.page, 'areas.geojson', styledFile({ source: 'ISW', date: '2024-09-15' }));
  await app.page.locator('li[data-layer="user-areas"]').waitFor();
  await waitForIdle(app.page);
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const SIZE = { width: 900, height: 600 };
const VIEW = { center: STYLED_AT, zoom: 10 };
const CREDIT = 'areas: ISW, September 15, 2024';
const SHOW = {
  title: true,
  date: true,
  legend: true,
  scaleBar: true,
  northArrow: true,
  callout: false,
  inset: true,
};

async function exportAs(page: Page, format: SnapshotOptions['format']) {
  const opts: SnapshotOptions = {
    preset: 'custom',
    custom: SIZE,
    dpi: 96,
    format,
    title: 'Control areas',
    show: SHOW,
    view: VIEW,
  };
  const result = (await page.evaluate((o) => window.__storyExport!(o), opts)) as PageSnapshot;
  return { ...result, bytes: new Uint8Array(Buffer.from(result.base64, 'base64')) };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('an export with a reader’s layer', () => {
  it('draws it in its colour in the PNG, where it lies, and lists and credits it', async () => {
    const snap = await exportAs(app.page, 'png');
    const view: MapView = { ...VIEW, ...SIZE };
    const [x, y] = project(STYLED_AT, view);
    const [r, g, b] = pixelAt(decodePng(snap.bytes), x, y);
    // The file's green under the region's faint wash: green leads by far.
    expect(g - r, `pixel ${[r, g, b]}`).toBeGreaterThan(50);
    expect(g - b, `pixel ${[r, g, b]}`).toBeGreaterThan(50);
    expect(snap.placement.legend).toContain('areas');
    expect(snap.placement.furniture.map((f) => f.id)).toContain('credit');
  });

  it('is a group of vector paths in the SVG, in the file’s colour, with its credit as text', async () => {
    const snap = await exportAs(app.page, 'svg');
    const svg = new TextDecoder().decode(snap.bytes);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg) as {
      svg: unknown;
    };
    const groups: Record<string, unknown>[] = [];
    const texts: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      const o = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(o)) {
        if (key === 'g') for (const g of [value].flat()) groups.push(g as Record<string, unknown>);
        if (key === 'text') {
          for (const t of [value].flat()) {
            texts.push(
              typeof t === 'object'
                ? String((t as { '#text'?: unknown })['#text'] ?? '')
                : String(t),
            );
          }
        }
        walk(value);
      }
    };
    walk(doc.svg);
    const layer = groups.find((g) => g['id'] === 'layer-user-areas');
    expect(layer, 'a <g id="layer-user-areas">').toBeDefined();
    const paths: Record<string, string>[] = [];
    const collect = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'path') paths.push(...([value].flat() as Record<string, string>[]));
        else collect(value);
      }
    };
    collect(layer);
    expect(paths.length).toBeGreaterThanOrEqual(2);
    expect(
      paths.some((p) => p['fill'] === FILE_GREEN && /^M[\d.]+ [\d.]+L/.test(p['d'] ?? '')),
    ).toBe(true);
    const text = oneLine(texts.join(' '));
    expect(text).toContain(CREDIT);
    expect(texts).toContain('areas');
  });

  it('carries its credit and legend row in the PDF text', async () => {
    const snap = await exportAs(app.page, 'pdf');
    const text = oneLine(pdftotext(snap.bytes, false));
    expect(text).toContain(CREDIT);
    expect(text).toMatch(/\bareas\b/);
  });
});

describe('an export with an uncredited layer', () => {
  it('is refused, saying what to fill in, through the page hook and in the dialog', async () => {
    const { page } = app;
    await pickFile(page, 'lines.geojson', plainFile());
    await page.locator('li[data-layer="user-lines"]').waitFor();
    await expect(exportAs(page, 'png')).rejects.toThrow(
      'Your layer “lines” has no source: fill in its source (and date) under Your layers before exporting.',
    );
    await page.getByRole('button', { name: 'Export snapshot' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export snapshot' });
    await dialog.waitFor();
    await dialog
      .getByRole('alert')
      .filter({ hasText: 'Fill in the source of your layer “lines” under Your layers' })
      .waitFor();
    expect(await dialog.getByRole('button', { name: 'Export', exact: true }).isDisabled()).toBe(
      true,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Credited, it goes out with both credits.
    const row = page.locator('li[data-layer="user-lines"]');
    await row.getByLabel('Source').fill('DeepState');
    await row.getByRole('button', { name: 'Save credit' }).click();
    await row.getByText('lines: DeepState').waitFor();
    const text = oneLine(pdftotext((await exportAs(page, 'pdf')).bytes, false));
    expect(text).toContain(CREDIT);
    expect(text).toContain('lines: DeepState');
    expect(app.errors).toEqual([]);
    expect(app.offOrigin).toEqual([]);
  });
});
