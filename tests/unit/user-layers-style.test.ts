/**
 * A reader's layer drawn as its file says (simplestyle), kept clear of the story's colours, in
 * the reader's colour and opacity: the palette check, the file's colours and the paint
 * expressions, evaluated by MapLibre's own style-spec.
 */
import { expression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { differenceCiede2000, parse } from 'culori';
import { describe, expect, it } from 'vitest';
import { USER_COLOURS, userLayerSpecs, type UserPaint } from '../../src/map/user-layers.ts';
import { PALETTE } from '../../src/map/palette.ts';
import { checkColour, MIN_DELTA_E, STORY_COLOURS } from '../../src/user-layers/palette-check.ts';
import { featureTitle, fileColours, MAX_COLOURS } from '../../src/user-layers/simplestyle.ts';
import { styleFrom } from '../../src/user-layers/style.ts';

const deltaE = differenceCiede2000();
const distanceToStory = (hex: string) =>
  Math.min(...STORY_COLOURS.map((s) => deltaE(parse(hex)!, parse(s.colour)!)));

describe('the palette check', () => {
  it('passes every default layer colour as it is', () => {
    for (const colour of USER_COLOURS) expect(checkColour(colour)).toEqual({ colour, near: null });
  });

  it('moves a colour that reads as a story colour, and says which', () => {
    expect(checkColour(PALETTE.highlight)?.near).toBe('incursion');
    expect(checkColour('#e31a1c')?.near).toBe('incursion');
    expect(checkColour(PALETTE.border)?.near).toBe('border');
    expect(checkColour('#6a3d9a')?.near).toBe('border');
    expect(checkColour('#0a58cb')?.near).toBe('selection');
    for (const story of STORY_COLOURS) {
      const moved = checkColour(story.colour)!;
      expect(moved.near).toBe(story.role);
      expect(distanceToStory(moved.colour)).toBeGreaterThanOrEqual(MIN_DELTA_E);
      // The same input always gives the same colour.
      expect(checkColour(story.colour)).toEqual(moved);
    }
  });

  it('reads CSS colours, and refuses what is not one', () => {
    expect(checkColour('forestgreen')).toEqual({ colour: '#228b22', near: null });
    expect(checkColour('rgb(51 160 44 / 50%)')).toEqual({ colour: '#33a02c', near: null });
    expect(checkColour('hsl(120, 50%, 40%)')?.colour).toMatch(/^#[0-9a-f]{6}$/);
    for (const bad of ['', 'nope', '#12', 'url(x)', 'x'.repeat(100)]) {
      expect(checkColour(bad)).toBeNull();
    }
  });

  it('keeps a reader’s style within range', () => {
    expect(styleFrom('#33a02c', 0.5)).toEqual({
      style: { colour: '#33a02c', opacity: 0.5 },
      near: null,
    });
    expect(styleFrom('#33a02c', 0)?.style.opacity).toBe(0.1);
    expect(styleFrom('#33a02c', 7)?.style.opacity).toBe(1);
    expect(styleFrom('#33a02c', Number.NaN)).toBeNull();
    expect(styleFrom(PALETTE.select, 1)?.near).toBe('selection');
  });
});

describe('a file’s simplestyle colours', () => {
  it('are read once per value, moved off the story’s, non-text ignored', () => {
    const { colours, shifted } = fileColours([
      { fill: '#33a02c', stroke: 'black' },
      { fill: '#33a02c', 'marker-color': PALETTE.highlight },
      { fill: 7, stroke: 'no colour' },
      null,
    ]);
    expect(colours.fill).toEqual({ '#33a02c': '#33a02c' });
    expect(colours.stroke).toEqual({ black: '#000000' });
    expect(Object.keys(colours['marker-color'])).toEqual([PALETTE.highlight]);
    expect(shifted).toEqual([
      {
        key: 'marker-color',
        from: PALETTE.highlight,
        to: colours['marker-color'][PALETTE.highlight],
        near: 'incursion',
      },
    ]);
  });

  it(`draw at most ${MAX_COLOURS} distinct colours per property`, () => {
    const many = Array.from({ length: MAX_COLOURS + 10 }, (_, i) => ({
      fill: `rgb(${i % 256}, 100, 200)`,
    }));
    expect(Object.keys(fileColours(many).colours.fill)).toHaveLength(MAX_COLOURS);
  });

  it('name a feature by its title, else its name', () => {
    expect(featureTitle({ title: ' Sector ', name: 'x' })).toBe('Sector');
    expect(featureTitle({ name: 'Sudzha' })).toBe('Sudzha');
    expect(featureTitle({ title: 3 })).toBeNull();
    expect(featureTitle(null)).toBeNull();
  });
});

type Spec = Parameters<typeof expression.normalizePropertyExpression>[2];
const specs = latest as unknown as Record<string, Record<string, Spec>>;

/** A paint property of a layer, evaluated for one feature as MapLibre would. */
function evaluate(
  layer: ReturnType<typeof userLayerSpecs>[number],
  name: string,
  properties: Record<string, unknown>,
  state: Record<string, unknown> = {},
): unknown {
  const paint = (layer as { paint: Record<string, unknown> }).paint;
  const e = expression.normalizePropertyExpression(
    paint[name] as never,
    name,
    specs[`paint_${layer.type}`]![name]!,
  );
  const value = e.evaluate({ zoom: 9 }, { type: 3, properties } as never, state as never);
  return typeof value === 'object' && value ? String(value) : value;
}

describe('a reader’s layer paint', () => {
  const file = [
    { fill: '#33a02c', 'fill-opacity': 0.6, stroke: '#000000', 'stroke-width': 40 },
    { fill: PALETTE.highlight },
    { fill: 'nonsense', 'fill-opacity': 'high' },
  ];
  const paint: UserPaint = {
    style: { colour: '#1f78b4', opacity: 0.5 },
    colours: fileColours(file).colours,
  };
  const layer = { id: 'user-areas', geometryTypes: ['Point', 'Polygon'] as const };
  const [fill, line, circle] = userLayerSpecs(
    { ...layer, geometryTypes: [...layer.geometryTypes] },
    paint,
  );

  it('is a valid MapLibre style', () => {
    const style = {
      version: 8 as const,
      sources: { 'user-areas': { type: 'geojson' as const, data: 'blob:x' } },
      layers: [fill!, line!, circle!],
    };
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draws the file’s colours, moved ones moved, and the layer colour for the rest', () => {
    expect(evaluate(fill!, 'fill-color', file[0]!)).toBe('rgba(51,160,44,1)');
    const moved = paint.colours.fill[PALETTE.highlight]!;
    expect(evaluate(fill!, 'fill-color', file[1]!)).toBe(hexToRgba(moved));
    expect(evaluate(fill!, 'fill-color', file[2]!)).toBe('rgba(31,120,180,1)');
    expect(evaluate(line!, 'line-color', file[0]!)).toBe('rgba(0,0,0,1)');
    expect(evaluate(circle!, 'circle-color', {})).toBe('rgba(31,120,180,1)');
  });

  it('takes the file’s opacity and width within range, times the layer’s opacity', () => {
    expect(evaluate(fill!, 'fill-opacity', file[0]!)).toBeCloseTo(0.3);
    expect(evaluate(fill!, 'fill-opacity', file[2]!)).toBeCloseTo(0.125);
    expect(evaluate(fill!, 'fill-opacity', file[2]!, { selected: true })).toBeCloseTo(0.225);
    expect(evaluate(line!, 'line-width', file[0]!)).toBe(20);
    expect(evaluate(line!, 'line-width', {})).toBe(2);
    expect(evaluate(line!, 'line-opacity', {})).toBeCloseTo(0.5);
    expect(evaluate(circle!, 'circle-opacity', {})).toBeCloseTo(0.5);
  });
});

function hexToRgba(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},1)`;
}
