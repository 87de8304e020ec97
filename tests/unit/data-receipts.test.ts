/**
 * The build's receipts for the stories' files (scripts/data-receipts.ts) and how the page uses
 * them (loadData in src/story/load.ts): files whose bytes the build checked are not checked again;
 * any other bytes get every check.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { buildReceipts } from '../../scripts/data-receipts.ts';
import { dataFiles, loadData, type DataReceipt, type DataUrls } from '../../src/story/load.ts';
import type { StoryFeatureCollection, StoryIndex } from '../../src/types.ts';
import { crossingRing } from '../fixtures/geo/crossing-ring.ts';

const REPO = process.cwd();
const index = JSON.parse(readFileSync('data/stories/index.json', 'utf8')) as StoryIndex;
const files = dataFiles('kursk', 'ukraine-russia');
const keys = Object.keys(files) as (keyof DataUrls)[];

/** SHA-256 by coreutils, a reader independent of the build's `node:crypto`. */
const sha256sum = (path: string) => execFileSync('sha256sum', [path]).toString().split(' ')[0];

const scratch = mkdtempSync(join(tmpdir(), 'receipts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('buildReceipts', () => {
  it("gives every story in data/ a receipt: each of its files' SHA-256", () => {
    const { receipts, refused } = buildReceipts(REPO);
    expect(refused).toEqual([]);
    expect(Object.keys(receipts).sort()).toEqual(index.stories.map((s) => s.id).sort());
    for (const { id, basemap } of index.stories) {
      const its = dataFiles(id, basemap);
      for (const key of keys) expect(receipts[id]?.[key]).toBe(sha256sum(its[key]));
    }
  });

  it('refuses a story whose area crosses itself, naming the file and the feature', () => {
    const root = join(scratch, 'crossing');
    cpSync('data', join(root, 'data'), { recursive: true });
    const path = join(root, files.storyFeatures);
    const story = JSON.parse(readFileSync(path, 'utf8')) as StoryFeatureCollection;
    story.features.find((f) => f.properties.id === 'sevastopol')!.geometry = crossingRing(
      'x',
      'X',
    ).geometry;
    writeFileSync(path, JSON.stringify(story));
    const { receipts, refused } = buildReceipts(root);
    expect(Object.keys(receipts)).not.toContain('kursk');
    expect(Object.keys(receipts)).toContain('test-border-buses');
    expect(refused.map((r) => r.id)).toEqual(['kursk']);
    expect(refused[0]!.problems[0]).toMatch(
      /^data\/stories\/kursk\/features\.geojson: feature "sevastopol": .*self-intersects/,
    );
  });

  it('refuses a story with a file that is not JSON', () => {
    const root = join(scratch, 'not-json');
    cpSync('data', join(root, 'data'), { recursive: true });
    writeFileSync(join(root, files.story), '{"title": ');
    const { receipts, refused } = buildReceipts(root);
    expect(receipts.kursk).toBeUndefined();
    expect(refused[0]!.problems[0]).toMatch(/^data\/stories\/kursk\/story\.json: /);
  });
});

describe('loadData with a receipt', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Serves each file from the repository, or the text `changed` gives for it. */
  function serve(changed: Partial<Record<string, string>> = {}) {
    vi.stubGlobal('fetch', async (url: string) => new Response(changed[url] ?? readFileSync(url)));
  }
  const receipt = buildReceipts(REPO).receipts.kursk!;
  /** The countries file with one feature's latitude out of range. */
  function badCountries(): string {
    const text = readFileSync(files.countries, 'utf8');
    const countries = JSON.parse(text) as { features: { geometry: { coordinates: unknown } }[] };
    countries.features[0]!.geometry = { type: 'Point', coordinates: [35, 151] } as never;
    return JSON.stringify(countries);
  }

  it('uses files that match it without checking them again, and leaves nothing for later', async () => {
    serve();
    const loaded = await loadData(files, files, receipt);
    expect(loaded.checkedAtBuild).toBe(true);
    expect(loaded.problems).toEqual([]);
    expect(loaded.storyFile?.article.title).toMatch(/^Kyiv Invites UN/);
    expect(loaded.map.story.features.length).toBeGreaterThan(10);
    expect(loaded.checkLater()).toEqual({ problems: [], replaced: {} });
  });

  it('trusts it: bytes that match are not checked again (the build checked them)', async () => {
    const bad = badCountries();
    serve({ [files.countries]: bad });
    const vouched: DataReceipt = {
      ...receipt,
      countries: execFileSync('sha256sum', { input: bad }).toString().split(' ')[0]!,
    };
    const loaded = await loadData(files, files, vouched);
    expect(loaded.checkedAtBuild).toBe(true);
    expect(loaded.problems).toEqual([]);
  });

  it('checks everything when one file differs from it, and names the problem', async () => {
    serve({ [files.countries]: badCountries() });
    const loaded = await loadData(files, files, receipt);
    expect(loaded.checkedAtBuild).toBe(false);
    expect(loaded.problems).toEqual([
      expect.stringMatching(/^data\/basemaps\/ukraine-russia\/countries\.geojson: .*latitude/),
    ]);
    expect(loaded.storyFile).not.toBeNull();
  });

  it('checks everything where the page has no Web Crypto, and the files still load', async () => {
    serve();
    vi.stubGlobal('crypto', undefined);
    const loaded = await loadData(files, files, receipt);
    expect(loaded.checkedAtBuild).toBe(false);
    expect(loaded.problems).toEqual([]);
    expect(loaded.storyFile).not.toBeNull();
  });

  it('checks everything when a file cannot be hashed, and the files still load', async () => {
    serve();
    const subtle = { digest: () => Promise.reject(new Error('no hashing here')) };
    vi.stubGlobal('crypto', { subtle });
    const loaded = await loadData(files, files, receipt);
    expect(loaded.checkedAtBuild).toBe(false);
    expect(loaded.problems).toEqual([]);
    expect(loaded.storyFile).not.toBeNull();
  });

  it('checks everything without a receipt, and reports a file that is not JSON', async () => {
    serve({ [files.towns]: '{"type": "FeatureCollection", ' });
    const loaded = await loadData(files, files, null);
    expect(loaded.checkedAtBuild).toBe(false);
    expect(loaded.problems).toEqual([
      expect.stringMatching(/^data\/basemaps\/ukraine-russia\/towns\.geojson: is not valid JSON/),
    ]);
    expect(loaded.map.towns).toBeNull();
  });
});
