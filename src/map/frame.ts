/**
 * Moves the camera to bounds or a place, leaving room for the open panel. Never leaves MapLibre
 * padding behind (flyTo/easeTo keep `padding` as the map's own, which would shift every later
 * view, the URL's centre and exports): points use a one-off `offset` instead.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Story } from '../story/story.ts';
import { MAX_ZOOM, panelPadding, placeCamera, type Bounds, type Padding } from './camera.ts';

const media = (query: string) => typeof matchMedia === 'function' && matchMedia(query).matches;
const reducedMotion = () => media('(prefers-reduced-motion: reduce)');
/** Same breakpoint as the CSS that turns the panel into a bottom sheet. */
const isPhone = () => media('(max-width: 719px)');
/** The bottom sheet's max-height (PlacePanel.svelte), as a share of the viewport. */
const SHEET_SHARE = 0.42;

/** Room for the panel over this map as laid out now: the sheet covers the map's bottom part. */
function paddingFor(map: MaplibreMap, panelOpen: boolean): Padding {
  const container = map.getContainer();
  const { clientWidth: w, clientHeight: h } = container;
  if (!panelOpen || !isPhone()) return panelPadding(w, h, panelOpen);
  const padding = panelPadding(w, h, false);
  const sheetTop = window.innerHeight * (1 - SHEET_SHARE);
  const covered = container.getBoundingClientRect().bottom - sheetTop;
  padding.bottom += Math.max(0, Math.min(h * 0.8, covered));
  return padding;
}

const offsetOf = (p: Padding): [number, number] => [(p.left - p.right) / 2, (p.top - p.bottom) / 2];

/** Pans (without zooming) so a point the reader picked is not hidden behind the panel. */
export function keepVisible(map: MaplibreMap, lngLat: [number, number]) {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const padding = paddingFor(map, true);
  const p = map.project(lngLat);
  const inside =
    p.x >= padding.left &&
    p.x <= w - padding.right &&
    p.y >= padding.top &&
    p.y <= h - padding.bottom;
  if (!inside) map.easeTo({ center: lngLat, offset: offsetOf(padding), animate: !reducedMotion() });
}

export function frame(map: MaplibreMap, story: Story, target: Bounds | string, panelOpen: boolean) {
  const padding = paddingFor(map, panelOpen);
  const animate = !reducedMotion();
  const camera = typeof target === 'string' ? story.byId.get(target) : { bounds: target };
  if (!camera) return;
  const place = 'type' in camera ? placeCamera(camera) : camera;
  // fitBounds uses its padding for this move only.
  if ('bounds' in place) map.fitBounds(place.bounds, { padding, animate, maxZoom: MAX_ZOOM });
  else map.flyTo({ center: place.center, zoom: place.zoom, offset: offsetOf(padding), animate });
}
