import { describe, expect, it } from 'vitest';
import { hatchLines, parseColor, rectPath, subpathBounds } from '../../src/export/core/scene.ts';

describe('parseColor', () => {
  it.each([
    ['#f80', { r: 255, g: 136, b: 0, a: 1 }],
    ['#F808', { r: 255, g: 136, b: 0, a: 136 / 255 }],
    ['#1a2b3c', { r: 26, g: 43, b: 60, a: 1 }],
    ['#1a2b3c80', { r: 26, g: 43, b: 60, a: 128 / 255 }],
    ['rgb(10, 20, 30)', { r: 10, g: 20, b: 30, a: 1 }],
    ['rgba(255,255,255,0.88)', { r: 255, g: 255, b: 255, a: 0.88 }],
    [' white ', { r: 255, g: 255, b: 255, a: 1 }],
    ['black', { r: 0, g: 0, b: 0, a: 1 }],
  ])('parses %s', (input, expected) => {
    expect(parseColor(input)).toEqual(expected);
  });

  it('treats none and transparent as no paint', () => {
    expect(parseColor('none')).toBeNull();
    expect(parseColor('transparent')).toBeNull();
  });

  it('clamps channels above range', () => {
    expect(parseColor('rgba(300, 0, 0, 2)')).toEqual({ r: 255, g: 0, b: 0, a: 1 });
  });

  it.each(['red', '#12', 'hsl(0, 0%, 0%)', ''])('refuses %j', (input) => {
    expect(() => parseColor(input)).toThrow(/Unsupported colour/);
  });
});

describe('rectPath', () => {
  it('is a closed four-corner ring carrying the paint', () => {
    expect(rectPath(1, 2, 10, 5, { fill: '#000' })).toEqual({
      type: 'path',
      subpaths: [
        {
          points: [
            [1, 2],
            [11, 2],
            [11, 7],
            [1, 7],
          ],
          closed: true,
        },
      ],
      fill: '#000',
    });
  });
});

describe('subpathBounds', () => {
  it('spans all subpaths and is null without points', () => {
    const a = { points: [[5, 1] as [number, number], [2, 8] as [number, number]], closed: false };
    const b = { points: [[9, -3] as [number, number]], closed: false };
    expect(subpathBounds([a, b])).toEqual([2, -3, 9, 8]);
    expect(subpathBounds([{ points: [], closed: true }])).toBeNull();
  });
});

describe('hatchLines', () => {
  it('draws horizontal lines at angle 0, spacing apart, through the box centre', () => {
    const lines = hatchLines([0, 0, 40, 30], { color: '#000', width: 1, spacing: 10, angle: 0 });
    const ys = lines.map(([a]) => a[1]);
    // Half diagonal = 25, so lines at 15 ± k·10 for k = -3…3.
    expect(ys).toEqual([-15, -5, 5, 15, 25, 35, 45]);
    for (const [a, b] of lines) {
      expect(a[1]).toBe(b[1]);
      expect(a[0]).toBeLessThanOrEqual(0);
      expect(b[0]).toBeGreaterThanOrEqual(40);
    }
  });

  it('draws lines in the given direction at 45°', () => {
    const lines = hatchLines([0, 0, 10, 10], { color: '#000', width: 1, spacing: 2, angle: 45 });
    for (const [a, b] of lines) {
      expect(b[0] - a[0]).toBeCloseTo(b[1] - a[1], 9);
      expect(b[0]).toBeGreaterThan(a[0]);
    }
    // Perpendicular distance between neighbours is the spacing.
    const [first, second] = lines;
    const d = Math.abs(
      (second![0][0] - first![0][0]) * Math.SQRT1_2 - (second![0][1] - first![0][1]) * Math.SQRT1_2,
    );
    expect(d).toBeCloseTo(2, 9);
  });
});
