import { describe, expect, it } from 'vitest';
import { PRESETS, presetGroup, resolveSize, type PresetId } from '../../src/export/core/presets.ts';

describe('PRESETS', () => {
  it('lists every preset id of issue 5 once, each with a label', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(ids).toEqual([
      'view-1x',
      'view-2x',
      'social-landscape',
      'social-square',
      'a4-portrait',
      'a4-landscape',
      'a3-portrait',
      'a3-landscape',
      'letter-portrait',
      'letter-landscape',
      'custom',
    ]);
    for (const p of PRESETS) expect(p.label.length).toBeGreaterThan(5);
  });

  it('groups presets for the dialog', () => {
    expect(presetGroup('view-2x')).toBe('view');
    expect(presetGroup('social-square')).toBe('social');
    expect(presetGroup('letter-landscape')).toBe('print');
    expect(presetGroup('custom')).toBe('custom');
  });
});

describe('resolveSize: print', () => {
  // Hand computation: px = round(mm / 25.4 × dpi); pt = mm / 25.4 × 72.
  // A4 297 mm at 300 dpi: 297 / 25.4 × 300 = 3507.87 → 3508; 210 mm: 2480.31 → 2480.
  it('gives A4 landscape at 300 DPI as 3508 × 2480 px', () => {
    const size = resolveSize({ preset: 'a4-landscape', dpi: 300 });
    expect(size).toMatchObject({ width: 3508, height: 2480, dpi: 300, pixelRatio: 3.125 });
    expect(size.page?.widthMm).toBe(297);
    expect(size.page?.heightMm).toBe(210);
    expect(size.page?.widthPt).toBeCloseTo(841.8898, 4);
    expect(size.page?.heightPt).toBeCloseTo(595.2756, 4);
  });

  it('gives A4 portrait at 150 DPI as 1240 × 1754 px (1240.16 and 1753.94 rounded)', () => {
    expect(resolveSize({ preset: 'a4-portrait', dpi: 150 })).toMatchObject({
      width: 1240,
      height: 1754,
    });
  });

  it('gives A3 at 300 DPI as 3508 × 4961 px (4960.63 rounded) and 841.89 × 1190.55 pt', () => {
    const size = resolveSize({ preset: 'a3-portrait', dpi: 300 });
    expect([size.width, size.height]).toEqual([3508, 4961]);
    expect(size.page?.widthPt).toBeCloseTo(841.8898, 4);
    expect(size.page?.heightPt).toBeCloseTo(1190.5512, 4);
    expect(resolveSize({ preset: 'a3-landscape', dpi: 150 })).toMatchObject({
      width: 2480,
      height: 1754,
    });
  });

  it('gives US Letter exactly: 2550 × 3300 px at 300 DPI, 612 × 792 pt', () => {
    const size = resolveSize({ preset: 'letter-portrait', dpi: 300 });
    expect([size.width, size.height]).toEqual([2550, 3300]);
    expect(size.page?.widthPt).toBeCloseTo(612, 9);
    expect(size.page?.heightPt).toBeCloseTo(792, 9);
    const landscape = resolveSize({ preset: 'letter-landscape', dpi: 150 });
    expect([landscape.width, landscape.height]).toEqual([1650, 1275]);
  });

  it('defaults print to 300 DPI and refuses other DPIs', () => {
    expect(resolveSize({ preset: 'a4-portrait' }).dpi).toBe(300);
    expect(() => resolveSize({ preset: 'a4-portrait', dpi: 200 })).toThrow(/150 or 300/);
  });
});

describe('resolveSize: screen', () => {
  it('uses the view CSS size at 96 DPI for 1× and doubles it at 192 DPI for 2×', () => {
    const view = { width: 1200, height: 800 };
    expect(resolveSize({ preset: 'view-1x', view })).toEqual({
      width: 1200,
      height: 800,
      dpi: 96,
      pixelRatio: 1,
    });
    expect(resolveSize({ preset: 'view-2x', view })).toEqual({
      width: 2400,
      height: 1600,
      dpi: 192,
      pixelRatio: 2,
    });
  });

  it('rounds fractional CSS sizes to whole pixels', () => {
    const size = resolveSize({ preset: 'view-2x', view: { width: 1000.25, height: 600.5 } });
    expect([size.width, size.height]).toEqual([2001, 1201]);
  });

  it('refuses a view preset without a view size', () => {
    expect(() => resolveSize({ preset: 'view-1x' })).toThrow(RangeError);
    expect(() => resolveSize({ preset: 'view-1x', view: { width: 0, height: 10 } })).toThrow(
      /no size/,
    );
  });

  it('gives the social sizes exactly', () => {
    expect(resolveSize({ preset: 'social-landscape' })).toMatchObject({ width: 1200, height: 675 });
    expect(resolveSize({ preset: 'social-square' })).toMatchObject({ width: 1080, height: 1080 });
    expect(resolveSize({ preset: 'social-square' }).page).toBeUndefined();
  });
});

describe('resolveSize: custom', () => {
  it('takes whole positive pixels at 96 DPI unless told otherwise', () => {
    expect(resolveSize({ preset: 'custom', custom: { width: 1500, height: 1000 } })).toEqual({
      width: 1500,
      height: 1000,
      dpi: 96,
      pixelRatio: 1,
    });
    const at200 = resolveSize({ preset: 'custom', custom: { width: 10, height: 10 }, dpi: 240 });
    expect(at200.pixelRatio).toBe(2.5);
  });

  it.each([
    [0, 100],
    [100, -1],
    [10.5, 100],
    [Number.NaN, 100],
    [Number.POSITIVE_INFINITY, 100],
  ])('refuses %s × %s', (width, height) => {
    expect(() => resolveSize({ preset: 'custom', custom: { width, height } })).toThrow(
      /whole numbers/,
    );
  });

  it('refuses a custom preset without sizes, or with a non-positive DPI', () => {
    expect(() => resolveSize({ preset: 'custom' })).toThrow(RangeError);
    expect(() =>
      resolveSize({ preset: 'custom', custom: { width: 1, height: 1 }, dpi: 0 }),
    ).toThrow(/DPI/);
  });

  it('refuses an unknown preset id', () => {
    expect(() => resolveSize({ preset: 'a5-portrait' as PresetId })).toThrow(/Unknown preset/);
  });
});
