/**
 * Reader files made inside the page (nothing big is committed or sent over the wire) and dropped
 * on the map, with the longest main-thread task measured while the page handles them.
 * Shapes are synthetic, placed around Sudzha as the story data locates it.
 */
import type { Page } from 'playwright-core';
import { storyFeatures } from '../unit/story-data.ts';

const sudzhaFeature = storyFeatures.features.find((f) => f.properties.id === 'sudzha');
if (sudzhaFeature?.geometry.type !== 'Point') throw new Error('Sudzha is not a point in data/');
/** Sudzha, [lng, lat], from data/stories/kursk/features.geojson. */
export const SUDZHA = sudzhaFeature.geometry.coordinates as [number, number];

/** How a file's text becomes bytes. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be' | 'windows-1251';

export interface FileSpec {
  name: string;
  /** The file's text; or `big` to generate it in the page. */
  text?: string;
  encoding?: Encoding;
  /** Generate circles around `center` until `bytes` is nearly reached, then pad with spaces. */
  big?: { center: [number, number]; bytes: number };
}

/** A counterclockwise square ring (clockwise when `hole`), `size` degrees wide, at an offset from Sudzha. */
export function square(dx: number, dy: number, size: number, hole = false): number[][] {
  const [x, y] = [SUDZHA[0] + dx, SUDZHA[1] + dy];
  const ring = [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
  return hole ? ring.reverse() : ring;
}

/** A FeatureCollection text with one feature per geometry. */
export function collectionText(
  geometries: object[],
  properties: Record<string, unknown> = {},
): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: geometries.map((geometry) => ({ type: 'Feature', properties, geometry })),
  });
}

declare global {
  interface Window {
    __files?: File[];
    __longest?: number;
    __longtasks?: PerformanceObserver;
    /** blob: URLs the page's own thread fetched (user-formats-limits.test.ts). */
    __pageBlobFetches?: string[];
  }
}

/** Builds the files in the page (not timed), ready for `dropPrepared`. */
export function prepareFiles(page: Page, specs: FileSpec[]): Promise<number[]> {
  return page.evaluate((list) => {
    const bytesOf = (text: string, encoding: string): Uint8Array => {
      if (encoding === 'utf-8') return new TextEncoder().encode(text);
      if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
      if (encoding === 'windows-1251') {
        // А–я are 0xC0–0xFF in Windows-1251; the test texts hold no other non-ASCII letters.
        return Uint8Array.from(text, (c) => {
          const code = c.charCodeAt(0);
          return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
        });
      }
      const units = encoding === 'utf-16le-bom' ? `\uFEFF${text}` : text;
      const out = new Uint8Array(units.length * 2);
      const view = new DataView(out.buffer);
      for (let i = 0; i < units.length; i++) {
        view.setUint16(i * 2, units.charCodeAt(i), encoding === 'utf-16le-bom');
      }
      return out;
    };
    const generate = (center: [number, number], bytes: number): string => {
      // Circles of 1,000 vertices on a grid around the centre: valid, and about 22 bytes a vertex.
      const parts: string[] = [];
      let length = 60;
      for (let i = 0; length < bytes - 60_000; i++) {
        const cx = center[0] - 1 + (i % 40) * 0.05;
        const cy = center[1] - 1 + Math.floor(i / 40) * 0.05;
        const ring: string[] = [];
        for (let k = 0; k < 1000; k++) {
          const a = (k / 1000) * 2 * Math.PI;
          ring.push(
            `[${(cx + 0.02 * Math.cos(a)).toFixed(6)},${(cy + 0.02 * Math.sin(a)).toFixed(6)}]`,
          );
        }
        ring.push(ring[0]!);
        const feature = `{"type":"Feature","properties":{"n":${i}},"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`;
        parts.push(feature);
        length += feature.length + 1;
      }
      const text = `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
      return text + ' '.repeat(Math.max(0, bytes - text.length));
    };
    window.__files = list.map((spec) => {
      const text = spec.big ? generate(spec.big.center, spec.big.bytes) : (spec.text ?? '');
      const bytes = bytesOf(text, spec.encoding ?? 'utf-8');
      return new File([bytes as BlobPart], spec.name, { type: 'application/geo+json' });
    });
    return window.__files.map((f) => f.size);
  }, specs);
}

/** Drops the prepared files on the map and starts recording long tasks. */
export function dropPrepared(page: Page): Promise<void> {
  return page.evaluate(() => {
    window.__longest = 0;
    window.__longtasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longest = Math.max(window.__longest ?? 0, entry.duration);
      }
    });
    window.__longtasks.observe({ type: 'longtask' });
    const dt = new DataTransfer();
    for (const file of window.__files ?? []) dt.items.add(file);
    const target = document.querySelector('section[aria-label="Story map"]')!;
    target.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
    target.dispatchEvent(
      new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
  });
}

/** The longest main-thread task since `dropPrepared`, in ms (0 when none exceeded 50 ms). */
export async function longestTask(page: Page): Promise<number> {
  // Long-task entries are delivered after the task: give them a moment.
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    window.__longtasks?.disconnect();
    window.__files = [];
    return Math.round(window.__longest ?? 0);
  });
}

/** The story as the map holds it: ids of its features and how many story layers there are. */
export const storyState = (page: Page) =>
  page.evaluate(() => {
    const style = window.__storyMap!.getStyle();
    const data = (
      style.sources['story'] as unknown as { data: { features: { properties: { id: string } }[] } }
    ).data;
    return {
      ids: data.features.map((f) => f.properties.id).sort(),
      layers: style.layers.filter((l) => !l.id.startsWith('user-')).length,
    };
  });

/** Removes every user layer through the UI. */
export async function removeAll(page: Page): Promise<void> {
  const buttons = page.getByRole('button', { name: /^Remove layer / });
  while ((await buttons.count()) > 0) {
    await buttons.first().click();
  }
}

/** Picks a file of any format through the "Add a layer file" input. */
export const pick = (page: Page, name: string, bytes: Uint8Array) =>
  page.getByLabel('Add a layer file').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(bytes),
  });
/** The Remove button of the layer named `name`. */
export const removeButton = (page: Page, name: string) =>
  page.getByRole('button', { name: `Remove layer ${name}`, exact: true });
/** The notices of files that were refused. */
export const refusals = (page: Page) => page.getByRole('alert').filter({ hasText: 'Not added:' });
