import { describe, expect, it } from 'vitest';
import { checkRenderable, largestSize } from '../../src/export/core/render-limits.ts';

describe('checkRenderable', () => {
  it('accepts A4 landscape at 300 DPI (3508 × 2480) under an 8192 px side limit', () => {
    expect(checkRenderable({ width: 3508, height: 2480 }, { maxSide: 8192 })).toEqual({ ok: true });
  });

  it('refuses A3 portrait at 300 DPI (3508 × 4961) under a 4096 px side limit', () => {
    const result = checkRenderable({ width: 3508, height: 4961 }, { maxSide: 4096 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.largest).toEqual({ width: 2896, height: 4096 });
  });

  it('refuses 20000 × 14142 and names the largest size of that shape', () => {
    const result = checkRenderable({ width: 20000, height: 14142 }, {});
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
    const result = checkRenderable({ width: 16000, height: 16000 }, {});
    expect(result.ok).toBe(false);
    // √200e6 = 14142.13 → 14142 × 14142 = 199,996,164 px.
    if (!result.ok) expect(result.largest).toEqual({ width: 14142, height: 14142 });
  });

  it('honours custom caps', () => {
    const result = checkRenderable(
      { width: 5000, height: 2500 },
      { maxSide: 4096, maxPixels: 50e6 },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.largest).toEqual({ width: 4096, height: 2048 });
      expect(result.message).toContain('at most 4096 px per side and 50 megapixels');
    }
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
