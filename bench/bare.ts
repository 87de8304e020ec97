/**
 * The benchmark's baseline: MapLibre drawing the app's own style and GeoJSON, with nothing else.
 * No Svelte, no controls, no validation, no Turf (label points and the first view are computed at
 * build time, see precomputed-plugin.ts). Fonts are awaited as the app does, so labels match.
 *
 * `?w=…&h=…` sizes the map in CSS pixels, so it can match the app's map area exactly.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import './bare.css';
import type { FeatureCollection } from 'geojson';
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { HOME_BOUNDS } from 'virtual:bench-precomputed';
import countriesUrl from '../data/basemaps/ukraine-russia/countries.geojson?url';
import regionLabelsUrl from '../data/basemaps/ukraine-russia/region-labels.geojson?url';
import regionsUrl from '../data/basemaps/ukraine-russia/regions.geojson?url';
import townsUrl from '../data/basemaps/ukraine-russia/towns.geojson?url';
import storyFeaturesUrl from '../data/stories/kursk/features.geojson?url';
import { loadFonts } from '../src/fonts.ts';
import { marginPadding } from '../src/map/camera.ts';
import { MAP_OPTIONS } from '../src/map/map-options.ts';
import { hatchPattern } from '../src/map/hatch.ts';
import { HATCH_IMAGE } from '../src/map/layers.ts';
import { PALETTE } from '../src/map/palette.ts';
import { buildStyle } from '../src/map/style.ts';
import type { StoryFeatureCollection } from '../src/types.ts';

setWorkerUrl(workerUrl);

const CREDITS = { story: 'Story', boundaries: 'Natural Earth', places: 'GeoNames' };

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
  const [story, countries, regions, towns, regionLabels] = await Promise.all([
    getJson<StoryFeatureCollection>(storyFeaturesUrl),
    getJson<FeatureCollection>(countriesUrl),
    getJson<FeatureCollection>(regionsUrl),
    getJson<FeatureCollection>(townsUrl),
    getJson<FeatureCollection>(regionLabelsUrl),
    loadFonts(),
  ]);
  // The same map options as src/map/StoryMap.svelte, minus the hash and the controls.
  const map = new MaplibreMap({
    container,
    style: buildStyle({ story, countries, regions, towns, regionLabels }, CREDITS, 'en'),
    bounds: HOME_BOUNDS,
    fitBoundsOptions: {
      padding: marginPadding(container.clientWidth, container.clientHeight),
    },
    ...MAP_OPTIONS,
  });
  map.addImage(HATCH_IMAGE, hatchPattern(PALETTE.claimed), { pixelRatio: 2 });
  window.__storyMap = map;
}

void start();
