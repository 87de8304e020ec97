/**
 * Renders the live map's style, view and selection on an offscreen MapLibre map at the export's
 * pixel ratio, and returns its pixels as a canvas of exactly the size asked for, with the labels
 * MapLibre placed. Labels keep clear of the export's furniture (title, legend, inset…) and of
 * the frame's edges: those are added as invisible icons that MapLibre's own collision avoids,
 * and a label that still touches one (e.g. one allowed to overlap) is filtered out. Vector
 * exports use the same placement without the full-size frame. The live map is only read,
 * never moved or restyled.
 */
import {
  Map as MaplibreMap,
  type FilterSpecification,
  type MapGeoJSONFeature,
  type StyleSpecification,
} from 'maplibre-gl';
import type { MapView } from '../core/projection.ts';
import type { Rect } from '../core/scene.ts';
import { hatchPattern } from '../../map/hatch.ts';
import { HATCH_IMAGE } from '../../map/layers.ts';
import { PALETTE } from '../../map/palette.ts';
import { renderTimeoutMs } from '../core/render-timeout.ts';
import { labelConflicts, type PlacedLabel } from './label-fit.ts';

export interface MapRenderRequest {
  width: number;
  height: number;
  pixelRatio: number;
  center: [number, number];
  zoom: number;
  bearing: number;
  selectedId: string | null;
  /** Leaves out this place's map label (the composition draws a callout for it instead). */
  hideLabelOf?: string;
  /** Rectangles (CSS pixels) map labels must keep clear of: the composition's furniture. */
  avoid?: Rect[];
  /** False: only place the labels (vector exports), no full-size frame. */
  draw?: boolean;
  signal?: AbortSignal;
}

/** The offscreen render: the canvas (when drawn) and the labels MapLibre placed. */
export interface MapRender {
  canvas: HTMLCanvasElement | null;
  labels: PlacedLabel[];
  /** The style as rendered, for deriving the vector scene from it. */
  style: StyleSpecification;
}

const BLOCKERS = 'export-furniture';
/** How far outside the frame the edge blockers reach, in CSS pixels. */
const EDGE = 40;
/** Rounds of "filter out the labels that still conflict, place again". */
const MAX_ROUNDS = 4;

let maxSizeCache: number | null = null;

/** Pixel ratio of the frames drawn while the offscreen map loads; only the last is full size. */
const DRAFT_RATIO = 0.25;

/**
 * The largest canvas side WebGL can render here: the smallest of the texture, renderbuffer and
 * viewport limits, measured once on a throwaway context.
 */
export function maxRenderSide(): number {
  if (maxSizeCache !== null) return maxSizeCache;
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return (maxSizeCache = 4096);
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  maxSizeCache = Math.min(
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    viewport[0] ?? 4096,
    viewport[1] ?? 4096,
  );
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return maxSizeCache;
}

const aborted = () => new DOMException('Export cancelled', 'AbortError');

function whenIdle(map: MaplibreMap, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const onAbort = () => reject(aborted());
    signal?.addEventListener('abort', onAbort, { once: true });
    map.once('idle', () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    map.on('error', (e) => reject(e.error instanceof Error ? e.error : new Error(String(e.error))));
  });
}

function hideLabel(map: MaplibreMap, id: string) {
  for (const layer of map.getStyle().layers) {
    if (layer.type !== 'symbol' || layer.source !== 'story-labels') continue;
    const notIt: FilterSpecification = ['!=', ['get', 'id'], id];
    const filter = layer.filter ? (['all', layer.filter, notIt] as FilterSpecification) : notIt;
    map.setFilter(layer.id, filter);
  }
}

/**
 * Invisible icons over each rectangle to avoid, and along the outside of the frame, on a symbol
 * layer above all others (MapLibre places the top layer first), so labels below collide with
 * them as with any other symbol. Anchors stay inside the frame so their tiles are loaded.
 */
function addBlockers(map: MaplibreMap, avoid: Rect[], width: number, height: number) {
  type Anchor = 'center' | 'bottom' | 'top' | 'left' | 'right';
  const boxes: { rect: Rect; at: [number, number]; anchor: Anchor }[] = [
    ...avoid.map((rect) => ({
      rect,
      at: [rect.x + rect.width / 2, rect.y + rect.height / 2] as [number, number],
      anchor: 'center' as const,
    })),
    { rect: { x: 0, y: 0, width, height: EDGE }, at: [width / 2, 0.5], anchor: 'bottom' },
    { rect: { x: 0, y: 0, width, height: EDGE }, at: [width / 2, height - 0.5], anchor: 'top' },
    { rect: { x: 0, y: 0, width: EDGE, height }, at: [0.5, height / 2], anchor: 'right' },
    { rect: { x: 0, y: 0, width: EDGE, height }, at: [width - 0.5, height / 2], anchor: 'left' },
  ];
  const features = boxes.map(({ rect, at, anchor }, i) => {
    const w = Math.max(1, Math.ceil(rect.width));
    const h = Math.max(1, Math.ceil(rect.height));
    map.addImage(`${BLOCKERS}-${i}`, { width: w, height: h, data: new Uint8Array(w * h * 4) });
    const lngLat = map.unproject(at);
    return {
      type: 'Feature' as const,
      properties: { image: `${BLOCKERS}-${i}`, anchor },
      geometry: { type: 'Point' as const, coordinates: [lngLat.lng, lngLat.lat] },
    };
  });
  map.addSource(BLOCKERS, { type: 'geojson', data: { type: 'FeatureCollection', features } });
  map.addLayer({
    id: BLOCKERS,
    type: 'symbol',
    source: BLOCKERS,
    layout: {
      'icon-image': ['get', 'image'],
      'icon-anchor': ['get', 'anchor'],
      'icon-allow-overlap': true,
      'icon-padding': 0,
    },
    paint: { 'icon-opacity': 0 },
  });
}

/** The labels MapLibre placed, once each. */
function placedLabels(map: MaplibreMap, layers: string[]): PlacedLabel[] {
  const seen = new Set<string>();
  const out: PlacedLabel[] = [];
  for (const f of map.queryRenderedFeatures({ layers }) as MapGeoJSONFeature[]) {
    if (f.geometry.type !== 'Point') continue;
    const [lng, lat] = f.geometry.coordinates as [number, number];
    const label = { layerId: f.layer.id, properties: { ...f.properties }, lngLat: [lng, lat] };
    const key = JSON.stringify(label);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(label as PlacedLabel);
  }
  return out;
}

/** A filter matching no feature whose primitive properties equal one of `dropped`'s. */
function without(filter: unknown, dropped: PlacedLabel[]): FilterSpecification {
  const same = dropped.map((l) => [
    'all',
    ...Object.entries(l.properties)
      .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      .map(([k, v]) => ['==', ['get', k], v]),
  ]);
  const notThese = ['!', ['any', ...same]];
  return (filter ? ['all', filter, notThese] : notThese) as FilterSpecification;
}
/** Draws the map into a new canvas of exactly `width` × `height` pixels (unless `draw` is false). */
export async function renderMap(live: MaplibreMap, req: MapRenderRequest): Promise<MapRender> {
  // CSS size rounded to whole pixels (MapLibre reads clientWidth); the ratio is adjusted so the
  // WebGL canvas comes out at the requested width, and any last pixel of height is resampled.
  const cssWidth = Math.max(1, Math.round(req.width / req.pixelRatio));
  const cssHeight = Math.max(1, Math.round(req.height / req.pixelRatio));
  const pixelRatio = req.width / cssWidth;
  const container = document.createElement('div');
  Object.assign(container.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: `${cssWidth}px`,
    height: `${cssHeight}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
    zIndex: '-1',
  });
  container.setAttribute('aria-hidden', 'true');
  document.body.append(container);
  const max = maxRenderSide();
  const style = live.getStyle();
  const map = new MaplibreMap({
    container,
    style,
    center: req.center,
    zoom: req.zoom,
    bearing: req.bearing,
    // Tiles load and labels settle over many frames: draw those small, then one at full size
    // (with software WebGL every full-size frame costs as much as the one that is kept).
    pixelRatio: DRAFT_RATIO,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    maxZoom: 24,
    // Multisampling doubles the software render time at print sizes, where pixels are tiny anyway.
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: pixelRatio < 2 },
    maxCanvasSize: [max, max],
  });
  // Every wait below also ends when the WebGL context is lost, the export is cancelled or the
  // time runs out: a lost context never fires 'idle', and the export hung (issue 16).
  const stop = stopped(map, req.signal);
  const until = <T>(p: Promise<T>) => Promise.race([p, stop.promise]);
  try {
    map.addImage(HATCH_IMAGE, hatchPattern(PALETTE.claimed), { pixelRatio: 2 });
    await until(
      new Promise<void>((resolve) =>
        map.isStyleLoaded() ? resolve() : map.once('load', () => resolve()),
      ),
    );
    if (req.hideLabelOf) hideLabel(map, req.hideLabelOf);
    if (req.selectedId) {
      for (const source of ['story', 'story-labels']) {
        map.setFeatureState({ source, id: req.selectedId }, { selected: true });
      }
    }
    const symbolLayers = style.layers.filter((l) => l.type === 'symbol').map((l) => l.id);
    addBlockers(map, req.avoid ?? [], cssWidth, cssHeight);
    await until(whenIdle(map, req.signal));
    const view: MapView = {
      center: req.center,
      zoom: req.zoom,
      bearing: req.bearing,
      width: cssWidth,
      height: cssHeight,
    };
    let labels = placedLabels(map, symbolLayers);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const conflicts = labelConflicts(style, view, labels, req.avoid ?? []);
      if (conflicts.length === 0) break;
      for (const layerId of new Set(conflicts.map((l) => l.layerId))) {
        const dropped = conflicts.filter((l) => l.layerId === layerId);
        map.setFilter(layerId, without(map.getFilter(layerId), dropped));
      }
      await until(whenIdle(map, req.signal));
      labels = placedLabels(map, symbolLayers);
    }
    if (req.draw === false) return { canvas: null, labels, style };
    map.setPixelRatio(pixelRatio);
    // The one full-size frame, drawn now, with every tile and label in place.
    map.redraw();
    const source = map.getCanvas();
    if (stop.lost()) throw contextLost();
    if (Math.abs(source.width - req.width) > 1 || Math.abs(source.height - req.height) > 2) {
      throw new Error(
        `The browser drew ${source.width}×${source.height} px instead of ${req.width}×${req.height} px.`,
      );
    }
    const out = document.createElement('canvas');
    out.width = req.width;
    out.height = req.height;
    out.getContext('2d')!.drawImage(source, 0, 0, req.width, req.height);
    return { canvas: out, labels, style };
  } finally {
    stop.dispose();
    map.remove();
    container.remove();
  }
}

const contextLost = () =>
  new Error(
    'The graphics (WebGL) context was lost while drawing the map, so nothing was exported. ' +
      'Try again; if it happens again, choose a smaller size.',
  );

/** A promise that rejects on context loss, cancel or timeout, and how to stop watching. */
function stopped(map: MaplibreMap, signal?: AbortSignal) {
  let lost = false;
  let reject: (e: unknown) => void = () => {};
  const promise = new Promise<never>((_, r) => (reject = r));
  // Handled here so a rejection nobody races against is never reported as unhandled.
  promise.catch(() => undefined);
  const onLost = () => {
    lost = true;
    reject(contextLost());
  };
  const onAbort = () => reject(aborted());
  map.on('webglcontextlost', onLost);
  signal?.addEventListener('abort', onAbort, { once: true });
  const limit = renderTimeoutMs(location.search);
  const timer = setTimeout(
    () => reject(new Error(`Drawing the map took longer than ${limit / 1000} s; stopped.`)),
    limit,
  );
  return {
    promise,
    lost: () => lost || map.painter?.context.gl.isContextLost() === true,
    dispose() {
      clearTimeout(timer);
      map.off('webglcontextlost', onLost);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}
