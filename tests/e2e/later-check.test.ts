/**
 * Issue 13, start-up: self-intersections in the story's and the basemap's areas are looked for
 * after the map's first drawing (src/map/later-check.ts). A crossing ring is then named in a
 * notice, taken off the map and out of the exports, and the page keeps working; a story place
 * whose area crosses itself stays listed, with its excerpts.
 */
import type { Browser } from 'playwright-core';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchChromium, waitForMapIdle } from '../../scripts/chromium.ts';
import { crossingRing } from '../fixtures/geo/crossing-ring.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const crossing = crossingRing('test-crossing', 'Crossing ring (test)');

/**
 * Opens the app with one data file (the first whose path matches `file`) changed by `patch`, and
 * waits for the map's first idle; page errors are collected in `errors`.
 */
async function openPatched(file: RegExp, patch: (collection: FeatureCollection) => void) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  await context.route(file, async (route) => {
    const response = await route.fetch();
    const collection = (await response.json()) as FeatureCollection;
    patch(collection);
    await route.fulfill({ response, json: collection });
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(inject('baseUrl'));
  await waitForMapIdle(page);
  return { page, errors, close: () => context.close() };
}

describe('the check after the first drawing', () => {
  it('names a crossing ring in the regions file, takes it off the map, and the page works', async () => {
    let served = 0;
    const { page, errors, close } = await openPatched(/\/regions-[^/]+\.geojson$/, (regions) => {
      served = regions.features.length;
      regions.features.push(crossing);
    });
    expect(served).toBeGreaterThan(0);

    const notice = page.getByText(
      /data\/basemaps\/ukraine-russia\/regions\.geojson: feature "test-crossing": geometry\.coordinates\[0\]: ring self-intersects at \[/,
    );
    await notice.first().waitFor({ timeout: 15_000 });
    const ids = await page.evaluate(async () => {
      const source = window.__storyMap!.getSource('regions') as GeoJSONSource;
      const data = (await source.getData()) as FeatureCollection;
      return data.features.map((f) => f.id);
    });
    expect(ids).toHaveLength(served);
    expect(ids).not.toContain('test-crossing');
    // Still a working page: a place can be chosen from the list.
    await page
      .getByRole('button', { name: /Sudzha/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Sudzha', level: 2 }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('names a story place whose area crosses itself, takes its shape off the map, keeps it listed', async () => {
    let changed = false;
    const { page, errors, close } = await openPatched(/\/features-[^/]+\.geojson$/, (story) => {
      const luhansk = story.features.find((f) => f.properties?.id === 'luhansk-oblast');
      if (luhansk) {
        luhansk.geometry = crossing.geometry;
        changed = true;
      }
    });
    expect(changed).toBe(true);

    await page
      .getByText(
        /data\/stories\/kursk\/features\.geojson: feature "luhansk-oblast": geometry\.coordinates\[0\]: ring self-intersects at \[/,
      )
      .first()
      .waitFor({ timeout: 15_000 });
    const onMap = await page.evaluate(async () => {
      const ids = async (source: string) => {
        const s = window.__storyMap!.getSource(source) as GeoJSONSource;
        const data = (await s.getData()) as FeatureCollection;
        return data.features.map((f) => String(f.properties?.id));
      };
      return { shapes: await ids('story'), labels: await ids('story-labels') };
    });
    expect(onMap.shapes.length).toBeGreaterThan(0);
    expect(onMap.shapes).toContain('sudzha');
    expect(onMap.shapes).not.toContain('luhansk-oblast');
    expect(onMap.labels).not.toContain('luhansk-oblast');
    // Still listed: its entry opens its panel with the article's words.
    await page
      .getByRole('button', { name: /Luhansk Oblast/ })
      .first()
      .click();
    const panel = page.getByTestId('place-panel');
    await panel.getByRole('heading', { name: /Luhansk Oblast/, level: 2 }).waitFor();
    expect(await panel.getByText('What the article says').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });
});
