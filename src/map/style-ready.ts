/**
 * Runs `fn` once the map's style is loaded: every source/layer/state change goes through here.
 * Waits on `style.load`, which fires again whenever the style is rebuilt (after a lost WebGL
 * context is restored), unlike `load`, which fires once in a map's life.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

export function whenStyleReady(map: MaplibreMap, fn: () => void): void {
  if (map.style && map.isStyleLoaded()) fn();
  else map.once('style.load', fn);
}
