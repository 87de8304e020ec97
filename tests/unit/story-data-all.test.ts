/**
 * Every built story under data/stories/ (issue 13: stories as data), checked as the app will read
 * it: valid geometry, verbatim quotes, unique places with provenance, legend groups that match the
 * places, an index entry that agrees with the story, and its basemap's files on disk. A new story
 * folder is covered without touching this file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanValid } from '@turf/boolean-valid';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { buildLayers } from '../../src/map/layers.ts';
import { dataFiles } from '../../src/story/load.ts';
import type {
  StoryFeatureCollection,
  StoryFile,
  StoryIndex,
  StoryIndexEntry,
} from '../../src/types.ts';
import {
  formatIssue,
  validateFeatureCollection,
  validateStory,
} from '../../src/validate/validate.ts';

const ROOT = join(import.meta.dirname, '../..');
const STORIES = join(ROOT, 'data/stories');
const readJson = <T>(file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as T;

const ids = readdirSync(STORIES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const index = readJson<StoryIndex>('data/stories/index.json');

it('finds the stories to check: the Kursk story and the test fixture at least', () => {
  expect(ids).toEqual(expect.arrayContaining(['kursk', 'test-border-buses']));
});

describe.each(ids)('story "%s"', (id) => {
  const files = dataFiles(id, readJson<StoryFile>(`data/stories/${id}/story.json`).basemap.id);
  const story = readJson<StoryFile>(files.story);
  const features = readJson<StoryFeatureCollection>(files.storyFeatures);
  const places = features.features.map((f) => f.properties);
  const paragraph = (n: number) => story.paragraphs[n - 1]?.text;

  it('passes the app validator (geometry, properties, layer metadata, story file)', () => {
    const issues = [
      ...validateFeatureCollection(features, files.storyFeatures, {
        requireStoryProps: true,
        requireMeta: true,
      }),
      ...validateStory(story, features, files.story, files.storyFeatures),
    ];
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('has geometry Turf finds valid (OGC simple features)', () => {
    const invalid = features.features.filter((f) => !booleanValid(f)).map((f) => f.id);
    expect(invalid).toEqual([]);
  });

  it('quotes every excerpt and mention verbatim from the paragraph it names', () => {
    const wrong: string[] = [];
    for (const p of places) {
      for (const e of [...p.excerpts, ...(p.mentions ?? [])]) {
        if (!paragraph(e.paragraph)?.includes(e.text)) wrong.push(`${p.id} ¶${e.paragraph}`);
      }
    }
    expect(wrong).toEqual([]);
    // story.json keeps the same excerpts as the features: the article pane reads those.
    expect(Object.fromEntries(places.map((p) => [p.id, p.excerpts]))).toEqual(story.excerpts);
  });

  it('has unique place ids, each the feature id', () => {
    const placeIds = places.map((p) => p.id);
    expect(new Set(placeIds).size).toBe(placeIds.length);
    for (const f of features.features) expect(f.id).toBe(f.properties.id);
  });

  it('records the provenance of every feature: dataset, package, version, licence', () => {
    for (const p of places) {
      for (const key of ['dataset', 'package', 'version', 'licence'] as const) {
        expect(p.source[key], `${p.id}: source.${key}`).toMatch(/\S/);
      }
    }
  });

  it('declares every group a place uses, and uses every group it declares', () => {
    const declared = story.groups.map((g) => g.id);
    const used = new Set(places.map((p) => p.group));
    expect(new Set(declared).size).toBe(declared.length);
    expect([...used].filter((g) => !declared.includes(g))).toEqual([]);
    expect(declared.filter((g) => !used.has(g))).toEqual([]);
  });

  it('gives the map unique layer ids (a clash makes MapLibre refuse the whole style)', () => {
    const layers = buildLayers('en', story.groups).map((l) => l.id);
    expect(layers.filter((l, i) => layers.indexOf(l) !== i)).toEqual([]);
  });

  it('names only its own places in its home view and facts', () => {
    const placeIds = new Set(places.map((p) => p.id));
    const named = [
      ...story.view.home.places,
      ...story.facts.distanceFrom,
      ...story.facts.distanceToLine.map((r) => r.line),
    ];
    expect(named.filter((p) => !placeIds.has(p))).toEqual([]);
  });

  it('is in index.json with its own title, date, publisher, basemap and fixture flag', () => {
    const entry = index.stories.find((s) => s.id === id);
    expect(entry).toMatchObject({
      id,
      title: story.article.title,
      date: story.article.date,
      publisher: story.article.publisher,
      basemap: story.basemap.id,
    } satisfies Partial<StoryIndexEntry>);
    expect(entry?.testFixture ?? false).toBe(story.testFixture ?? false);
  });

  it("has its basemap's files on disk", () => {
    const missing = Object.values(files).filter((f) => !existsSync(join(ROOT, f)));
    expect(missing).toEqual([]);
  });
});

describe('data/stories/index.json', () => {
  it('lists exactly the built story folders, with a default that is not a test fixture', () => {
    expect(index.stories.map((s) => s.id).sort()).toEqual(ids);
    const chosen = index.stories.find((s) => s.id === index.default);
    expect(chosen?.testFixture).toBeUndefined();
  });

  it('names a thumbnail only where a 640×360 PNG is on disk (npm run thumbnails)', () => {
    const named = index.stories.filter((s) => s.thumbnail !== undefined);
    for (const s of named) {
      const file = join(STORIES, s.id, s.thumbnail!);
      expect(existsSync(file), file).toBe(true);
      const png = PNG.sync.read(readFileSync(file));
      expect([png.width, png.height], file).toEqual([640, 360]);
    }
    // Every story a reader can pick has one; fixtures are never listed, so they need none.
    expect(index.stories.filter((s) => !s.testFixture && !s.thumbnail).map((s) => s.id)).toEqual(
      [],
    );
  });
});
