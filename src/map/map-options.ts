/**
 * The live map's MapLibre options apart from its container, style and first view: one place,
 * shared by src/map/StoryMap.svelte and the benchmark pages, so they measure the same map.
 */
import type { MapOptions } from 'maplibre-gl';
import { MAX_ZOOM, MIN_ZOOM } from './camera.ts';

export const MAP_OPTIONS = {
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  // Exports render on their own offscreen map (src/export/browser), so this one keeps no buffer.
  canvasContextAttributes: { antialias: true },
  maxCanvasSize: [8192, 8192],
} satisfies Partial<MapOptions>;
