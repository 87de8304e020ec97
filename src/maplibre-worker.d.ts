/** MapLibre's worker module (`maplibre-gl/dist/maplibre-gl-worker.mjs`), which ships no types. */
declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs' {
  /** The worker class; importing the module also starts one as `self.worker`. */
  export default class MaplibreWorker {}
}
