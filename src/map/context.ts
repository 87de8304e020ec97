/** Shares the one MapLibre map with the components drawn inside the map component. */
import { getContext, setContext } from 'svelte';
import type { Map as MaplibreMap } from 'maplibre-gl';

const KEY = Symbol('story-map');

interface MapContext {
  readonly map: MaplibreMap | null;
}

export function setMapContext(ctx: MapContext): void {
  setContext(KEY, ctx);
}

/** The map; throws when used outside the map component. */
export function getMap(): MaplibreMap {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx?.map) throw new Error('getMap() must be called inside <StoryMap> once the map exists');
  return ctx.map;
}
