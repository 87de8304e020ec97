import { describe, expect, it } from 'vitest';
import { centroid } from '../../src/export/core/label-anchor.ts';
import { buildMapScene, type LayerRule, type MapFeature } from '../../src/export/core/map-scene.ts';
import { project, type MapView } from '../../src/export/core/projection.ts';
import type { CircleItem, GroupItem, PathItem, TextItem } from '../../src/export/core/scene.ts';

const view: MapView = { center: [35, 51.3], zoom: 7, width: 600, height: 400 };

function feature(
  id: string,
  kind: MapFeature['properties']['kind'],
  geometry: MapFeature['geometry'],
): MapFeature {
  return { type: 'Feature', properties: { id, name: id.toUpperCase(), kind }, geometry };
}

/** A lng/lat box polygon. */
function box(w: number, s: number, e: number, n: number): MapFeature['geometry'] {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}

const rules: LayerRule[] = [
  {
    id: 'regions',
    label: 'Regions',
    kinds: ['region'],
    fill: '#f0e0c0',
    stroke: '#806040',
    strokeWidth: 1,
  },
  {
    id: 'borders',
    label: 'Border',
    kinds: ['border'],
    stroke: '#000',
    strokeWidth: 2,
    dash: [4, 2],
  },
  {
    id: 'towns',
    label: 'Towns',
    kinds: ['town'],
    fill: '#c00',
    radius: 3,
    text: { size: 12, fill: '#111', halo: '#fff' },
  },
];

const groups = (items: unknown[]) => items as GroupItem[];

describe('buildMapScene', () => {
  it('sizes the scene in output pixels: CSS frame × pixel ratio', () => {
    const scene = buildMapScene([], rules, view, { pixelRatio: 3.125, background: '#abcdef' });
    expect([scene.width, scene.height]).toEqual([1875, 1250]);
    expect(scene.background).toBe('#abcdef');
    expect(scene.items).toEqual([]);
  });

  it('projects polygon corners to the same pixels as project(), scaled by the pixel ratio', () => {
    const region = feature('kursk', 'region', box(34.8, 51.2, 35.2, 51.4));
    const scene = buildMapScene([region], rules, view, { pixelRatio: 2 });
    const [group] = groups(scene.items);
    expect(group!.id).toBe('layer-regions');
    expect(group!.label).toBe('Regions');
    const path = group!.items[0] as PathItem;
    expect(path.subpaths).toHaveLength(1);
    const ring = path.subpaths[0]!;
    expect(ring.closed).toBe(true);
    expect(ring.points).toHaveLength(4); // the repeated closing point is dropped
    const [x, y] = project([34.8, 51.2], view);
    expect(ring.points[0]![0]).toBeCloseTo(2 * x, 9);
    expect(ring.points[0]![1]).toBeCloseTo(2 * y, 9);
    expect(path).toMatchObject({ fill: '#f0e0c0', stroke: '#806040', strokeWidth: 2 });
  });

  it('drops features wholly outside the frame and omits empty layers', () => {
    const far = feature('far', 'region', box(10, 10, 11, 11));
    expect(buildMapScene([far], rules, view).items).toEqual([]);
  });

  it('clips a polygon larger than the frame to the frame plus a stroke margin', () => {
    const huge = feature('huge', 'region', box(20, 40, 50, 60));
    const scene = buildMapScene([huge], rules, view);
    const ring = (groups(scene.items)[0]!.items[0] as PathItem).subpaths[0]!;
    // Margin = strokeWidth (1) × ratio (1) + 2 = 3 px.
    const xs = ring.points.map((p) => p[0]);
    const ys = ring.points.map((p) => p[1]);
    expect(Math.min(...xs)).toBeCloseTo(-3, 9);
    expect(Math.max(...xs)).toBeCloseTo(603, 9);
    expect(Math.min(...ys)).toBeCloseTo(-3, 9);
    expect(Math.max(...ys)).toBeCloseTo(403, 9);
  });

  it('keeps holes of a polygon as extra rings', () => {
    const withHole = feature('ring', 'region', {
      type: 'Polygon',
      coordinates: [
        [
          [34.5, 51],
          [35.5, 51],
          [35.5, 51.6],
          [34.5, 51.6],
          [34.5, 51],
        ],
        [
          [34.9, 51.2],
          [35.1, 51.2],
          [35.1, 51.4],
          [34.9, 51.4],
          [34.9, 51.2],
        ],
      ],
    });
    const path = groups(buildMapScene([withHole], rules, view).items)[0]!.items[0] as PathItem;
    expect(path.subpaths).toHaveLength(2);
  });

  it('draws MultiPolygon parts in one path and skips parts outside', () => {
    const multi = feature('multi', 'region', {
      type: 'MultiPolygon',
      coordinates: [
        (box(34.8, 51.2, 34.9, 51.3) as { coordinates: number[][][] }).coordinates,
        (box(10, 10, 11, 11) as { coordinates: number[][][] }).coordinates,
      ],
    });
    const path = groups(buildMapScene([multi], rules, view).items)[0]!.items[0] as PathItem;
    expect(path.subpaths).toHaveLength(1);
  });

  it('draws lines open, split where they leave the frame, with dashes scaled', () => {
    const border = feature('border', 'border', {
      type: 'MultiLineString',
      coordinates: [
        [
          [30, 51.3],
          [40, 51.3],
        ],
        [
          [34.9, 51.1],
          [35.1, 51.1],
        ],
      ],
    });
    const scene = buildMapScene([border], rules, view, { pixelRatio: 2 });
    const path = groups(scene.items)[0]!.items[0] as PathItem;
    expect(path.subpaths).toHaveLength(2);
    expect(path.subpaths.every((s) => !s.closed)).toBe(true);
    const first = path.subpaths[0]!.points;
    // Clipped to x ∈ [−margin, width + margin] with margin = 2 × 2 + 2 = 6.
    expect(first[0]![0]).toBeCloseTo(-6, 9);
    expect(first[first.length - 1]![0]).toBeCloseTo(1206, 9);
    expect(path).toMatchObject({ strokeWidth: 4, dash: [8, 4] });
    expect(path.fill).toBeUndefined();
  });

  it('draws points as circles and labels them on top, right of the point', () => {
    const town = feature('sudzha', 'town', { type: 'Point', coordinates: [35.27, 51.19] });
    const scene = buildMapScene([town], rules, view, { pixelRatio: 2 });
    const [towns, labels] = groups(scene.items);
    expect(towns!.id).toBe('layer-towns');
    const circle = towns!.items[0] as CircleItem;
    const [x, y] = project([35.27, 51.19], view);
    expect(circle.cx).toBeCloseTo(2 * x, 9);
    expect(circle.cy).toBeCloseTo(2 * y, 9);
    expect(circle.r).toBe(6);
    expect(labels!.id).toBe('labels');
    const label = labels!.items[0] as TextItem;
    expect(label).toMatchObject({
      text: 'SUDZHA',
      size: 24,
      anchor: 'start',
      halo: { color: '#fff', width: 3 },
    });
    expect(label.x).toBeCloseTo(2 * x + 9, 9); // radius 6 × 1.5
    expect(label.y).toBeCloseTo(2 * y + 8, 9); // a third of the font size below the point
  });

  it('drops points outside the frame', () => {
    const town = feature('far', 'town', { type: 'MultiPoint', coordinates: [[10, 10]] });
    expect(buildMapScene([town], rules, view).items).toEqual([]);
  });

  it('labels a polygon at the centroid of its visible part', () => {
    const region = feature('kursk', 'region', box(34.8, 51.2, 35.2, 51.4));
    const withText = [{ ...rules[0]!, text: { size: 10, fill: '#000' } }];
    const scene = buildMapScene([region], withText, view);
    const ring = (groups(scene.items)[0]!.items[0] as PathItem).subpaths[0]!.points;
    const label = groups(scene.items)[1]!.items[0] as TextItem;
    const xs = ring.map((p) => p[0]);
    expect(label.anchor).toBe('middle');
    expect(label.x).toBeCloseTo((Math.min(...xs) + Math.max(...xs)) / 2, 6);
  });

  it('ignores kinds no rule asks for and features without geometry', () => {
    const capital = feature('kyiv', 'capital', { type: 'Point', coordinates: [35, 51.3] });
    const empty = {
      ...feature('x', 'region', box(0, 0, 1, 1)),
      geometry: null,
    } as unknown as MapFeature;
    expect(buildMapScene([capital, empty], rules, view).items).toEqual([]);
  });

  it('walks geometry collections', () => {
    const mixed = feature('mixed', 'town', {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [35, 51.3] },
        { type: 'Point', coordinates: [35.1, 51.3] },
      ],
    });
    const towns = groups(buildMapScene([mixed], rules, view).items)[0]!;
    expect(towns.items.filter((i) => i.type === 'circle')).toHaveLength(2);
  });
});

describe('centroid', () => {
  it('is the centre of a rectangle with its area, either winding', () => {
    const rect: [number, number][] = [
      [0, 0],
      [4, 0],
      [4, 2],
      [0, 2],
    ];
    expect(centroid(rect)).toEqual({ x: 2, y: 1, area: 8 });
    expect(centroid([...rect].reverse())).toEqual({ x: 2, y: 1, area: 8 });
  });

  it('is null for a degenerate ring', () => {
    expect(
      centroid([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    ).toBeNull();
  });
});
