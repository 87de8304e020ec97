/** Runs `fn` once the map's style is loaded: every source/layer/state change goes through here. */
import type { Map as MaplibreMap } from 'maplibre-gl';

export function whenStyleReady(map: MaplibreMap, fn: () => void): void {
  if (map.isStyleLoaded()) fn();
  else map.once('load', fn);
}
