import { describe, expect, it } from 'vitest';
import { checkRenderable, largestSize, planTiles, type Tile } from '../../src/export/tiles.ts';

/** Every pixel covered exactly once, checked by painting a coverage grid. */
function coverage(width: number, height: number, tiles: Tile[]): Uint8Array {
  const grid = new Uint8Array(width * height);
  for (const t of tiles) {
    for (let y = t.y; y < t.y + t.height; y++) {
      for (let x = t.x; x < t.x + t.width; x++)
        grid[y * width + x] = (grid[y * width + x] ?? 0) + 1;
    }
  }
  return grid;
}

describe('planTiles', () => {
  it('uses one tile when the image fits', () => {
    expect(planTiles(800, 600, 4096)).toEqual({
      cols: 1,
      rows: 1,
      tiles: [{ x: 0, y: 0, width: 800, height: 600, col: 0, row: 0 }],
    });
  });

  it('splits 10000 × 5000 with 4096 tiles into 3 × 2 near-equal tiles', () => {
    const plan = planTiles(10000, 5000, 4096);
    expect([plan.cols, plan.rows]).toEqual([3, 2]);
    // 10000 / 3 = 3333 r 1 → 3334, 3333, 3333; 5000 / 2 = 2500.
    expect(plan.tiles.filter((t) => t.row === 0).map((t) => [t.x, t.width])).toEqual([
      [0, 3334],
      [3334, 3333],
      [6667, 3333],
    ]);
    expect(plan.tiles.filter((t) => t.col === 0).map((t) => [t.y, t.height])).toEqual([
      [0, 2500],
      [2500, 2500],
    ]);
  });

  it('covers an awkward size exactly once with tiles within the limit', () => {
    const [w, h, max] = [257, 131, 64];
    const plan = planTiles(w, h, max);
    expect([plan.cols, plan.rows]).toEqual([5, 3]);
    expect(coverage(w, h, plan.tiles).every((c) => c === 1)).toBe(true);
    for (const t of plan.tiles) {
      expect(t.width).toBeLessThanOrEqual(max);
      expect(t.height).toBeLessThanOrEqual(max);
    }
  });

  it('lists tiles row by row', () => {
    const order = planTiles(30, 20, 10).tiles.map((t) => `${t.row}${t.col}`);
    expect(order).toEqual(['00', '01', '02', '10', '11', '12']);
  });

  it('refuses empty images and tiles', () => {
    expect(() => planTiles(0, 10, 10)).toThrow(RangeError);
    expect(() => planTiles(10, 10, 0)).toThrow(RangeError);
  });
});

describe('checkRenderable', () => {
  it('renders A4 landscape at 300 DPI (3508 × 2480) in one pass under an 8192 limit', () => {
    const result = checkRenderable({ width: 3508, height: 2480 }, { maxCanvas: 8192 });
    expect(result.ok && result.tiled).toBe(false);
    expect(result.ok && result.tiles.tiles).toHaveLength(1);
  });

  it('tiles A3 portrait at 300 DPI (3508 × 4961) under a 4096 limit into 1 column × 2 rows', () => {
    const result = checkRenderable({ width: 3508, height: 4961 }, { maxCanvas: 4096 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tiled).toBe(true);
    expect([result.tiles.cols, result.tiles.rows]).toEqual([1, 2]);
  });

  it('tiles 12000 × 9000 under 8192 into 2 × 2', () => {
    const result = checkRenderable({ width: 12000, height: 9000 }, { maxCanvas: 8192 });
    expect(result.ok && [result.tiles.cols, result.tiles.rows]).toEqual([2, 2]);
  });

  it('refuses 20000 × 14142 and names the largest size of that shape', () => {
    const result = checkRenderable({ width: 20000, height: 14142 }, { maxCanvas: 8192 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Side cap: 16384 / 20000 = 0.8192 (pixel cap allows 0.8409) → 16384 × floor(14142 × 0.8192 = 11585.1).
    expect(result.largest).toEqual({ width: 16384, height: 11585 });
    expect(result.message).toBe(
      'Too large: 20000×14142 px. The largest this browser can export in this shape is ' +
        '16384×11585 px (at most 16384 px per side and 200 megapixels).',
    );
  });

  it('applies the pixel cap to a square: 16000² = 256 MP is over 200 MP', () => {
    const result = checkRenderable({ width: 16000, height: 16000 }, { maxCanvas: 8192 });
    expect(result.ok).toBe(false);
    // √200e6 = 14142.13 → 14142 × 14142 = 199,996,164 px.
    if (!result.ok) expect(result.largest).toEqual({ width: 14142, height: 14142 });
  });

  it('honours custom caps', () => {
    const result = checkRenderable(
      { width: 5000, height: 2500 },
      { maxCanvas: 2048, maxSide: 4096, maxPixels: 50e6 },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.largest).toEqual({ width: 4096, height: 2048 });
      expect(result.message).toContain('at most 4096 px per side and 50 megapixels');
    }
  });

  it('refuses a nonsensical maxCanvas', () => {
    expect(() => checkRenderable({ width: 10, height: 10 }, { maxCanvas: 0 })).toThrow(RangeError);
  });
});

describe('largestSize', () => {
  it('keeps the aspect ratio and respects both caps', () => {
    const { width, height } = largestSize(3000, 1000, 16384, 200e6);
    expect(width).toBe(16384);
    expect(height).toBe(5461); // 16384 / 3 = 5461.33
    expect(width * height).toBeLessThanOrEqual(200e6);
  });
});
