/**
 * A journalist's own GeoJSON layer on the map: typed layer specs (pure), and adding, removing and
 * picking them. User layers sit under the story layers, so the story always stays on top.
 */
import type { LayerSpecification, Map as MaplibreMap, PointLike } from 'maplibre-gl';
import type { LoadedUserLayer, UserLayer } from '../user-files/index.ts';
import { MAX_ZOOM } from './camera.ts';
import { byState } from './expressions.ts';
import { whenStyleReady } from './style-ready.ts';

/** Colours for successive user layers (distinct from every story colour). */
export const USER_COLOURS = ['#1f78b4', '#33a02c', '#6a3d9a', '#b15928', '#017a7a'];

/**
 * How MapLibre's worker (geojson-vt) tiles a reader's file (issue 11). A file at the limits
 * (one line of 999,999 positions, 19,999 polygons) must draw without long main-thread tasks:
 * simplifying harder than the default (tolerance 0.375 px) keeps each tile's buckets small, a
 * smaller buffer repeats less geometry across tile edges, and tiling stops at zoom 12 (the map
 * overzooms to its MAX_ZOOM of 13), so the deepest, heaviest tiles are never cut.
 */
export const USER_SOURCE_OPTIONS = { tolerance: 1, buffer: 32, maxzoom: 12 } as const;

/** Story layers start here; user layers go just below. */
const BEFORE = 'claimed-fill';

const hasType = (layer: Pick<UserLayer, 'geometryTypes'>, ...types: string[]) =>
  layer.geometryTypes.some((t) => types.includes(t));

/** The fill, line and circle layers a user layer needs, for its geometry types. */
export function userLayerSpecs(
  layer: Pick<UserLayer, 'id' | 'geometryTypes'>,
  colour: string,
): LayerSpecification[] {
  const specs: LayerSpecification[] = [];
  const source = layer.id;
  if (hasType(layer, 'Polygon', 'MultiPolygon')) {
    specs.push({
      id: `${source}:fill`,
      type: 'fill',
      source,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': colour, 'fill-opacity': byState(0.45, 0.45, 0.25) },
    });
  }
  if (hasType(layer, 'Polygon', 'MultiPolygon', 'LineString', 'MultiLineString')) {
    specs.push({
      id: `${source}:line`,
      type: 'line',
      source,
      filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'LineString']]],
      paint: { 'line-color': colour, 'line-width': byState(3.5, 3.5, 2) },
    });
  }
  if (hasType(layer, 'Point', 'MultiPoint')) {
    specs.push({
      id: `${source}:circle`,
      type: 'circle',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-color': colour,
        'circle-radius': byState(7, 7, 5),
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    });
  }
  return specs;
}

/** Every source and layer id on the map: a new user layer's id must avoid them all. */
export function mapIds(map: MaplibreMap): Set<string> {
  const style = map.getStyle();
  if (!style) return new Set();
  return new Set([...Object.keys(style.sources), ...style.layers.map((l) => l.id)]);
}

/** Adds the layer's source (MapLibre's worker fetches and parses `dataUrl`) and its layers. */
export function addUserLayer(map: MaplibreMap, layer: LoadedUserLayer, colour: string): void {
  whenStyleReady(map, () => {
    if (map.getSource(layer.id)) return;
    map.addSource(layer.id, { type: 'geojson', data: layer.dataUrl, ...USER_SOURCE_OPTIONS });
    const before = map.getLayer(BEFORE) ? BEFORE : undefined;
    for (const spec of userLayerSpecs(layer, colour)) map.addLayer(spec, before);
    map.fitBounds(layer.bounds, { padding: 40, maxZoom: MAX_ZOOM, animate: false });
  });
}

/** Removes its layers and source, and frees the file's data (the blob behind `dataUrl`). */
export function removeUserLayer(map: MaplibreMap, layer: LoadedUserLayer): void {
  for (const suffix of ['fill', 'line', 'circle']) {
    if (map.getLayer(`${layer.id}:${suffix}`)) map.removeLayer(`${layer.id}:${suffix}`);
  }
  if (map.getSource(layer.id)) map.removeSource(layer.id);
  URL.revokeObjectURL(layer.dataUrl);
}

/** The user feature under a screen point: its layer (source) id and feature index. */
export function pickUserFeature(
  map: MaplibreMap,
  x: number,
  y: number,
): { layerId: string; feature: number } | null {
  // No style while a lost WebGL context is being restored: nothing to pick.
  const style = map.getStyle();
  if (!style) return null;
  const layers = style.layers
    .filter((l) => l.id.startsWith('user-') && l.id.includes(':'))
    .map((l) => l.id);
  if (layers.length === 0) return null;
  const box: [PointLike, PointLike] = [
    [x - 4, y - 4],
    [x + 4, y + 4],
  ];
  const hit = map.queryRenderedFeatures(box, { layers })[0];
  if (!hit || typeof hit.id !== 'number') return null;
  return { layerId: hit.layer.source, feature: hit.id };
}
