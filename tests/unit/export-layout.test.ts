import { describe, expect, it } from 'vitest';
import { intersects, placeCallout } from '../../src/export/core/callout.ts';
import {
  layoutComposition,
  layoutUnit,
  type Layout,
  type LayoutRequest,
} from '../../src/export/core/layout.ts';
import { resolveSize, type PresetId } from '../../src/export/core/presets.ts';
import type { Rect } from '../../src/export/core/scene.ts';
import { estimateTextWidth } from '../../src/export/core/text-measure.ts';

const CREDIT =
  'Story: The Moscow Times, with AFP, 16 September 2024. Boundaries: Natural Earth 1:10m ' +
  '(public domain). Places: GeoNames (CC BY 4.0). Map: kursk-story-map.';

const legend = [
  { label: 'Kursk region', swatch: 'fill' as const, color: '#e8d5b0' },
  { label: 'Russia–Ukraine border', swatch: 'line' as const, color: '#333333' },
  { label: 'Towns', swatch: 'point' as const, color: '#b22222' },
  { label: 'Claimed by Moscow', swatch: 'hatch' as const, color: '#8b0000' },
];

function full(width: number, height: number, dpi: number): LayoutRequest {
  return {
    width,
    height,
    dpi,
    title: 'Ukraine’s incursion into the Kursk region',
    dateLine: '16 September 2024',
    legend,
    scaleBar: { lat: 51.2, zoom: 8 },
    northArrow: true,
    inset: true,
    callout: { x: width * 0.55, y: height * 0.5, label: 'Sudzha' },
    credit: CREDIT,
  };
}

function blocks(layout: Layout): Rect[] {
  return [
    layout.titlePanel,
    layout.legend,
    layout.scaleBar,
    layout.inset,
    layout.northArrow,
    layout.callout?.box,
    layout.creditBand,
  ].filter((r): r is Rect => !!r);
}

/** Every number in a layout multiplied by `k` (for comparing a 2× layout). */
function scaled(value: unknown, k: number): unknown {
  if (typeof value === 'number') return value * k;
  if (Array.isArray(value)) return value.map((v) => scaled(v, k));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, key === 'km' ? v : scaled(v, k)]),
    );
  }
  return value;
}

describe('layoutUnit', () => {
  it('is a hundredth of the short side, at least 5 CSS px at the output DPI', () => {
    expect(layoutUnit(3508, 2480, 300)).toBeCloseTo(24.8, 10);
    expect(layoutUnit(1200, 675, 96)).toBeCloseTo(6.75, 10);
    expect(layoutUnit(300, 200, 96)).toBe(5);
    expect(layoutUnit(300, 200, 192)).toBe(10);
  });
});

describe('layoutComposition', () => {
  it('always has a full-width credit band at the bottom, wrapped to fit', () => {
    // 1080 × 1080: u = 10.8, font 15.12 px, 8.316 px per glyph, 1036.8 px → 124 glyphs a line.
    const layout = layoutComposition({ width: 1080, height: 1080, dpi: 96, credit: CREDIT });
    const band = layout.creditBand;
    expect(band).toMatchObject({ x: 0, width: 1080 });
    expect(band.y + band.height).toBeCloseTo(1080, 9);
    expect(layout.credit.lines).toHaveLength(2);
    expect(layout.credit.lines.join(' ')).toBe(CREDIT);
    for (const line of layout.credit.lines) {
      expect(estimateTextWidth(line, layout.credit.fontSize)).toBeLessThanOrEqual(
        1080 - 2 * layout.margin,
      );
    }
    expect(layout.credit.baselines[1]! - layout.credit.baselines[0]!).toBeCloseTo(1.3 * 15.12, 9);
    expect(layout.title).toBeUndefined();
    expect(layout.legend).toBeUndefined();
  });

  it('fits the credit on one line on a wide print page', () => {
    const layout = layoutComposition({ width: 3508, height: 2480, dpi: 300, credit: CREDIT });
    expect(layout.credit.lines).toEqual([CREDIT]);
  });

  it('scales exactly with the output: A4 landscape at 300 DPI is the 150 DPI layout × 2', () => {
    const a150 = resolveSize({ preset: 'a4-landscape', dpi: 150 });
    const a300 = resolveSize({ preset: 'a4-landscape', dpi: 300 });
    const l150 = layoutComposition(full(a150.width, a150.height, 150));
    const l300 = layoutComposition(full(a300.width, a300.height, 300));
    expect(l300.scaleBar?.bar.km).toBe(l150.scaleBar?.bar.km);
    const expected = scaled(l150, 2) as Layout;
    expect(l300.unit).toBeCloseTo(expected.unit, 9);
    for (const [a, b] of blocks(l300).map((r, i) => [r, blocks(expected)[i]!])) {
      expect(a!.x).toBeCloseTo(b!.x, 6);
      expect(a!.y).toBeCloseTo(b!.y, 6);
      expect(a!.width).toBeCloseTo(b!.width, 6);
      expect(a!.height).toBeCloseTo(b!.height, 6);
    }
  });

  it('puts the title top left in bold at 3.6 units with the date line below it', () => {
    const layout = layoutComposition({
      width: 1000,
      height: 1000,
      dpi: 96,
      title: 'Kursk',
      dateLine: '16 Sept 2024',
      credit: 'c',
    });
    // u = 10, margin 20, padding 8.
    expect(layout.titlePanel).toMatchObject({ x: 20, y: 20 });
    expect(layout.title).toMatchObject({
      x: 28,
      y: 28,
      fontSize: 36,
      weight: 'bold',
      lines: ['Kursk'],
    });
    expect(layout.date!.y).toBeCloseTo(28 + 36 * 1.15 + 3, 9);
    expect(layout.date!.fontSize).toBe(16);
    // Panel width: widest line (title or date, measured in Noto Sans), + 2 × 8.
    const widest = Math.max(
      estimateTextWidth('Kursk', 36, 'bold'),
      estimateTextWidth(layout.date!.lines[0]!, 16),
    );
    expect(layout.titlePanel!.width).toBeCloseTo(widest + 16, 9);
    expect(layout.titlePanel!.y + layout.titlePanel!.height).toBeCloseTo(
      layout.date!.y + layout.date!.height + 8,
      9,
    );
  });

  it('wraps a long title short of the inset column', () => {
    const layout = layoutComposition({ ...full(600, 600, 96), legend: [], callout: undefined });
    const inset = layout.inset!;
    for (const line of layout.title!.lines) {
      expect(
        layout.title!.x + estimateTextWidth(line, layout.title!.fontSize, 'bold'),
      ).toBeLessThanOrEqual(inset.x - layout.margin);
    }
    expect(layout.title!.lines.length).toBeGreaterThan(1);
  });

  it('puts the inset top right and the north arrow under it', () => {
    const layout = layoutComposition(full(1000, 1000, 96));
    expect(layout.inset).toEqual({ x: 1000 - 20 - 220, y: 20, width: 220, height: 220 });
    expect(layout.northArrow).toEqual({
      x: 1000 - 20 - 30,
      y: 20 + 220 + 10,
      width: 30,
      height: 50,
    });
    const noInset = layoutComposition({ ...full(1000, 1000, 96), inset: false });
    expect(noInset.northArrow!.y).toBe(20);
  });

  it('sizes the legend to its content, bottom left above the credit band', () => {
    const layout = layoutComposition({ width: 1000, height: 1000, dpi: 96, legend, credit: 'c' });
    const box = layout.legend!;
    // u = 10: pad 8 + swatch 24 + gap 10 + widest label (Noto Sans at 15 px) + pad 8.
    const widest = Math.max(...legend.map((e) => estimateTextWidth(e.label, 15)));
    expect(box.width).toBeCloseTo(8 + 24 + 10 + widest + 8, 9);
    // Four single-line rows of 2.2 u plus padding.
    expect(box.height).toBeCloseTo(4 * 22 + 16, 9);
    expect(box.x).toBe(20);
    expect(box.y + box.height).toBeCloseTo(layout.creditBand.y - 20, 9);
    expect(box.rows.map((r) => r.entry.swatch)).toEqual(['fill', 'line', 'point', 'hatch']);
    for (const row of box.rows) {
      expect(row.swatch.x).toBeCloseTo(28, 9);
      expect(row.text.x).toBeCloseTo(28 + 24 + 10, 9);
      expect(row.swatch.y).toBeGreaterThanOrEqual(box.y);
      expect(row.swatch.y + row.swatch.height).toBeLessThanOrEqual(box.y + box.height);
    }
  });

  it('puts a round-length scale bar bottom right', () => {
    const layout = layoutComposition({
      width: 1000,
      height: 1000,
      dpi: 96,
      scaleBar: { lat: 51.2, zoom: 8 },
      credit: 'c',
    });
    const bar = layout.scaleBar!;
    // Max width min(300, 25 u = 250) px × 191.583 m = 47.9 km → 20 km = 104.39 px.
    expect(bar.bar.label).toBe('20 km');
    expect(bar.width).toBeCloseTo(20000 / 191.583, 1);
    expect(bar.x + bar.width).toBeCloseTo(1000 - 20, 9);
    expect(bar.y + bar.height).toBeCloseTo(layout.creditBand.y - 20, 9);
  });

  it('lifts the scale bar above a legend that reaches under it on a narrow page', () => {
    // 400 × 1000 at 300 DPI: u = 15.625; the legend is ~194 px wide and a 10 km bar ~115 px.
    const wide = [{ label: 'x'.repeat(60), swatch: 'fill' as const, color: '#000' }];
    const request = { width: 400, height: 1000, dpi: 300, legend: wide, credit: 'c' };
    const layout = layoutComposition({ ...request, scaleBar: { lat: 51.2, zoom: 7.5 } });
    const [bar, box] = [layout.scaleBar!, layout.legend!];
    expect(box.x + box.width + layout.margin).toBeGreaterThan(bar.x);
    expect(bar.y + bar.height).toBeCloseTo(box.y - layout.margin, 9);
  });

  it.each([
    'social-landscape',
    'social-square',
    'a4-portrait',
    'a4-landscape',
    'a3-landscape',
    'letter-portrait',
  ] as PresetId[])(
    'keeps every block inside the frame and apart from the others on %s',
    (preset) => {
      const size = resolveSize({ preset, dpi: 300 });
      const layout = layoutComposition(full(size.width, size.height, size.dpi));
      const all = blocks(layout);
      expect(all).toHaveLength(7);
      for (const r of all) {
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.y).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width).toBeLessThanOrEqual(size.width + 1e-9);
        expect(r.y + r.height).toBeLessThanOrEqual(size.height + 1e-9);
      }
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) expect(intersects(all[i]!, all[j]!)).toBe(false);
      }
    },
  );
});

describe('placeCallout', () => {
  const area = { x: 0, y: 0, width: 1000, height: 800 };

  it('goes up and to the right of the place when there is room, with a leader to the box corner', () => {
    const c = placeCallout({ x: 500, y: 400, label: 'Sudzha' }, 10, area, [])!;
    // Box: text (Noto Sans Bold at 18 px) + 2 × 6 padding; height 1.3 × 18 + 12 = 35.4; gap 20.
    expect(c.box.x).toBeCloseTo(520, 9);
    expect(c.box.width).toBeCloseTo(estimateTextWidth('Sudzha', 18, 'bold') + 12, 9);
    expect(c.box.y).toBeCloseTo(400 - 20 - 35.4, 9);
    expect(c.leader).toEqual([
      [500, 400],
      [520, 400 - 20],
    ]);
    expect(c.text).toMatchObject({ lines: ['Sudzha'], fontSize: 18, weight: 'bold' });
  });

  it('flips to the left near the right edge and below near the top', () => {
    const c = placeCallout({ x: 990, y: 10, label: 'Sudzha' }, 10, area, [])!;
    expect(c.box.x + c.box.width).toBeCloseTo(970, 9);
    expect(c.box.y).toBeCloseTo(30, 9);
  });

  it('avoids taken blocks', () => {
    const taken = [{ x: 510, y: 300, width: 200, height: 95 }];
    const c = placeCallout({ x: 500, y: 400, label: 'Sudzha' }, 10, area, taken)!;
    expect(intersects(c.box, taken[0]!)).toBe(false);
    expect(c.box.x + c.box.width).toBeLessThanOrEqual(480 + 1e-9); // up-left
  });

  it('clamps into the area when nothing is free, and gives up on places outside it', () => {
    const everything = [{ x: 0, y: 0, width: 1000, height: 800 }];
    const c = placeCallout({ x: 995, y: 5, label: 'Sudzha' }, 10, area, everything)!;
    expect(c.box.x + c.box.width).toBeLessThanOrEqual(990 + 1e-9);
    expect(c.box.y).toBeGreaterThanOrEqual(10);
    expect(placeCallout({ x: 1200, y: 5, label: 'x' }, 10, area, [])).toBeNull();
  });
});
