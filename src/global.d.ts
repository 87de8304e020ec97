import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The live map, for the browser tests and the snapshot command line (read-only use). */
    __storyMap?: MaplibreMap;
  }
}
export {};
