/**
 * The composition of the A4 Sudzha export, checked from where the export placed things: map
 * labels keep clear of the title, legend, inset, scale bar and credits and stay inside the
 * frame; the legend lists only the layers the frame shows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import type { Rect } from '../../src/export/core/scene.ts';
import type { PageSnapshot } from '../../src/export/browser/page-hook.ts';
import type { SnapshotOptions } from '../../src/export/browser/snapshot.ts';
import { ARTIFACTS, openApp, waitForIdle, type OpenedApp } from './app.ts';

let browser: Browser;
let app: OpenedApp;
beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, '#place=sudzha', { reducedMotion: 'reduce' });
  await app.page.waitForFunction(
    () => window.__storyMap!.getFeatureState({ source: 'story', id: 'sudzha' }).selected === true,
  );
  await waitForIdle(app.page);
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const ALL = {
  title: true,
  date: true,
  legend: true,
  scaleBar: true,
  northArrow: true,
  callout: true,
  inset: true,
};

async function exportA4(format: 'png' | 'svg'): Promise<PageSnapshot> {
  const opts: SnapshotOptions = {
    preset: 'a4-landscape',
    dpi: 300,
    format,
    title: 'Ukraine-held areas of Russia’s Kursk region',
    show: ALL,
  };
  return (await app.page.evaluate((o) => window.__storyExport!(o), opts)) as PageSnapshot;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each(['png', 'svg'] as const)('the A4 300 DPI Sudzha export as %s', (format) => {
  let snap: PageSnapshot;
  beforeAll(async () => {
    snap = await exportA4(format);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}/a4-sudzha.${format}`, Buffer.from(snap.base64, 'base64'));
  });

  it('draws map labels clear of the title, legend, inset, scale bar and credits', () => {
    const { labels, furniture } = snap.placement;
    expect(labels.length).toBeGreaterThan(3);
    expect(furniture.map((f) => f.id)).toEqual(
      expect.arrayContaining(['title', 'legend', 'inset', 'scale-bar', 'credit']),
    );
    const clashes = labels.flatMap((l) =>
      furniture.filter((f) => overlaps(l.box, f.rect)).map((f) => `${l.text.join(' ')} × ${f.id}`),
    );
    expect(clashes).toEqual([]);
  });

  it('cuts no map label at the frame', () => {
    const cut = snap.placement.labels.filter(
      ({ box }) =>
        box.x < 0 ||
        box.y < 0 ||
        box.x + box.width > snap.width ||
        box.y + box.height > snap.height,
    );
    expect(cut.map((l) => l.text.join(' '))).toEqual([]);
  });

  it('lists in the legend only the layers with features in the frame', () => {
    expect(snap.placement.legend).toEqual(['Kursk region', 'Ukraine–Russia border', 'Sudzha']);
    expect(app.errors).toEqual([]);
  });
});
