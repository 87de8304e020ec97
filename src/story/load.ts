/**
 * Loads the story and basemap files from our own origin and validates them with the same validator
 * as `npm run geo:check`. A broken file or feature is reported by name and left out; everything
 * else still loads. Files whose bytes the build already checked (their SHA-256 is in the story's
 * receipt, `scripts/data-receipts.ts`) are not checked again.
 */
import type { FeatureCollection } from 'geojson';
import { sha256 } from '../sha256.ts';
import {
  featureLabel,
  formatIssue,
  validateFeatureCollection,
  validateStory,
  type FeatureCollectionOptions,
} from '../validate/validate.ts';
import type {
  CheckedLater,
  LaterCheck,
  MapData,
  StoryFeatureCollection,
  StoryFile,
} from '../types.ts';

export interface DataUrls {
  story: string;
  storyFeatures: string;
  countries: string;
  regions: string;
  towns: string;
  regionLabels: string;
}

/**
 * The SHA-256 (hex) of each of a story's files, written by the build (`scripts/data-receipts.ts`)
 * only when the files together passed every check `loadData` and `checkSelfIntersections` make.
 */
export type DataReceipt = Record<keyof DataUrls, string>;

export interface LoadedData {
  storyFile: StoryFile | null;
  /** True when every file's bytes matched the build's receipt, so none was checked again. */
  checkedAtBuild: boolean;
  map: MapData;
  /** Human-readable problems, each naming the file (and feature) at fault. */
  problems: string[];
  /**
   * The check left for after the first drawing: self-intersections in the story's and the
   * basemap's areas (the costliest check, about 40 ms at start-up). Returns what it found, and
   * the layers it took features out of; call it once.
   */
  checkLater: () => LaterCheck;
}

/** The basemap's files: the same name in `DataUrls` and in `MapData`. */
type BasemapKey = Exclude<keyof MapData, 'story'>;

/** The layers whose self-intersection check waits until the map has drawn. */
export const CHECKED_LATER: readonly CheckedLater[] = ['story', 'countries', 'regions'];

/** The file each layer checked later comes from (the story's areas are in its features file). */
const LATER_FILE: Record<CheckedLater, keyof DataUrls> = {
  story: 'storyFeatures',
  countries: 'countries',
  regions: 'regions',
};

/** The parsed file, and its SHA-256 when asked for (null where the page has no Web Crypto). */
async function fetchJson(
  url: string,
  file: string,
  hash: boolean,
): Promise<{ json: unknown; sha256: string | null }> {
  let bytes: ArrayBuffer;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = await response.arrayBuffer();
  } catch (e) {
    throw new Error(`${file}: could not be loaded (${(e as Error).message})`, { cause: e });
  }
  // Web Crypto hashes off the main thread while the JSON is parsed on it.
  const digest = hash ? sha256(bytes) : null;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new Error(`${file}: is not valid JSON (${(e as Error).message})`, { cause: e });
  }
  // No hash (no Web Crypto, or it failed) only means the file gets every check.
  return { json, sha256: await digest };
}

/** Keeps the features the validator found nothing wrong with; reports the rest. */
export function keepValidFeatures<T extends FeatureCollection>(
  data: unknown,
  file: string,
  problems: string[],
  options: FeatureCollectionOptions = {},
): T | null {
  const issues = validateFeatureCollection(data, file, options);
  problems.push(...issues.map(formatIssue));
  // A problem with the collection itself (not one feature): nothing in it can be trusted.
  if (issues.some((i) => i.feature === null)) return null;
  const collection = data as T;
  // Issues name a feature by its id, or by its index when it has none.
  const bad = new Set(issues.map((i) => i.feature));
  const features = collection.features.filter((f, i) => !bad.has(i) && !bad.has(featureLabel(f)));
  return { ...collection, features };
}

/** The files of story `story` on basemap `basemap`, as the build writes them under `data/`. */
export function dataFiles(story: string, basemap: string): DataUrls {
  return {
    story: `data/stories/${story}/story.json`,
    storyFeatures: `data/stories/${story}/features.geojson`,
    countries: `data/basemaps/${basemap}/countries.geojson`,
    regions: `data/basemaps/${basemap}/regions.geojson`,
    towns: `data/basemaps/${basemap}/towns.geojson`,
    regionLabels: `data/basemaps/${basemap}/region-labels.geojson`,
  };
}

/**
 * Loads a story's files from `urls`; `files` are their names in messages (`dataFiles`). When
 * every file's SHA-256 matches `receipt`, the files are used as the build checked them;
 * otherwise every check runs, as for files the build never saw.
 * @example loadData(urls, dataFiles('city-budget', 'city'), receipts['city-budget'] ?? null)
 */
export async function loadData(
  urls: DataUrls,
  files: DataUrls,
  receipt: DataReceipt | null = null,
): Promise<LoadedData> {
  const problems: string[] = [];
  const keys = Object.keys(files) as (keyof DataUrls)[];
  const raw = await Promise.all(
    keys.map(async (key) => {
      try {
        return [key, await fetchJson(urls[key], files[key], receipt !== null)] as const;
      } catch (e) {
        problems.push((e as Error).message);
        return [key, null] as const;
      }
    }),
  );
  const got = Object.fromEntries(raw.map(([key, f]) => [key, f?.json ?? null])) as Fetched;
  const matches = raw.every(([key, f]) => f !== null && f.sha256 === receipt?.[key]);
  if (receipt !== null && matches) {
    performance.mark(CHECKED_AT_BUILD_MARK);
    const { story, storyFeatures, ...basemap } = got;
    const map = { story: storyFeatures, ...basemap } as MapData;
    const none = (): LaterCheck => ({ problems: [], replaced: {} });
    return { storyFile: story as StoryFile, checkedAtBuild: true, map, problems, checkLater: none };
  }
  const { storyFile, map } = checkData(got, files, problems);
  const checkLater = () => checkSelfIntersections(map, files);
  return { storyFile, checkedAtBuild: false, map, problems, checkLater };
}

/** The performance mark `loadData` sets when the build's receipt spared the checks. */
export const CHECKED_AT_BUILD_MARK = 'story-map:data-checked-at-build';

/** A story's files as parsed, null for each that could not be loaded or parsed. */
export type Fetched = Record<keyof DataUrls, unknown>;

/**
 * Every check but the deferred one (`checkSelfIntersections`): each problem is pushed onto
 * `problems` naming the file and the feature; the story file when it passed, and the layers
 * without the features at fault.
 * @example const { storyFile, map } = checkData(parsed, dataFiles('city-budget', 'city'), problems)
 */
export function checkData(
  got: Fetched,
  files: DataUrls,
  problems: string[],
): { storyFile: StoryFile | null; map: MapData } {
  // Self-intersections in the story's and the basemap's areas are looked for once the map has
  // drawn (checkLater).
  const later = (key: BasemapKey) => (CHECKED_LATER as readonly string[]).includes(key);
  const layer = (key: BasemapKey) =>
    got[key] === null
      ? null
      : keepValidFeatures<FeatureCollection>(got[key], files[key], problems, {
          selfIntersections: !later(key),
        });
  const story =
    got.storyFeatures === null
      ? null
      : keepValidFeatures<StoryFeatureCollection>(
          got.storyFeatures,
          files.storyFeatures,
          problems,
          { requireStoryProps: true, selfIntersections: false },
        );
  let storyFile: StoryFile | null = null;
  if (got.story !== null) {
    const issues = validateStory(got.story, story, files.story);
    problems.push(...issues.map(formatIssue));
    if (issues.length === 0) storyFile = got.story as StoryFile;
  }
  const empty = {
    type: 'FeatureCollection',
    features: [],
    meta: null,
  } as unknown as StoryFeatureCollection;
  const map: MapData = {
    story: story ?? empty,
    countries: layer('countries'),
    regions: layer('regions'),
    towns: layer('towns'),
    regionLabels: layer('regionLabels'),
  };
  return { storyFile, map };
}

/**
 * The deferred part of the data's check: self-intersecting rings in `map`'s story areas,
 * countries and regions, each reported naming the file and the feature, and the layers without
 * those features. A story place whose area is taken off the map stays listed with its excerpts.
 * @example const { problems, replaced } = checkSelfIntersections(loaded.map, files)
 */
export function checkSelfIntersections(map: MapData, files: DataUrls): LaterCheck {
  const found: LaterCheck = { problems: [], replaced: {} };
  for (const key of CHECKED_LATER) {
    const collection = map[key];
    if (!collection) continue;
    const problems: string[] = [];
    const kept = keepValidFeatures<FeatureCollection>(collection, files[LATER_FILE[key]], problems);
    if (problems.length === 0) continue;
    found.problems.push(...problems);
    found.replaced[key] = kept ?? { type: 'FeatureCollection', features: [] };
  }
  return found;
}
