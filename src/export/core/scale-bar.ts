/**
 * A scale bar of a round length (1, 2 or 5 × 10ⁿ metres) that fits a maximum width, measured
 * at one latitude (Mercator scale changes with latitude; use the map centre's).
 */
import { metersPerPixel } from './projection.ts';

/** A scale bar of a round length. */
export interface ScaleBar {
  /** Length the bar stands for, in kilometres (0.5 for 500 m). */
  km: number;
  /** Bar length in output pixels. */
  widthPx: number;
  /** `"10 km"`, `"500 m"`. */
  label: string;
}

/**
 * The longest round length whose bar is at most `maxWidthPx` output pixels long.
 *
 * @param zoom MapLibre zoom of the view (512 px tiles, CSS pixels).
 * @param pixelRatio Output pixels per CSS pixel (`dpi / 96`).
 * @example scaleBar(0, 0, 1, 100) // { km: 5000, widthPx: 63.88, label: '5000 km' }
 */
export function scaleBar(
  lat: number,
  zoom: number,
  pixelRatio: number,
  maxWidthPx: number,
): ScaleBar {
  const metresPerOutputPx = metersPerPixel(lat, zoom) / pixelRatio;
  const maxMetres = maxWidthPx * metresPerOutputPx;
  if (!(maxMetres > 0)) throw new RangeError('Scale bar needs a positive width and pixel ratio');
  const metres = roundLength(maxMetres);
  return {
    km: metres / 1000,
    widthPx: metres / metresPerOutputPx,
    label: metres >= 1000 ? `${formatLength(metres / 1000)} km` : `${formatLength(metres)} m`,
  };
}

/** The largest 1, 2 or 5 × 10ⁿ not above `max`. */
export function roundLength(max: number): number {
  // Start one decade up: Math.log10 may return 2.9999999999999996 for 1000.
  const decade = Math.floor(Math.log10(max)) + 1;
  for (let n = decade; n >= decade - 2; n--) {
    for (const m of [5, 2, 1]) {
      const value = Number((m * 10 ** n).toPrecision(12));
      if (value <= max * (1 + 1e-12)) return value;
    }
  }
  return 10 ** (decade - 2);
}

function formatLength(value: number): string {
  return String(Number(value.toPrecision(12)));
}
