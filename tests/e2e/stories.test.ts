/**
 * Stories as data (issue 13) in Chromium: a second story chosen with `?story=` (the invented test
 * fixture about Kharkiv, Sumy and Belgorod), the index page for `?stories` and unknown ids, and the
 * default story without `?story=`. Expected texts are read from the built data, not typed here.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Point } from 'geojson';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import type { PageSnapshot } from '../../src/export/browser/page-hook.ts';
import type { SnapshotOptions } from '../../src/export/browser/snapshot.ts';
import { formatDate } from '../../src/story/story.ts';
import type { StoryFeatureCollection, StoryFile, StoryIndex } from '../../src/types.ts';
import { openApp, saveScreenshot, screenPoint, waitForIdle, type OpenedApp } from './app.ts';
import { decodePng } from './png.ts';

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const FIXTURE = 'test-border-buses';
const fixture = readJson<StoryFile>(`data/stories/${FIXTURE}/story.json`);
const fixturePlaces = readJson<StoryFeatureCollection>(
  `data/stories/${FIXTURE}/features.geojson`,
).features.map((f) => f.properties);
const kursk = readJson<StoryFile>('data/stories/kursk/story.json');
const index = readJson<StoryIndex>('data/stories/index.json');
const FIXTURE_BANNER = 'Test fixture, not news: this article was written for the tests.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The index page has no map to wait for: the same recording as `openApp` (errors, requests off
 * the origin, which are blocked), waiting for the page's heading instead.
 */
function openIndex(search: string): Promise<OpenedApp> {
  return openApp(browser, search, {}, (page) =>
    page.getByRole('heading', { level: 1, name: 'Stories on the map' }).waitFor(),
  );
}

const placeButtons = (page: Page) =>
  page.locator('nav[aria-labelledby="places-heading"]').getByRole('button');

describe('a second story: ?story=test-border-buses', () => {
  let app: OpenedApp;
  beforeAll(async () => {
    app = await openApp(browser, `?story=${FIXTURE}`);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('loads its own data with the test-fixture banner, no error and nothing off the origin', async () => {
    const { page } = app;
    expect(await page.getByRole('note').filter({ hasText: FIXTURE_BANNER }).count()).toBe(1);
    expect(await page.title()).toBe(`${fixture.article.title} — on the map`);
    const drawn = await page.evaluate(() =>
      window
        .__storyMap!.queryRenderedFeatures({ layers: ['towns-dot'] })
        .map((f) => String(f.properties['id'])),
    );
    expect(drawn).toEqual(expect.arrayContaining(['kharkiv', 'sumy', 'belgorod']));
    await saveScreenshot(page, 'story-test-border-buses');
    expect(app.errors).toEqual([]);
    expect(app.offOrigin).toEqual([]);
  });

  it('lists its places by name, and none of the Kursk story', async () => {
    const listed = await placeButtons(app.page).evaluateAll((buttons) =>
      buttons.map((b) => [b.dataset['id'], b.querySelector('.name')?.textContent?.trim()]),
    );
    expect(Object.fromEntries(listed)).toEqual(
      Object.fromEntries(fixturePlaces.map((p) => [p.id, p.name])),
    );
    expect(fixturePlaces.map((p) => p.id).sort()).toEqual(
      [
        'kharkiv-region',
        'kharkiv',
        'sumy',
        'okhtyrka',
        'hlukhiv',
        'kharkiv-belgorod-border',
        'belgorod-region',
        'shebekino',
        'belgorod',
      ].sort(),
    );
    expect(listed.map(([, name]) => name).join(' ')).not.toMatch(/Sudzha|Kursk/);
  });

  it('shows its own legend groups', async () => {
    const legend = app.page.getByRole('region', { name: 'Legend and layers' });
    const text = (await legend.textContent()) ?? '';
    for (const g of fixture.groups) expect(text).toContain(g.label.en);
    for (const g of kursk.groups) {
      if (!fixture.groups.some((f) => f.label.en === g.label.en))
        expect(text).not.toContain(g.label.en);
    }
  });

  it('opens a place from the list, quoting excerpts verbatim from the fixture article', async () => {
    const { page } = app;
    const sumy = fixturePlaces.find((p) => p.id === 'sumy')!;
    await placeButtons(page).and(page.locator('[data-id="sumy"]')).click();
    const panel = page.getByRole('complementary', { name: sumy.name });
    await panel.waitFor();
    const marks = await panel.locator('figure.excerpt mark').allTextContents();
    expect(marks).toEqual(sumy.excerpts.map((e) => e.text));
    const quotes = await panel.locator('figure.excerpt blockquote').allTextContents();
    sumy.excerpts.forEach((e, i) => {
      const paragraph = fixture.paragraphs[e.paragraph - 1]!.text;
      expect(paragraph).toContain(marks[i]);
      // The quote around the mark is the paragraph's own sentence, between the panel's “ ”.
      expect(paragraph).toContain(quotes[i]!.trim().replace(/^“|”$/g, ''));
    });
    // The article pane marks the first excerpt, in the fixture's own paragraph.
    const current = page.getByRole('article').locator('a[aria-current="true"]');
    await expect.poll(() => current.first().textContent()).toBe(sumy.excerpts[0]!.text);
    expect(page.url()).toContain('place=sumy');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });

  it('opens a town from its dot on the map', async () => {
    const { page } = app;
    const hlukhiv = readJson<StoryFeatureCollection>(
      `data/stories/${FIXTURE}/features.geojson`,
    ).features.find((f) => f.id === 'hlukhiv')!;
    const [lng, lat] = (hlukhiv.geometry as Point).coordinates as [number, number];
    await page.evaluate((c) => window.__storyMap!.jumpTo({ center: c, zoom: 8 }), [lng, lat] as [
      number,
      number,
    ]);
    await waitForIdle(page);
    const at = await screenPoint(page, [lng, lat]);
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() => page.evaluate(() => window.__storyMap!.getCanvas().style.cursor))
      .toBe('pointer');
    await page.mouse.click(at.x, at.y);
    const panel = page.getByRole('complementary', { name: hlukhiv.properties.name });
    await panel.waitFor();
    expect(await panel.locator('figure.excerpt mark').allTextContents()).toEqual(
      hlukhiv.properties.excerpts.map((e) => e.text),
    );
    expect(page.url()).toContain('place=hlukhiv');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(app.errors).toEqual([]);
  });

  const NO_CLUTTER = {
    title: true,
    date: true,
    legend: true,
    scaleBar: false,
    northArrow: false,
    callout: false,
    inset: false,
  };
  const exportAs = async (format: 'png' | 'svg') => {
    // The story's first view, so every group is in the frame and so in the legend.
    await app.page.getByRole('button', { name: fixture.view.home.label.en }).click();
    await waitForIdle(app.page);
    const opts: SnapshotOptions = {
      preset: 'social-landscape',
      format,
      title: fixture.article.title,
      show: NO_CLUTTER,
    };
    return (await app.page.evaluate((o) => window.__storyExport!(o), opts)) as PageSnapshot;
  };

  it('exports a PNG named for the story, with its title, legend and credit laid out', async () => {
    const snap = await exportAs('png');
    expect(snap.fileName).toMatch(new RegExp(`^${FIXTURE}_.*\\.png$`));
    const png = decodePng(Buffer.from(snap.base64, 'base64'));
    expect([png.width, png.height]).toEqual([snap.width, snap.height]);
    expect(snap.placement.legend).toEqual(
      expect.arrayContaining(fixture.groups.map((g) => g.label.en)),
    );
    const furniture = snap.placement.furniture.map((f) => f.id);
    expect(furniture).toEqual(expect.arrayContaining(['title', 'legend', 'credit']));
    expect(app.errors).toEqual([]);
  });

  it('exports an SVG whose text is the fixture title, its legend labels and its credit', async () => {
    const snap = await exportAs('svg');
    expect(snap.fileName).toMatch(new RegExp(`^${FIXTURE}_.*\\.svg$`));
    const svg = Buffer.from(snap.base64, 'base64').toString('utf8');
    const texts: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text') {
          for (const t of Array.isArray(value) ? value : [value]) {
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
    walk(new XMLParser({ ignoreAttributes: false }).parse(svg));
    const all = texts.join('\n');
    expect(all).toContain(fixture.article.title);
    for (const g of fixture.groups) expect(all).toContain(g.label.en);
    // The credit line names the fixture's publisher and the datasets (split over lines to fit).
    const words = all.replace(/\s+/g, ' ');
    expect(words).toContain(`Story: ${fixture.article.publisher}`);
    expect(words).toContain('Natural Earth');
    expect(words).toContain('GeoNames');
    expect(words).not.toContain('Moscow Times');
  });
});

describe('the index page', () => {
  it('names an unknown story and lists the stories, without the test fixture', async () => {
    const app = await openIndex('?story=no-such-story');
    const { page } = app;
    expect(await page.getByRole('alert').textContent()).toBe(
      'There is no story “no-such-story” on this site. These are the stories it has.',
    );
    const entry = index.stories.find((s) => s.id === 'kursk')!;
    const items = page.getByRole('listitem');
    expect(await items.count()).toBe(index.stories.filter((s) => !s.testFixture).length);
    const item = items.filter({ hasText: entry.title });
    expect(await item.textContent()).toContain(entry.publisher);
    expect(await item.locator('time').getAttribute('datetime')).toBe(entry.date);
    expect(await item.locator('time').textContent()).toBe(formatDate(entry.date));
    expect(await page.textContent('body')).not.toContain(fixture.article.title);
    expect(app.errors).toEqual([]);
    expect(app.offOrigin).toEqual([]);
    await app.close();
  });

  it('shows the thumbnail npm run thumbnails made, served from the site itself', async () => {
    const app = await openIndex('?stories');
    const img = app.page.getByRole('link', { name: /Kyiv Invites UN/ }).locator('img');
    await expect
      .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
      .toBe(640);
    expect(await img.evaluate((i: HTMLImageElement) => i.naturalHeight)).toBe(360);
    expect(new URL((await img.getAttribute('src'))!, app.baseUrl).origin).toBe(
      new URL(app.baseUrl).origin,
    );
    await saveScreenshot(app.page, 'story-index');
    expect(app.offOrigin).toEqual([]);
    await app.close();
  });

  it('opens the Kursk story from its link', async () => {
    const app = await openIndex('?story=no-such-story');
    const { page } = app;
    await page.getByRole('link', { name: /Kyiv Invites UN/ }).click();
    await waitForIdle(page);
    expect(new URL(page.url()).search).toBe('?story=kursk');
    expect(await page.title()).toBe(`${kursk.article.title} — on the map`);
    expect(await page.getByRole('note').filter({ hasText: FIXTURE_BANNER }).count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('shows the index with no notice for ?stories', async () => {
    const app = await openIndex('?stories');
    expect(await app.page.getByRole('alert').count()).toBe(0);
    expect(await app.page.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('has no serious or critical axe violation', async () => {
    const app = await openIndex('?story=no-such-story');
    const result = await new AxeBuilder({ page: app.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(result.passes.length).toBeGreaterThan(5);
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
    await app.close();
  });
});

describe('no ?story=: the default story', () => {
  it('is the Kursk story, and its deep links still work', async () => {
    const app = await openApp(browser, '#place=sudzha');
    const { page } = app;
    expect(index.default).toBe('kursk');
    await page.getByRole('complementary', { name: 'Sudzha' }).waitFor();
    expect(await page.title()).toBe(`${kursk.article.title} — on the map`);
    expect(await page.getByRole('note').filter({ hasText: FIXTURE_BANNER }).count()).toBe(0);
    expect(app.errors).toEqual([]);
    expect(app.offOrigin).toEqual([]);
    await app.close();
  });
});
