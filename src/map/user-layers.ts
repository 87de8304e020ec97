/**
 * A journalist's own GeoJSON layer on the map: typed layer specs (pure), and adding, removing and
 * picking them. User layers sit under the story layers, so the story always stays on top.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  Map as MaplibreMap,
  PointLike,
} from 'maplibre-gl';
import type { LoadedUserLayer, UserLayer } from '../user-files/index.ts';
import type { Shown } from '../user-layers/time.ts';
import { MAX_ZOOM } from './camera.ts';
import { byState } from './expressions.ts';
import { whenStyleReady } from './style-ready.ts';

/** Colours for successive user layers (distinct from every story colour). */
export const USER_COLOURS = ['#1f78b4', '#33a02c', '#6a3d9a', '#b15928', '#017a7a'];

/** Story layers start here; user layers go just below. */
const BEFORE = 'claimed-fill';

/** Which geometries each style layer of a user layer draws (MapLibre's geometry-type filter). */
const BASE_FILTERS: Record<'fill' | 'line' | 'circle', ExpressionSpecification> = {
  fill: ['==', ['geometry-type'], 'Polygon'],
  line: ['in', ['geometry-type'], ['literal', ['Polygon', 'LineString']]],
  circle: ['==', ['geometry-type'], 'Point'],
};

/**
 * The filter of a user style layer on the slider's day: its geometry filter, and only the
 * features the time rule shows (by feature id, which is the feature's index in the file).
 * @example shownFilter('fill', [0, 2]) // ['all', ['==', ['geometry-type'], 'Polygon'], ['in', ['id'], ['literal', [0, 2]]]]
 */
export function shownFilter(kind: keyof typeof BASE_FILTERS, shown: Shown): FilterSpecification {
  const base = BASE_FILTERS[kind];
  if (shown === 'all') return base;
  if (shown === 'none') return ['all', base, false];
  return ['all', base, ['in', ['id'], ['literal', [...shown]]]];
}

/** Shows only what the time slider's day shows of a user layer (issue 11); no source is re-added. */
export function setUserLayerShown(map: MaplibreMap, layerId: string, shown: Shown): void {
  for (const kind of ['fill', 'line', 'circle'] as const) {
    const id = `${layerId}:${kind}`;
    if (!map.getLayer(id)) continue;
    const filter = shownFilter(kind, shown);
    // An unchanged filter is not set again: MapLibre would rebuild the layer's tiles.
    if (JSON.stringify(map.getFilter(id)) !== JSON.stringify(filter)) map.setFilter(id, filter);
  }
}

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
      filter: BASE_FILTERS.fill,
      paint: { 'fill-color': colour, 'fill-opacity': byState(0.45, 0.45, 0.25) },
    });
  }
  if (hasType(layer, 'Polygon', 'MultiPolygon', 'LineString', 'MultiLineString')) {
    specs.push({
      id: `${source}:line`,
      type: 'line',
      source,
      filter: BASE_FILTERS.line,
      paint: { 'line-color': colour, 'line-width': byState(3.5, 3.5, 2) },
    });
  }
  if (hasType(layer, 'Point', 'MultiPoint')) {
    specs.push({
      id: `${source}:circle`,
      type: 'circle',
      source,
      filter: BASE_FILTERS.circle,
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
export function addUserLayer(
  map: MaplibreMap,
  layer: LoadedUserLayer,
  colour: string,
  shown: () => Shown = () => 'all',
): void {
  whenStyleReady(map, () => {
    if (map.getSource(layer.id)) return;
    map.addSource(layer.id, { type: 'geojson', data: layer.dataUrl });
    const before = map.getLayer(BEFORE) ? BEFORE : undefined;
    for (const spec of userLayerSpecs(layer, colour)) map.addLayer(spec, before);
    // Drawn first as the time slider's day shows it: no flash of every dated state at once.
    setUserLayerShown(map, layer.id, shown());
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
