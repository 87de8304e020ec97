import { describe, expect, it } from 'vitest';
import { roundLength, scaleBar } from '../../src/export/core/scale-bar.ts';

// At lat 51.2°, zoom 8 (512 px tiles): 40075016.686 × cos 51.2° / (512 × 2⁸)
// = 40075016.686 × 0.6266038 / 131072 = 191.583 m per CSS pixel.
const MPP = 191.583;

describe('scaleBar', () => {
  it('picks 10 km for at most 100 px at 1× (100 px = 19.2 km)', () => {
    const bar = scaleBar(51.2, 8, 1, 100);
    expect(bar.km).toBe(10);
    expect(bar.label).toBe('10 km');
    expect(bar.widthPx).toBeCloseTo(10000 / MPP, 2); // 52.20 px
  });

  it('works in output pixels at 300 DPI (ratio 3.125): 620 px = 38.0 km → 20 km', () => {
    const bar = scaleBar(51.2, 8, 3.125, 620);
    expect(bar.km).toBe(20);
    // 191.583 / 3.125 = 61.3066 m per output pixel; 20000 / 61.3066 = 326.23.
    expect(bar.widthPx).toBeCloseTo(326.23, 1);
  });

  it('switches to metres below a kilometre (zoom 16: 0.7484 m/px, 100 px = 74.8 m → 50 m)', () => {
    const bar = scaleBar(51.2, 16, 1, 100);
    expect(bar).toMatchObject({ km: 0.05, label: '50 m' });
    expect(bar.widthPx).toBeCloseTo(50 / (MPP / 256), 2); // 66.81 px
  });

  it('never exceeds the maximum width and uses at least 40% of it', () => {
    for (const zoom of [3, 5.5, 7, 9.25, 12]) {
      for (const max of [80, 150, 333]) {
        const bar = scaleBar(51.2, zoom, 2, max);
        expect(bar.widthPx).toBeLessThanOrEqual(max + 1e-9);
        expect(bar.widthPx).toBeGreaterThanOrEqual(0.4 * max);
      }
    }
  });

  it('refuses a zero width', () => {
    expect(() => scaleBar(51.2, 8, 1, 0)).toThrow(RangeError);
  });
});

describe('roundLength', () => {
  it.each([
    [1000, 1000],
    [999.99, 500],
    [2000, 2000],
    [4999, 2000],
    [7, 5],
    [19158, 10000],
    [0.3, 0.2],
    [1e-3, 1e-3],
  ])('rounds %s down to %s', (max, expected) => {
    expect(roundLength(max)).toBe(expected);
  });
});
