/**
 * Web Mercator exactly as MapLibre GL JS uses it: 512-pixel tiles, so the world is
 * `512 · 2^zoom` CSS pixels wide, the view centre sits at the middle of the frame and `bearing`
 * turns the map clockwise (bearing 90 puts east at the top). Pitch is not supported: exports
 * are drawn top-down.
 */

/** MapLibre's latitude limit for Web Mercator. */
export const MAX_LATITUDE = 85.051129;

/** Equatorial circumference in metres, the constant MapLibre's scale control uses. */
export const EARTH_CIRCUMFERENCE = 40075016.686;

/** A map view in CSS pixels of the output frame. */
export interface MapView {
  /** `[lng, lat]` in degrees. */
  center: [number, number];
  zoom: number;
  /** Degrees clockwise from north; 0 when omitted. */
  bearing?: number;
  width: number;
  height: number;
}

/** World size in CSS pixels at `zoom` (512 px tiles). */
export function worldSize(zoom: number): number {
  return 512 * 2 ** zoom;
}

/** `[lng, lat]` to Mercator coordinates in `[0, 1]`, x east and y south. */
export function mercator([lng, lat]: [number, number]): [number, number] {
  const phi = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const x = (180 + lng) / 360;
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (phi * Math.PI) / 360))) / 360;
  return [x, y];
}

/**
 * Projects `[lng, lat]` to `[x, y]` CSS pixels of the frame described by `view`.
 *
 * @example project([0, 0], { center: [0, 0], zoom: 0, width: 512, height: 512 }) // [256, 256]
 */
export function project(lngLat: [number, number], view: MapView): [number, number] {
  const size = worldSize(view.zoom);
  const [px, py] = mercator(lngLat);
  const [cx, cy] = mercator(view.center);
  const dx = (px - cx) * size;
  const dy = (py - cy) * size;
  const a = (-(view.bearing ?? 0) * Math.PI) / 180;
  return [
    view.width / 2 + dx * Math.cos(a) - dy * Math.sin(a),
    view.height / 2 + dx * Math.sin(a) + dy * Math.cos(a),
  ];
}

/** Inverse of {@link project}: `[x, y]` CSS pixels of the frame to `[lng, lat]`. */
export function unproject([x, y]: [number, number], view: MapView): [number, number] {
  const size = worldSize(view.zoom);
  const a = ((view.bearing ?? 0) * Math.PI) / 180;
  const sx = x - view.width / 2;
  const sy = y - view.height / 2;
  const [cx, cy] = mercator(view.center);
  const mx = cx + (sx * Math.cos(a) - sy * Math.sin(a)) / size;
  const my = cy + (sx * Math.sin(a) + sy * Math.cos(a)) / size;
  return fromMercator([mx, my]);
}

/** Inverse of {@link mercator}. */
export function fromMercator([x, y]: [number, number]): [number, number] {
  const lat = (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;
  return [x * 360 - 180, lat];
}

/**
 * Ground metres per CSS pixel at latitude `lat` and `zoom` (512 px tiles).
 *
 * @example metersPerPixel(0, 0) // 78271.517 (40075016.686 / 512)
 */
export function metersPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / worldSize(zoom);
}

/**
 * The centre and zoom that fit `bbox` (`[west, south, east, north]`) into a frame of
 * `width` × `height` CSS pixels with `padding` pixels on each side, bearing 0. Use it when an
 * export's shape differs from the on-screen view.
 */
export function fitBounds(
  bbox: [number, number, number, number],
  width: number,
  height: number,
  padding = 0,
): { center: [number, number]; zoom: number } {
  const [west, south, east, north] = bbox;
  const [x0, y0] = mercator([west, north]);
  const [x1, y1] = mercator([east, south]);
  const innerW = Math.max(1, width - 2 * padding);
  const innerH = Math.max(1, height - 2 * padding);
  const scale = Math.min(innerW / Math.max(x1 - x0, 1e-12), innerH / Math.max(y1 - y0, 1e-12));
  return { center: fromMercator([(x0 + x1) / 2, (y0 + y1) / 2]), zoom: Math.log2(scale / 512) };
}
