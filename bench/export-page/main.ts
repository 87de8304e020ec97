/**
 * The export benchmark's comparison page: the app's map (same data, same `buildStyle`, same map
 * options, same view) with nothing else, exported by @watergis/maplibre-gl-export.
 *
 * The URL gives the view and the map's CSS size, read from the app's default view:
 * `?lng=…&lat=…&zoom=…&bearing=…&width=…&height=…`. `window.__pluginExport()` runs one export.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import './page.css';
import type { FeatureCollection } from 'geojson';
import { getVersion as pluginMaplibreVersion } from 'bench-plugin-maplibre';
import { Map as MaplibreMap, getVersion, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MAP_OPTIONS } from '../../src/map/map-options.ts';
import { STORY_INDEX, storyData } from '../../src/app/story-files.ts';
import { loadFonts } from '../../src/fonts.ts';
import { hatchPattern } from '../../src/map/hatch.ts';
import { HATCH_IMAGE } from '../../src/map/layers.ts';
import { PALETTE } from '../../src/map/palette.ts';
import { buildStyle } from '../../src/map/style.ts';
import { creditsFor } from '../../src/story/credits.ts';
import type { StoryFeatureCollection, StoryFile } from '../../src/types.ts';
import { pluginExport } from './plugin-export.ts';

setWorkerUrl(workerUrl);

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function start() {
  const query = new URLSearchParams(location.search);
  const number = (key: string) => {
    const value = Number(query.get(key) ?? NaN);
    if (!Number.isFinite(value)) throw new Error(`the URL needs a number for ${key}`);
    return value;
  };
  const container = document.getElementById('map')!;
  container.style.width = `${number('width')}px`;
  container.style.height = `${number('height')}px`;
  // The story the app opens by default, and its files, found as the app finds them.
  const data = storyData(STORY_INDEX.default);
  if (!data) throw new Error('the default story has no data in this build');
  const { urls } = data;
  const [file, story, countries, regions, towns, regionLabels] = await Promise.all([
    getJson<StoryFile>(urls.story),
    getJson<StoryFeatureCollection>(urls.storyFeatures),
    getJson<FeatureCollection>(urls.countries),
    getJson<FeatureCollection>(urls.regions),
    getJson<FeatureCollection>(urls.towns),
    getJson<FeatureCollection>(urls.regionLabels),
    loadFonts(),
  ]);
  // The app's map options (src/map/StoryMap.svelte) without the hash, controls and interaction.
  const map = new MaplibreMap({
    container,
    style: buildStyle(
      { story, countries, regions, towns, regionLabels },
      creditsFor(file),
      'en',
      file.groups,
    ),
    maxBounds: file.basemap.maxBounds,
    center: [number('lng'), number('lat')],
    zoom: number('zoom'),
    bearing: number('bearing'),
    ...MAP_OPTIONS,
  });
  map.addImage(HATCH_IMAGE, hatchPattern(PALETTE.claimed), { pixelRatio: 2 });
  window.__storyMap = map;
  window.__exportVersions = { page: getVersion(), plugin: pluginMaplibreVersion() };
  window.__pluginExport = () => pluginExport(map);
}

void start();
