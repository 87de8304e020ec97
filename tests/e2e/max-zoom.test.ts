/**
 * At the new maximum zoom over Sudzha (issue 10): the cap holds, nothing errors, and the labels
 * MapLibre placed (queryRenderedFeatures on the label layers) do not overlap.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { openApp, saveScreenshot, waitForIdle } from './app.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Box {
  name: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

describe('at the maximum zoom over Sudzha', () => {
  it('stops at zoom 13, draws the story layers, and its labels do not overlap', async () => {
    const app = await openApp(browser, '#map=13/51.1976/35.2726');
    const { page } = app;
    expect(await page.evaluate(() => window.__storyMap!.getZoom())).toBe(13);
    // Asking for more than the cap: MapLibre clamps to maxZoom.
    await page.evaluate(() => window.__storyMap!.jumpTo({ zoom: 15 }));
    await waitForIdle(page);
    expect(await page.evaluate(() => window.__storyMap!.getZoom())).toBe(13);
    const border = await page.evaluate(
      () =>
        window.__storyMap!.queryRenderedFeatures({
          layers: ['kursk-region-fill', 'sudzha-dot'],
        }).length,
    );
    expect(border).toBeGreaterThan(0);
    const labelBoxes = () =>
      page.evaluate(() => {
        const map = window.__storyMap!;
        // Point labels set beside their dot (towns, Sudzha, capitals): their boxes are measurable
        // from the font; area labels wrap and are spaced out, and are left to MapLibre.
        const layers = map
          .getStyle()
          .layers.filter(
            (l) => l.type === 'symbol' && /^(town-label-|sudzha-label|capitals-label)/.test(l.id),
          )
          .map((l) => l.id);
        const ctx = document.createElement('canvas').getContext('2d')!;
        const out: Box[] = [];
        for (const f of map.queryRenderedFeatures({ layers })) {
          if (f.geometry.type !== 'Point') continue;
          const size = Number(map.getLayoutProperty(f.layer.id, 'text-size') ?? 12);
          const text = String(f.properties['name'] ?? '');
          ctx.font = `${size}px "Noto Sans"`;
          const w = ctx.measureText(text).width;
          const p = map.project(f.geometry.coordinates as [number, number]);
          const offset = map.getLayoutProperty(f.layer.id, 'text-offset') as number[] | undefined;
          const x0 = p.x + (offset?.[0] ?? 0) * size;
          out.push({ name: text, x0, y0: p.y - size / 2, x1: x0 + w, y1: p.y + size / 2 });
        }
        return out;
      });
    const overlapsOf = (boxes: Box[]) => {
      const found: string[] = [];
      // Allow 2 px for the difference between this measure and MapLibre's glyph boxes.
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          if (ox > 2 && oy > 2) found.push(`${a.name} / ${b.name}`);
        }
      });
      return found;
    };
    const atCap = await labelBoxes();
    expect(atCap.map((b) => b.name)).toContain('Sudzha');
    expect(overlapsOf(atCap)).toEqual([]);
    await saveScreenshot(page, 'max-zoom-sudzha');
    // And on the way out, from the cap down to zoom 5: never two labels on top of each other.
    let seen = atCap.length;
    for (const zoom of [11, 9, 7, 5]) {
      await page.evaluate((z) => window.__storyMap!.jumpTo({ zoom: z }), zoom);
      await waitForIdle(page);
      const boxes = await labelBoxes();
      seen += boxes.length;
      expect(overlapsOf(boxes), `zoom ${zoom}`).toEqual([]);
    }
    expect(seen).toBeGreaterThan(5);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
