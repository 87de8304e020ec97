/**
 * Whether an export size can be rendered, and how: in one WebGL pass when both sides fit the
 * browser's limit (`MAX_RENDERBUFFER_SIZE` / `MAX_TEXTURE_SIZE`, often 8192 or 16384), by
 * tiles up to a hard cap otherwise, and refused above the cap with the largest size that works.
 * The cap keeps the composited 2D canvas within what browsers allocate (Chrome and Firefox:
 * about 268 million pixels and 32767 px per side; Safari less), with a margin.
 */

/** Most pixels per side an export may have, even by tiles. */
export const HARD_MAX_SIDE = 16384;
/** Most pixels an export may have in total (200 megapixels). */
export const HARD_MAX_PIXELS = 200_000_000;

/** The browser's rendering limits and the export caps. */
export interface RenderLimits {
  /** Largest square the browser's WebGL can render in one go. */
  maxCanvas: number;
  /** Per-side cap; {@link HARD_MAX_SIDE} when omitted. */
  maxSide?: number;
  /** Pixel-count cap; {@link HARD_MAX_PIXELS} when omitted. */
  maxPixels?: number;
}

/** A rectangle of the output image, in pixels; `col` and `row` count from 0. */
export interface Tile {
  x: number;
  y: number;
  width: number;
  height: number;
  col: number;
  row: number;
}

/** Tiles covering an image, row by row. */
export interface TilePlan {
  cols: number;
  rows: number;
  tiles: Tile[];
}

/** Either a plan to render (tiled or not) or a refusal with the largest possible size. */
export type Renderability =
  | { ok: true; tiled: boolean; tiles: TilePlan }
  | { ok: false; message: string; largest: { width: number; height: number } };

/**
 * Splits `width` × `height` into the fewest columns and rows whose tiles are at most `maxTile`
 * on each side. Tile sizes differ by at most one pixel, so there are no thin slivers; the tiles
 * cover the image exactly, without overlap, in row-major order.
 *
 * @example planTiles(10000, 5000, 4096).tiles.length // 3 cols × 2 rows = 6
 */
export function planTiles(width: number, height: number, maxTile: number): TilePlan {
  if (!(width >= 1 && height >= 1 && maxTile >= 1)) {
    throw new RangeError(`Cannot tile ${width}×${height} px with tiles of ${maxTile} px`);
  }
  const cols = Math.ceil(width / maxTile);
  const rows = Math.ceil(height / maxTile);
  const xs = split(width, cols);
  const ys = split(height, rows);
  const tiles: Tile[] = [];
  ys.forEach(([y, h], row) =>
    xs.forEach(([x, w], col) => tiles.push({ x, y, width: w, height: h, col, row })),
  );
  return { cols, rows, tiles };
}

/** `[start, length]` of `parts` runs covering `total`; the first `total % parts` are one longer. */
function split(total: number, parts: number): [number, number][] {
  const base = Math.floor(total / parts);
  const extra = total % parts;
  const runs: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < parts; i++) {
    const length = base + (i < extra ? 1 : 0);
    runs.push([start, length]);
    start += length;
  }
  return runs;
}

/**
 * Checks an export size against the limits before anything is rendered.
 *
 * @example checkRenderable({ width: 20000, height: 14142 }, { maxCanvas: 8192 }).ok // false
 */
export function checkRenderable(
  size: { width: number; height: number },
  limits: RenderLimits,
): Renderability {
  const maxSide = limits.maxSide ?? HARD_MAX_SIDE;
  const maxPixels = limits.maxPixels ?? HARD_MAX_PIXELS;
  const { width, height } = size;
  if (!(limits.maxCanvas >= 1)) throw new RangeError('maxCanvas must be at least 1 px');
  if (width <= maxSide && height <= maxSide && width * height <= maxPixels) {
    const tiles = planTiles(width, height, limits.maxCanvas);
    return { ok: true, tiled: tiles.tiles.length > 1, tiles };
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
