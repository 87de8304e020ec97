/** Values bench/precomputed-plugin.ts computes in Node when the bare page is built. */
declare module 'virtual:bench-precomputed' {
  import type { Bounds } from '../src/map/camera.ts';

  /** The app's first view (`homeBounds` in src/map/camera.ts). */
  export const HOME_BOUNDS: Bounds;
}
