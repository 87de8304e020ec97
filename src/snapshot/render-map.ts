/**
 * Renders the live map's style, view and selection on an offscreen MapLibre map at the export's
 * pixel ratio, and returns its pixels as a canvas of exactly the size asked for. The live map is
 * only read, never moved or restyled.
 */
import { Map as MaplibreMap, type FilterSpecification } from 'maplibre-gl';
import { hatchPattern } from '../map/hatch.ts';
import { HATCH_IMAGE } from '../map/layers.ts';
import { PALETTE } from '../map/palette.ts';

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
  signal?: AbortSignal;
}

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

/** Draws the map into a new canvas of exactly `width` × `height` pixels. */
export async function renderMap(
  live: MaplibreMap,
  req: MapRenderRequest,
): Promise<HTMLCanvasElement> {
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
  const map = new MaplibreMap({
    container,
    style: live.getStyle(),
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
    await until(whenIdle(map, req.signal));
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
    return out;
  } finally {
    stop.dispose();
    map.remove();
    container.remove();
  }
}

/** No export render may take longer (A3 at 300 DPI takes seconds with software WebGL). */
export const RENDER_TIMEOUT_MS = 90_000;

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
  const timer = setTimeout(
    () =>
      reject(new Error(`Drawing the map took longer than ${RENDER_TIMEOUT_MS / 1000} s; stopped.`)),
    RENDER_TIMEOUT_MS,
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
