/**
 * The diagonal hatch that marks occupied or claimed territory, drawn as raw RGBA pixels so it needs
 * no sprite server and no canvas (and so it is testable in Node).
 */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Parses "#rrggbb". */
export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** The hatch tile the map uses: 16 px square, 3 px stripes, shown at pixel ratio 2. */
export const HATCH_TILE = { size: 16, stripe: 3, alpha: 230, pixelRatio: 2 } as const;

/**
 * A square tile with one 45° stripe that repeats seamlessly (x + y ≡ 0 mod size).
 * @example hatchPattern('#8c2d19', 16, 3) // 16×16 px, stripes 3 px wide
 */
export function hatchPattern(
  colour: string,
  size: number = HATCH_TILE.size,
  stripe: number = HATCH_TILE.stripe,
): RgbaImage {
  const [r, g, b] = hexToRgb(colour);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = (x + y) % size;
      const alpha = d < stripe ? HATCH_TILE.alpha : 0;
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = alpha;
    }
  }
  return { width: size, height: size, data };
}

/**
 * The map's hatch as parallel lines in CSS pixels, for vector exports: the tile's stripes run
 * along x + y = const ("/", −45°), `size / √2` apart and `stripe / √2` thick, in the tile's
 * colour and alpha.
 */
export function hatchLinesStyle(colour: string): {
  color: string;
  width: number;
  spacing: number;
  angle: number;
} {
  const { size, stripe, alpha, pixelRatio } = HATCH_TILE;
  const [r, g, b] = hexToRgb(colour);
  return {
    color: `rgba(${r}, ${g}, ${b}, ${Math.round((alpha / 255) * 1000) / 1000})`,
    width: stripe / pixelRatio / Math.SQRT2,
    spacing: size / pixelRatio / Math.SQRT2,
    angle: -45,
  };
}
