/** Decodes PNGs in Node for pixel checks, and compares images with a tolerance. */
import { PNG } from 'pngjs';

export interface Pixels {
  width: number;
  height: number;
  data: Buffer;
}

export const decodePng = (bytes: Uint8Array): Pixels => PNG.sync.read(Buffer.from(bytes));

export function pixelAt(img: Pixels, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * img.width + Math.round(x)) * 4;
  return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
}

/** True when a pixel within `radius` of (x, y) is within `tolerance` of the colour. */
export function hasColourNear(
  img: Pixels,
  x: number,
  y: number,
  rgb: [number, number, number],
  radius = 2,
  tolerance = 40,
): boolean {
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const px = pixelAt(img, x + dx, y + dy);
      if (px.every((c, i) => Math.abs(c - rgb[i]!) <= tolerance)) return true;
    }
  }
  return false;
}

/** Share of pixels whose largest channel difference exceeds `threshold`. */
export function diffRatio(a: Pixels, b: Pixels, threshold = 48): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(
      Math.abs(a.data[i]! - b.data[i]!),
      Math.abs(a.data[i + 1]! - b.data[i + 1]!),
      Math.abs(a.data[i + 2]! - b.data[i + 2]!),
    );
    if (d > threshold) differing++;
  }
  return differing / (a.width * a.height);
}

/** Is the image more than one flat colour? */
export function distinctColours(img: Pixels, limit = 64): number {
  const seen = new Set<number>();
  for (let i = 0; i < img.data.length && seen.size < limit; i += 4 * 97) {
    seen.add((img.data[i]! << 16) | (img.data[i + 1]! << 8) | img.data[i + 2]!);
  }
  return seen.size;
}
