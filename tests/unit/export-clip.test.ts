import { describe, expect, it } from 'vitest';
import { clipLine, clipRing, thin, type Box } from '../../src/export/core/clip.ts';
import type { Point } from '../../src/export/core/scene.ts';

const box: Box = [0, 0, 10, 10];

/** Shoelace area of a ring. */
function area(ring: Point[]): number {
  let a = 0;
  ring.forEach(([x0, y0], i) => {
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    a += x0 * y1 - x1 * y0;
  });
  return Math.abs(a) / 2;
}

describe('clipRing', () => {
  it('keeps a ring that lies inside', () => {
    const ring: Point[] = [
      [1, 1],
      [5, 1],
      [5, 5],
    ];
    expect(clipRing(ring, box)).toEqual(ring);
  });

  it('drops a ring that lies outside', () => {
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
        ],
        box,
      ),
    ).toEqual([]);
  });

  it('cuts the corners of the box off a diamond poking out of all four sides: 100 − 4 × 4.5', () => {
    // Diamond centred on the box with half-diagonal 7: its edges (e.g. x + y = 3) cut each box
    // corner off as a right triangle with legs 3, area 4.5, leaving an octagon.
    const diamond: Point[] = [
      [-2, 5],
      [5, -2],
      [12, 5],
      [5, 12],
    ];
    const clipped = clipRing(diamond, box);
    expect(clipped).toHaveLength(8);
    expect(area(clipped)).toBeCloseTo(100 - 4 * 4.5, 9);
    for (const [x, y] of clipped) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(10);
    }
  });

  it('reduces a ring covering the box to the box itself', () => {
    const big: Point[] = [
      [-100, -100],
      [100, -100],
      [100, 100],
      [-100, 100],
    ];
    const clipped = clipRing(big, box);
    expect(area(clipped)).toBeCloseTo(100, 9);
    expect(clipped).toHaveLength(4);
  });
});

describe('clipLine', () => {
  it('cuts a line crossing the box at its edges', () => {
    expect(
      clipLine(
        [
          [-5, 5],
          [15, 5],
        ],
        box,
      ),
    ).toEqual([
      [
        [0, 5],
        [10, 5],
      ],
    ]);
  });

  it('splits a line that leaves and comes back into two pieces', () => {
    const line: Point[] = [
      [2, 2],
      [2, 20],
      [8, 20],
      [8, 2],
    ];
    expect(clipLine(line, box)).toEqual([
      [
        [2, 2],
        [2, 10],
      ],
      [
        [8, 10],
        [8, 2],
      ],
    ]);
  });

  it('keeps interior vertices of a piece', () => {
    const line: Point[] = [
      [1, 1],
      [5, 5],
      [9, 1],
    ];
    expect(clipLine(line, box)).toEqual([line]);
  });

  it('returns nothing for a line outside or a single point', () => {
    expect(
      clipLine(
        [
          [11, 0],
          [11, 10],
        ],
        box,
      ),
    ).toEqual([]);
    expect(clipLine([[5, 5]], box)).toEqual([]);
  });
});

describe('thin', () => {
  it('drops points closer than the tolerance to the last kept one, keeping the ends', () => {
    const points: Point[] = [
      [0, 0],
      [0.1, 0],
      [0.3, 0],
      [1, 0],
      [1.2, 0],
      [1.3, 0],
    ];
    expect(thin(points, 0.5)).toEqual([
      [0, 0],
      [1, 0],
      [1.3, 0],
    ]);
  });

  it('leaves short lists and zero tolerance alone', () => {
    const two: Point[] = [
      [0, 0],
      [0, 0.01],
    ];
    expect(thin(two, 1)).toBe(two);
    const three: Point[] = [...two, [0, 0.02]];
    expect(thin(three, 0)).toBe(three);
  });
});
