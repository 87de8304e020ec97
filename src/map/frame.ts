/** Moves the camera to bounds or a place, leaving room for the open panel. */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Story } from '../story/story.ts';
import { MAX_ZOOM, panelPadding, placeCamera, type Bounds } from './camera.ts';

const media = (query: string) => typeof matchMedia === 'function' && matchMedia(query).matches;
const reducedMotion = () => media('(prefers-reduced-motion: reduce)');
/** Same breakpoint as the CSS that turns the panel into a bottom sheet. */
const isPhone = () => media('(max-width: 719px)');

/** Pans (without zooming) so a point the reader picked is not hidden behind the panel. */
export function keepVisible(map: MaplibreMap, lngLat: [number, number]) {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const padding = panelPadding(w, h, true, isPhone());
  const p = map.project(lngLat);
  const inside =
    p.x >= padding.left &&
    p.x <= w - padding.right &&
    p.y >= padding.top &&
    p.y <= h - padding.bottom;
  if (!inside) map.easeTo({ center: lngLat, padding, animate: !reducedMotion() });
}

export function frame(map: MaplibreMap, story: Story, target: Bounds | string, panelOpen: boolean) {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const padding = panelPadding(w, h, panelOpen, isPhone());
  const animate = !reducedMotion();
  const camera = typeof target === 'string' ? story.byId.get(target) : { bounds: target };
  if (!camera) return;
  const place = 'type' in camera ? placeCamera(camera) : camera;
  if ('bounds' in place) map.fitBounds(place.bounds, { padding, animate, maxZoom: MAX_ZOOM });
  else map.flyTo({ center: place.center, zoom: place.zoom, padding, animate });
}
