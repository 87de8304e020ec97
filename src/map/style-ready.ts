/**
 * Runs `fn` once the map's style is loaded: every source/layer/state change goes through here.
 * `isStyleLoaded()` is also false while sources are still loading, after `style.load` has fired,
 * so this waits for whichever comes first, `style.load` (fired again whenever the style is rebuilt,
 * e.g. after a lost WebGL context is restored) or `idle` (which always follows), and runs once.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

export function whenStyleReady(map: MaplibreMap, fn: () => void): void {
  if (map.style && map.isStyleLoaded()) {
    fn();
    return;
  }
  const run = () => {
    map.off('style.load', run);
    map.off('idle', run);
    fn();
  };
  map.on('style.load', run);
  map.on('idle', run);
}
