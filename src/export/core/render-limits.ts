/**
 * Whether an export size can be made: raster exports render in one WebGL pass, so their sides
 * are capped by the browser's limit (`maxSide`, from `MAX_RENDERBUFFER_SIZE` /
 * `MAX_TEXTURE_SIZE`); every export is capped by a hard limit that keeps a 2D canvas within
 * what browsers allocate (Chrome and Firefox: about 268 million pixels and 32767 px per side;
 * Safari less), with a margin. Above a cap it is refused with the largest size that works.
 */

/** Most pixels per side an export may have. */
export const HARD_MAX_SIDE = 16384;
/** Most pixels an export may have in total (200 megapixels). */
export const HARD_MAX_PIXELS = 200_000_000;

/** The browser's rendering limits and the export caps. */
export interface RenderLimits {
  /** Per-side cap, e.g. the browser's WebGL limit for raster exports; {@link HARD_MAX_SIDE} when omitted. */
  maxSide?: number;
  /** Pixel-count cap; {@link HARD_MAX_PIXELS} when omitted. */
  maxPixels?: number;
}

/** Either fine to render, or a refusal with the largest possible size. */
export type Renderability =
  { ok: true } | { ok: false; message: string; largest: { width: number; height: number } };

/**
 * Checks an export size against the limits before anything is rendered.
 *
 * @example checkRenderable({ width: 20000, height: 14142 }, {}).ok // false
 */
export function checkRenderable(
  size: { width: number; height: number },
  limits: RenderLimits,
): Renderability {
  const maxSide = limits.maxSide ?? HARD_MAX_SIDE;
  const maxPixels = limits.maxPixels ?? HARD_MAX_PIXELS;
  const { width, height } = size;
  if (width <= maxSide && height <= maxSide && width * height <= maxPixels) {
    return { ok: true };
  }
  const largest = largestSize(width, height, maxSide, maxPixels);
  const megapixels = Math.round(maxPixels / 1e6);
  return {
    ok: false,
    largest,
    message:
      `Too large: ${width}×${height} px. The largest this browser can export in this shape is ` +
      `${largest.width}×${largest.height} px (at most ${maxSide} px per side and ${megapixels} megapixels).`,
  };
}

/** The largest size with the aspect ratio of `width` × `height` within both caps. */
export function largestSize(
  width: number,
  height: number,
  maxSide: number,
  maxPixels: number,
): { width: number; height: number } {
  const scale = Math.min(
    maxSide / width,
    maxSide / height,
    Math.sqrt(maxPixels / (width * height)),
  );
  // The epsilon keeps 16384.000000001 − 1 ulp from flooring to 16383.
  let w = Math.max(1, Math.floor(width * scale + 1e-9));
  let h = Math.max(1, Math.floor(height * scale + 1e-9));
  while (w * h > maxPixels) [w, h] = w >= h ? [w - 1, h] : [w, h - 1];
  return { width: w, height: h };
}
