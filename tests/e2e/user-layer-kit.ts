/**
 * What the user-layer browser tests share: synthetic files around Sudzha (its point read from
 * data/stories/kursk/features.geojson), picking them, and reading the map's pixels.
 */
import type { Page } from 'playwright-core';
import { decodePng, pixelAt } from './png.ts';
import { square, SUDZHA } from './user-files.ts';

export type Rgb = [number, number, number];

/** Where the test shapes sit, [lng, lat]: centres of 0.1° squares north-east and north-west of Sudzha. */
export const STYLED_AT: [number, number] = [SUDZHA[0] + 0.1, SUDZHA[1] + 0.1];
export const PLAIN_AT: [number, number] = [SUDZHA[0] - 0.15, SUDZHA[1] + 0.1];

/** The colour a styled test file gives its square (a green far from every story colour). */
export const FILE_GREEN = '#33a02c';

/**
 * A file with a simplestyle-styled square (green, nearly opaque, titled) and a plain square,
 * and the top-level source and date a newsroom's export might carry.
 */
export function styledFile(meta: Record<string, string> = {}): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    ...meta,
    features: [
      {
        type: 'Feature',
        properties: {
          title: 'Styled sector',
          fill: FILE_GREEN,
          'fill-opacity': 0.9,
          stroke: FILE_GREEN,
        },
        geometry: { type: 'Polygon', coordinates: [square(0.05, 0.05, 0.1)] },
      },
      {
        type: 'Feature',
        properties: { 'fill-opacity': 0.9 },
        geometry: { type: 'Polygon', coordinates: [square(-0.2, 0.05, 0.1)] },
      },
    ],
  });
}

/** A one-square file with no style and no credit, `dx` degrees east of Sudzha. */
export function plainFile(dx = -0.2): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { 'fill-opacity': 0.9 },
        geometry: { type: 'Polygon', coordinates: [square(dx, -0.15, 0.1)] },
      },
    ],
  });
}

/** Picks a file through the panel's file input (its label in the page's language). */
export async function pickFile(page: Page, name: string, text: string, label = 'Add a layer file') {
  await page
    .getByLabel(label)
    .setInputFiles({ name, mimeType: 'application/geo+json', buffer: Buffer.from(text) });
}

/** The rendered colour at a longitude/latitude, from a screenshot of the page. */
export async function pixelAtLngLat(page: Page, lngLat: [number, number]): Promise<Rgb> {
  const at = await page.evaluate((ll) => {
    const map = window.__storyMap!;
    const p = map.project(ll);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: Math.round(rect.left + p.x), y: Math.round(rect.top + p.y) };
  }, lngLat);
  const shot = decodePng(
    await page.screenshot({ clip: { x: at.x - 1, y: at.y - 1, width: 3, height: 3 } }),
  );
  return pixelAt(shot, 1, 1);
}

export const hexRgb = (hex: string): Rgb => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** Largest channel difference. */
export const distance = (a: Rgb, b: Rgb) => Math.max(...a.map((c, i) => Math.abs(c - b[i]!)));

/** The map's credit line as shown (MapLibre's attribution control). */
export const attributionText = (page: Page) =>
  page.locator('.maplibregl-ctrl-attrib-inner').innerText();

/** Stored writes go in the background: the order of the layers kept for story `story`. */
export const storedOrder = (page: Page, story = 'kursk') =>
  page.evaluate(
    (name) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result
            .transaction('user-layers')
            .objectStore('user-layers')
            .get('order');
          get.onsuccess = () => {
            resolve(get.result);
            open.result.close();
          };
        };
      }),
    `story-map:${story}`,
  );
