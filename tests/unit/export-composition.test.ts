import { describe, expect, it } from 'vitest';
import { composeScene, compositionItems } from '../../src/export/core/composition.ts';
import { layoutComposition, type LayoutRequest } from '../../src/export/core/layout.ts';
import type {
  CircleItem,
  GroupItem,
  PathItem,
  TextItem,
  VectorScene,
} from '../../src/export/core/scene.ts';
import { fitInto, transformItem } from '../../src/export/core/scene-transform.ts';

const request: LayoutRequest = {
  width: 1000,
  height: 1000,
  dpi: 96,
  title: 'Kursk incursion',
  dateLine: '16 September 2024',
  legend: [
    { label: 'Kursk region', swatch: 'fill', color: '#e8d5b0' },
    { label: 'Border', swatch: 'line', color: '#333333' },
    { label: 'Towns', swatch: 'point', color: '#b22222' },
    { label: 'Claimed', swatch: 'hatch', color: '#8b0000' },
  ],
  scaleBar: { lat: 51.2, zoom: 8 },
  northArrow: true,
  inset: true,
  callout: { x: 500, y: 500, label: 'Sudzha' },
  credit: 'The Moscow Times / AFP; Natural Earth; GeoNames',
};
const layout = layoutComposition(request);
const byId = (groups: GroupItem[], id: string) => groups.find((g) => g.id === id)!;
const texts = (g: GroupItem) => g.items.filter((i): i is TextItem => i.type === 'text');

describe('compositionItems', () => {
  const groups = compositionItems(layout);

  it('draws one labelled group per element, credit last', () => {
    expect(groups.map((g) => g.id)).toEqual([
      'inset',
      'title',
      'legend',
      'scale-bar',
      'north-arrow',
      'callout',
      'credit',
    ]);
    expect(groups.every((g) => (g.label ?? '').length > 0)).toBe(true);
  });

  it('draws only the credit when nothing else is on', () => {
    const minimal = compositionItems(
      layoutComposition({ width: 800, height: 600, dpi: 96, credit: 'AFP' }),
    );
    expect(minimal.map((g) => g.id)).toEqual(['credit']);
    expect(texts(minimal[0]!).map((t) => t.text)).toEqual(['AFP']);
  });

  it('writes the title and date as text at their layout baselines', () => {
    const [title, date] = texts(byId(groups, 'title'));
    expect(title).toMatchObject({
      text: 'Kursk incursion',
      x: layout.title!.x,
      y: layout.title!.baselines[0],
      weight: 'bold',
      size: 36,
    });
    expect(date).toMatchObject({ text: '16 September 2024', size: 16 });
    expect(date!.fill).not.toBe(title!.fill);
  });

  it('draws each legend swatch the way its layer is drawn', () => {
    const items = byId(groups, 'legend').items;
    const [panel, fill, , line, , point, , hatch] = items;
    expect((panel as PathItem).fill).toBe('rgba(255, 255, 255, 0.88)');
    expect(fill).toMatchObject({ type: 'path', fill: '#e8d5b0' });
    expect((line as PathItem).subpaths[0]!.closed).toBe(false);
    expect((line as PathItem).stroke).toBe('#333333');
    expect(point).toMatchObject({ type: 'circle', fill: '#b22222' });
    expect((hatch as PathItem).hatch?.color).toBe('#8b0000');
    expect(texts(byId(groups, 'legend')).map((t) => t.text)).toEqual([
      'Kursk region',
      'Border',
      'Towns',
      'Claimed',
    ]);
  });

  it('draws the scale bar from x to x + width with its label centred over it', () => {
    const group = byId(groups, 'scale-bar');
    const bar = layout.scaleBar!;
    expect(group.label).toBe('Scale: 20 km');
    const points = (group.items[0] as PathItem).subpaths[0]!.points;
    expect(points[1]![0]).toBeCloseTo(bar.x, 9);
    expect(points[2]![0]).toBeCloseTo(bar.x + bar.width, 9);
    expect(points[1]![1]).toBeCloseTo(bar.y + bar.height, 9);
    const [label] = texts(group);
    expect(label).toMatchObject({ text: '20 km', anchor: 'middle' });
    expect(label!.x).toBeCloseTo(bar.x + bar.width / 2, 9);
  });

  it('points the north arrow up, or along the turned map', () => {
    const tip = (bearing: number) => {
      const arrow = byId(compositionItems(layout, { bearing }), 'north-arrow').items[0] as PathItem;
      return arrow.subpaths[0]!.points[0]!;
    };
    const r = layout.northArrow!;
    const [cx, cy] = [r.x + r.width / 2, r.y + r.height - 15];
    expect(tip(0)[0]).toBeCloseTo(cx, 9);
    expect(tip(0)[1]).toBeCloseTo(cy - 15, 9);
    // Bearing 90: the map's top faces east, so north points left.
    expect(tip(90)[0]).toBeCloseTo(cx - 15, 9);
    expect(tip(90)[1]).toBeCloseTo(cy, 9);
  });

  it('draws the callout leader, box and label', () => {
    const group = byId(groups, 'callout');
    expect(group.label).toBe('Sudzha');
    expect((group.items[0] as PathItem).subpaths[0]!.points).toEqual(layout.callout!.leader);
    expect(texts(group).map((t) => t.text)).toEqual(['Sudzha']);
  });

  it('fits a locator map into the inset box under its frame', () => {
    const locator: VectorScene = {
      width: 100,
      height: 50,
      background: '#dde',
      items: [{ type: 'circle', cx: 50, cy: 25, r: 5, fill: '#f00' }],
    };
    const inset = byId(compositionItems(layout, { inset: locator }), 'inset');
    const map = inset.items[1] as GroupItem;
    expect(map.id).toBe('inset-map');
    const dot = map.items[1] as CircleItem;
    const box = layout.inset!;
    expect(dot.cx).toBeCloseTo(box.x + box.width / 2, 9);
    expect(dot.cy).toBeCloseTo(box.y + box.height / 2, 9);
    expect(dot.r).toBeCloseTo(5 * (box.width / 100), 9);
    expect((inset.items[2] as PathItem).stroke).toBe('#333333');
  });

  it('takes style overrides', () => {
    const dark = compositionItems(layout, { style: { ink: '#eeeeee', panel: '#000000' } });
    expect(texts(byId(dark, 'title'))[0]!.fill).toBe('#eeeeee');
    expect((byId(dark, 'credit').items[0] as PathItem).fill).toBe('#000000');
  });
});

describe('composeScene', () => {
  it('keeps the map layers first and adds the composition on top', () => {
    const map: VectorScene = {
      width: 1000,
      height: 1000,
      background: '#fff',
      items: [{ type: 'group', id: 'layer-a', items: [] }],
    };
    const scene = composeScene(map, layout);
    expect(scene.items[0]).toBe(map.items[0]);
    expect(scene.items.map((i) => (i as GroupItem).id).slice(-1)).toEqual(['credit']);
    expect([scene.width, scene.height, scene.background]).toEqual([1000, 1000, '#fff']);
  });
});

describe('transformItem and fitInto', () => {
  it('scales widths, dashes, hatch spacing, fonts and halos with the geometry', () => {
    const path: PathItem = {
      type: 'path',
      subpaths: [{ points: [[1, 2]], closed: false }],
      strokeWidth: 2,
      dash: [3, 1],
      hatch: { color: '#000', width: 1, spacing: 4, angle: 30 },
    };
    expect(transformItem(path, 2, 10, 20)).toEqual({
      ...path,
      subpaths: [{ points: [[12, 24]], closed: false }],
      strokeWidth: 4,
      dash: [6, 2],
      hatch: { color: '#000', width: 2, spacing: 8, angle: 30 },
    });
    const text: TextItem = {
      type: 'text',
      x: 1,
      y: 1,
      text: 'a',
      size: 10,
      fill: '#000',
      halo: { color: '#fff', width: 1 },
    };
    expect(transformItem(text, 0.5, 0, 0)).toMatchObject({
      x: 0.5,
      y: 0.5,
      size: 5,
      halo: { width: 0.5 },
    });
  });

  it('centres a wide scene in a square box and paints its background', () => {
    const group = fitInto(
      { width: 100, height: 50, background: '#abc', items: [] },
      { x: 0, y: 0, width: 200, height: 200 },
    );
    const bg = group.items[0] as PathItem;
    // Scale 2 → 200 × 100, centred vertically: y from 50 to 150.
    expect(bg.subpaths[0]!.points).toEqual([
      [0, 50],
      [200, 50],
      [200, 150],
      [0, 150],
    ]);
    expect(bg.fill).toBe('#abc');
  });
});
