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
import { colourPairs, type ColourKey, type ColourMap } from '../user-layers/simplestyle.ts';
import type { UserStyle } from '../user-layers/style.ts';
import type { Shown } from '../user-layers/time.ts';
import { MAX_ZOOM } from './camera.ts';
import { byState } from './expressions.ts';
import { whenStyleReady } from './style-ready.ts';

/**
 * Colours for successive user layers: each at least MIN_DELTA_E (CIEDE2000) from every story
 * colour (a unit test checks; the purple once here was 5 from the border's).
 */
export const USER_COLOURS = ['#1f78b4', '#33a02c', '#c51b7d', '#b15928', '#017a7a'];

/**
 * How MapLibre's worker (geojson-vt) tiles a reader's file (issue 11). A file at the limits
 * (one line of 999,999 positions, 19,999 polygons) must draw without long main-thread tasks:
 * simplifying harder than the default (tolerance 0.375 px) keeps each tile's buckets small, a
 * smaller buffer repeats less geometry across tile edges, and tiling stops at zoom 12 (the map
 * overzooms to its MAX_ZOOM of 13), so the deepest, heaviest tiles are never cut.
 */
export const USER_SOURCE_OPTIONS = { tolerance: 1, buffer: 32, maxzoom: 12 } as const;

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

/** How a user layer is drawn: the reader's colour and opacity, and the file's own colours. */
export interface UserPaint {
  style: UserStyle;
  colours: ColourMap;
}

/** The file's colour for `key` where it gave a usable one, else the layer's colour. */
function colourOf(key: ColourKey, paint: UserPaint): ExpressionSpecification | string {
  const pairs = colourPairs(paint.colours[key]);
  if (pairs.length === 0) return paint.style.colour;
  const match: unknown = ['match', ['get', key], ...pairs.flat(), paint.style.colour];
  return match as ExpressionSpecification;
}

/** A simplestyle number from `lo` to `hi` where the feature has one, else `otherwise`. */
function numberOf(
  key: string,
  lo: number,
  hi: number,
  otherwise: ExpressionSpecification | number,
): ExpressionSpecification {
  return [
    'case',
    ['==', ['typeof', ['get', key]], 'number'],
    ['max', lo, ['min', hi, ['to-number', ['get', key]]]],
    otherwise,
  ];
}

/** The reader's opacity times the feature's own (or the default). */
const times = (
  opacity: number,
  value: ExpressionSpecification | number,
): ExpressionSpecification | number => (opacity === 1 ? value : ['*', opacity, value]);

/**
 * The fill, line and circle layers a user layer needs, for its geometry types. Paint follows
 * the file's simplestyle properties (fill, fill-opacity, stroke, stroke-opacity, stroke-width,
 * marker-color), with the layer's colour where a feature has none and the layer's opacity over
 * all of it.
 * @example userLayerSpecs(layer, { style: { colour: '#1f78b4', opacity: 1 }, colours: fileColours(props).colours })
 */
export function userLayerSpecs(
  layer: Pick<UserLayer, 'id' | 'geometryTypes'>,
  paint: UserPaint,
): LayerSpecification[] {
  const specs: LayerSpecification[] = [];
  const source = layer.id;
  const { opacity } = paint.style;
  if (hasType(layer, 'Polygon', 'MultiPolygon')) {
    specs.push({
      id: `${source}:fill`,
      type: 'fill',
      source,
      filter: BASE_FILTERS.fill,
      paint: {
        'fill-color': colourOf('fill', paint),
        'fill-opacity': times(opacity, numberOf('fill-opacity', 0, 1, byState(0.45, 0.45, 0.25))),
      },
    });
  }
  if (hasType(layer, 'Polygon', 'MultiPolygon', 'LineString', 'MultiLineString')) {
    specs.push({
      id: `${source}:line`,
      type: 'line',
      source,
      filter: BASE_FILTERS.line,
      paint: {
        'line-color': colourOf('stroke', paint),
        'line-opacity': times(opacity, numberOf('stroke-opacity', 0, 1, 1)),
        'line-width': numberOf('stroke-width', 0, 20, byState(3.5, 3.5, 2)),
      },
    });
  }
  if (hasType(layer, 'Point', 'MultiPoint')) {
    specs.push({
      id: `${source}:circle`,
      type: 'circle',
      source,
      filter: BASE_FILTERS.circle,
      paint: {
        'circle-color': colourOf('marker-color', paint),
        'circle-opacity': opacity,
        'circle-stroke-opacity': opacity,
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

/**
 * Adds the layer's source (MapLibre's worker fetches and parses `dataUrl`), with its credit as
 * the source's attribution, and its layers, filtered to what the time slider's day shows.
 */
export function addUserLayer(
  map: MaplibreMap,
  layer: LoadedUserLayer,
  paint: UserPaint,
  attribution: string,
  /** The user layers (source ids) listed after this one: it goes in below them. */
  above: readonly string[] = [],
  shown: () => Shown = () => 'all',
): void {
  whenStyleReady(map, () => {
    if (map.getSource(layer.id)) return;
    map.addSource(layer.id, {
      type: 'geojson',
      data: layer.dataUrl,
      attribution,
      ...USER_SOURCE_OPTIONS,
    });
    const layers = map.getStyle().layers;
    const over = layers.find((l) => 'source' in l && above.includes(l.source as string));
    // Under the story's layers, whichever the story has, so the story stays on top.
    const story = layers.find((l) => 'source' in l && l.source === 'story');
    const before = over?.id ?? story?.id;
    for (const spec of userLayerSpecs(layer, paint)) map.addLayer(spec, before);
    // Drawn first as the time slider's day shows it: no flash of every dated state at once.
    setUserLayerShown(map, layer.id, shown());
  });
}

/** Shows all of the layer (once, when the reader adds it; not when a reload restores it). */
export function fitUserLayer(map: MaplibreMap, layer: LoadedUserLayer): void {
  whenStyleReady(map, () =>
    map.fitBounds(layer.bounds, { padding: 40, maxZoom: MAX_ZOOM, animate: false }),
  );
}

/** Redraws the layer in new paint: the map updates in place, nothing is reloaded. */
export function repaintUserLayer(map: MaplibreMap, layer: LoadedUserLayer, paint: UserPaint): void {
  whenStyleReady(map, () => {
    for (const spec of userLayerSpecs(layer, paint)) {
      if (!map.getLayer(spec.id) || !('paint' in spec) || !spec.paint) continue;
      // Every paint property the spec sets, generic over the layer types' property names.
      const set = map.setPaintProperty.bind(map) as (id: string, name: string, v: unknown) => void;
      for (const [name, value] of Object.entries(spec.paint)) set(spec.id, name, value);
    }
  });
}

/** Removes its layers and source. The caller frees the blob behind `dataUrl` when it is done. */
export function removeUserLayer(map: MaplibreMap, layer: Pick<LoadedUserLayer, 'id'>): void {
  for (const suffix of ['fill', 'line', 'circle']) {
    if (map.getLayer(`${layer.id}:${suffix}`)) map.removeLayer(`${layer.id}:${suffix}`);
  }
  if (map.getSource(layer.id)) map.removeSource(layer.id);
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
