/**
 * Moves the camera to bounds or a place, inside the part of the map nothing covers, as the page
 * is laid out now (issue 14: the padding follows the measured layout, not fixed numbers). Never
 * leaves MapLibre padding behind (flyTo/easeTo keep `padding` as the map's own, which would shift
 * every later view, the URL's centre and exports): points use a one-off `offset` instead.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import {
  MAX_ZOOM,
  framePadding,
  placeCamera,
  type Bounds,
  type Padding,
  type Rect,
} from './camera.ts';
import type { Story } from '../types.ts';

/** Elements that may lie over the map (the phone's place sheet, sticky tabs) carry this attribute. */
export const COVERS_MAP = 'data-covers-map';

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

const FAR = 1e6;

/** What covers this map now: marked elements over it, and whatever of it lies outside the window. */
export function measuredPadding(map: MaplibreMap): Padding {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const covers: Rect[] = [
    { left: -FAR, top: -FAR, right: FAR, bottom: 0 },
    { left: -FAR, top: window.innerHeight, right: FAR, bottom: FAR },
    { left: -FAR, top: -FAR, right: 0, bottom: FAR },
    { left: window.innerWidth, top: -FAR, right: FAR, bottom: FAR },
  ];
  for (const el of document.querySelectorAll(`[${COVERS_MAP}]`)) {
    if (container.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) covers.push(r);
  }
  return framePadding(box, covers);
}

const offsetOf = (p: Padding): [number, number] => [(p.left - p.right) / 2, (p.top - p.bottom) / 2];

/** Pans (without zooming) so a point the reader picked is not hidden behind what covers the map. */
export function keepVisible(map: MaplibreMap, lngLat: [number, number]) {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const padding = measuredPadding(map);
  const p = map.project(lngLat);
  const inside =
    p.x >= padding.left &&
    p.x <= w - padding.right &&
    p.y >= padding.top &&
    p.y <= h - padding.bottom;
  if (!inside) map.easeTo({ center: lngLat, offset: offsetOf(padding), animate: !reducedMotion() });
}

export function frame(map: MaplibreMap, story: Story, target: Bounds | string) {
  const padding = measuredPadding(map);
  const animate = !reducedMotion();
  const camera = typeof target === 'string' ? story.byId.get(target) : { bounds: target };
  if (!camera) return;
  const place = 'type' in camera ? placeCamera(camera) : camera;
  // fitBounds uses its padding for this move only.
  if ('bounds' in place) map.fitBounds(place.bounds, { padding, animate, maxZoom: MAX_ZOOM });
  else map.flyTo({ center: place.center, zoom: place.zoom, offset: offsetOf(padding), animate });
}
