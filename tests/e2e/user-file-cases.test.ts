/**
 * A reader's files as a careless user or an attacker brings them (issue 16): each case ends with
 * its message or a safe result, the story layers intact, and the longest main-thread task while
 * the page handled it printed (reported, not asserted: timings belong in `npm run bench`).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { openApp, screenPoint, waitForIdle, type OpenedApp } from './app.ts';
import {
  SUDZHA,
  collectionText,
  dropPrepared,
  longestTask,
  prepareFiles,
  removeAll,
  square,
  storyState,
  type FileSpec,
} from './user-files.ts';

const MB = 1024 * 1024;
const small = collectionText([{ type: 'Polygon', coordinates: [square(0.2, 0.1, 0.1)] }], {
  name: 'Суджа district',
});

let browser: Browser;
let app: OpenedApp;
let before: Awaited<ReturnType<typeof storyState>>;
const figures: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser);
  before = await storyState(app.page);
});
afterAll(async () => {
  console.log(`Longest main-thread task per file case:\n${figures.join('\n')}`);
  await app?.close();
  await browser?.close();
});

const refusals = (page: Page) => page.getByRole('alert').filter({ hasText: 'Not added:' });
const removeButton = (page: Page, name: string) =>
  page.getByRole('button', { name: `Remove layer ${name}`, exact: true });

/** Drops `specs`, waits for `settled`, records the longest task, checks the story is intact. */
async function fileCase(label: string, specs: FileSpec[], settled: (page: Page) => Promise<void>) {
  const { page } = app;
  const sizes = await prepareFiles(page, specs);
  await dropPrepared(page);
  await settled(page);
  await waitForIdle(page);
  const longest = await longestTask(page);
  const size = sizes.map((s) => (s >= MB ? `${(s / MB).toFixed(1)} MB` : `${s} bytes`)).join(' + ');
  figures.push(`  ${label} (${size}): ${longest} ms`);
  console.log(`file case "${label}" (${size}): longest main-thread task ${longest} ms`);
  expect(await storyState(page)).toEqual(before);
  expect(app.errors).toEqual([]);
}

const refusedWith =
  (...texts: string[]) =>
  async (page: Page) => {
    for (const text of texts) {
      await expect.poll(() => refusals(page).textContent(), { timeout: 30_000 }).toContain(text);
    }
  };

const addedAs = (name: string) => async (page: Page) => {
  await removeButton(page, name).waitFor({ timeout: 60_000 });
};

describe('files a reader brings', () => {
  it('a 10.1 MB file is refused from its size, before it is read', async () => {
    await fileCase(
      '10.1 MB refused',
      [{ name: 'too-big.geojson', big: { center: SUDZHA, bytes: Math.floor(10.1 * MB) } }],
      refusedWith('too-big.geojson: is 10.1 MB; the limit is 10 MB'),
    );
  });

  it('a 9.9 MB file is read in a worker and added', async () => {
    await fileCase(
      '9.9 MB accepted',
      [{ name: 'big-circles.geojson', big: { center: SUDZHA, bytes: Math.floor(9.9 * MB) } }],
      addedAs('big-circles'),
    );
    const drawn = await app.page.evaluate(
      () => window.__storyMap!.queryRenderedFeatures({ layers: ['user-big-circles:fill'] }).length,
    );
    expect(drawn).toBeGreaterThan(0);
    await removeAll(app.page);
  });

  it('UTF-8 with a byte order mark is read as today', async () => {
    await fileCase(
      'UTF-8 with BOM',
      [{ name: 'bom.geojson', text: small, encoding: 'utf-8-bom' }],
      addedAs('bom'),
    );
    await removeAll(app.page);
  });

  it('UTF-16 with a byte order mark is detected, decoded and said', async () => {
    await fileCase(
      'UTF-16LE with BOM',
      [{ name: 'utf16.geojson', text: small, encoding: 'utf-16le-bom' }],
      addedAs('utf16'),
    );
    await app.page.getByText('utf16: read as UTF-16LE text').waitFor();
    await removeAll(app.page);
  });

  it('UTF-16 without a byte order mark is detected too', async () => {
    await fileCase(
      'UTF-16BE without BOM',
      [{ name: 'utf16be.geojson', text: small, encoding: 'utf-16be' }],
      addedAs('utf16be'),
    );
    await removeAll(app.page);
  });

  it('Windows-1251 Cyrillic is refused, naming the encoding, never shown garbled', async () => {
    await fileCase(
      'Windows-1251 refused',
      [{ name: 'cp1251.geojson', text: small, encoding: 'windows-1251' }],
      refusedWith('cp1251.geojson: is not UTF-8 text', 'Windows-1251 (Cyrillic)'),
    );
    expect(await refusals(app.page).textContent()).not.toContain('\uFFFD');
  });

  it('a name of only bidi and zero-width characters becomes "Untitled layer 1"', async () => {
    await fileCase(
      'hidden-character name',
      [{ name: '\u202E\u200B\u2066\u2069.geojson', text: small }],
      addedAs('Untitled layer 1'),
    );
    const listed = await app.page.locator('.user-layers .list').textContent();
    expect(listed).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);
    await removeAll(app.page);
  });

  it('a long name is cut with an ellipsis in the refusal too', async () => {
    const name = `${'k'.repeat(300)}.kml`;
    // The name decides no format (issue 11): content that is no map format is what is refused.
    await fileCase(
      'long name refused',
      [{ name, text: 'plain notes, no map' }],
      refusedWith(`${'k'.repeat(79)}…`),
    );
    const text = (await refusals(app.page).textContent()) ?? '';
    expect(text).not.toContain('k'.repeat(80));
  });

  it('three files in one drop are each added or refused with their own message', async () => {
    const other = collectionText([{ type: 'Point', coordinates: [SUDZHA[0] + 0.3, SUDZHA[1]] }]);
    await fileCase(
      'three files in one drop',
      [
        { name: 'first.geojson', text: small },
        { name: 'broken.geojson', text: '{"type":"FeatureCollection","features":[' },
        { name: 'third.geojson', text: other },
      ],
      async (page) => {
        await addedAs('first')(page);
        await addedAs('third')(page);
        await refusedWith('broken.geojson: is not valid JSON')(page);
      },
    );
    expect(await refusals(app.page).locator('p').allTextContents()).toEqual([
      'Not added: broken.geojson',
    ]);
    await removeAll(app.page);
  });

  it('the same file twice is noticed, not added twice', async () => {
    await fileCase(
      'same file twice',
      [
        { name: 'twice.geojson', text: small },
        { name: 'twice.geojson', text: small },
      ],
      refusedWith('twice.geojson: is already on the map as the layer “twice”'),
    );
    expect(await app.page.getByRole('button', { name: /^Remove layer twice/ }).count()).toBe(1);
    await removeAll(app.page);
  });

  it('a hole outside its shell is refused, naming the ring', async () => {
    const text = collectionText([
      { type: 'Polygon', coordinates: [square(0.2, 0.1, 0.1), square(0.5, 0.1, 0.05, true)] },
    ]);
    await fileCase(
      'hole outside shell',
      [{ name: 'hole-outside.geojson', text }],
      refusedWith('feature #0: geometry.coordinates[1]: hole lies outside its exterior ring'),
    );
  });

  it('a hole crossing its shell is refused, naming both rings', async () => {
    const text = collectionText([
      { type: 'Polygon', coordinates: [square(0.2, 0.1, 0.1), square(0.25, 0.15, 0.1, true)] },
    ]);
    await fileCase(
      'hole crossing shell',
      [{ name: 'hole-crossing.geojson', text }],
      refusedWith('feature #0: geometry.coordinates: rings 0 and 1 intersect'),
    );
  });

  it('a link whose host mixes scripts is shown in punycode with a warning', async () => {
    const text = collectionText([{ type: 'Polygon', coordinates: [square(0.2, 0.1, 0.1)] }], {
      source: 'https://\u0430pple.com/kursk',
    });
    await fileCase('mixed-script link', [{ name: 'links.geojson', text }], addedAs('links'));
    const { page } = app;
    await waitForIdle(page);
    const at = await screenPoint(page, [SUDZHA[0] + 0.25, SUDZHA[1] + 0.15]);
    await page.mouse.click(at.x, at.y);
    const panel = page.getByRole('complementary', { name: 'links' });
    await panel.waitFor();
    const link = panel.getByRole('link');
    expect(await link.textContent()).toBe('https://xn--pple-43d.com/kursk');
    expect(await link.getAttribute('href')).toBe('https://xn--pple-43d.com/kursk');
    expect(await panel.getByRole('note').textContent()).toContain(
      'mixes Latin and Cyrillic letters',
    );
    expect(await panel.textContent()).not.toContain('\u0430pple');
    await page.keyboard.press('Escape');
    await removeAll(page);
  });
});
