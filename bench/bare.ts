/**
 * The benchmark's baseline: MapLibre drawing the app's own style and GeoJSON, with nothing else.
 * No Svelte, no controls, no validation, no Turf (label points and the first view are computed at
 * build time, see precomputed-plugin.ts). It picks the story and its files as the app does
 * (`src/app/story-files.ts`), fetches the same files, builds the same style (legend groups from
 * the story file, pan limit from its basemap) and waits for the fonts as the app does.
 *
 * `?w=…&h=…` sizes the map in CSS pixels, so it can match the app's map area exactly.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import './bare.css';
import type { FeatureCollection } from 'geojson';
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { HOME_BOUNDS } from 'virtual:bench-precomputed';
import { chooseStory, storyData } from '../src/app/story-files.ts';
import { loadFonts } from '../src/fonts.ts';
import { marginPadding } from '../src/map/camera.ts';
import { MAP_OPTIONS } from '../src/map/map-options.ts';
import { hatchPattern } from '../src/map/hatch.ts';
import { HATCH_IMAGE } from '../src/map/layers.ts';
import { PALETTE } from '../src/map/palette.ts';
import { buildStyle } from '../src/map/style.ts';
import { creditsFor } from '../src/story/credits.ts';
import type { StoryFeatureCollection, StoryFile } from '../src/types.ts';

setWorkerUrl(workerUrl);

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function sizeContainer(container: HTMLElement) {
  const query = new URLSearchParams(location.search);
  const w = Number(query.get('w'));
  const h = Number(query.get('h'));
  if (w > 0) container.style.width = `${w}px`;
  if (h > 0) container.style.height = `${h}px`;
}

async function start() {
  const container = document.getElementById('map')!;
  sizeContainer(container);
  const data = storyData(chooseStory(location.search).id);
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
  // The same map options as src/map/StoryMap.svelte, minus the hash and the controls.
  const map = new MaplibreMap({
    container,
    style: buildStyle(
      { story, countries, regions, towns, regionLabels },
      creditsFor(file),
      'en',
      file.groups,
    ),
    bounds: HOME_BOUNDS,
    maxBounds: file.basemap.maxBounds,
    fitBoundsOptions: {
      padding: marginPadding(container.clientWidth, container.clientHeight),
    },
    ...MAP_OPTIONS,
  });
  map.addImage(HATCH_IMAGE, hatchPattern(PALETTE.claimed), { pixelRatio: 2 });
  window.__storyMap = map;
}

void start();
