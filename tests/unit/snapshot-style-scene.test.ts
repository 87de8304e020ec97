import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { placeCallout } from '../../src/export/core/callout.ts';
import { project, type MapView } from '../../src/export/core/projection.ts';
import type {
  CircleItem,
  GroupItem,
  PathItem,
  SceneItem,
  TextItem,
} from '../../src/export/core/scene.ts';
import { fitInto } from '../../src/export/core/scene-transform.ts';
import { hatchLinesStyle } from '../../src/map/hatch.ts';
import { HATCH_IMAGE, groupStyle } from '../../src/map/layers.ts';
import { PALETTE as C } from '../../src/map/palette.ts';
import { buildStyle } from '../../src/map/style.ts';
import {
  groupsInFrame,
  insetScene,
  legendEntries,
} from '../../src/export/browser/composition-input.ts';
import { labelConflicts } from '../../src/export/browser/label-fit.ts';
import {
  breakLines,
  markerRadius,
  styleScene,
  type PlacedLabel,
} from '../../src/export/browser/style-scene.ts';
import { story, storyFeatures } from './story-data.ts';
import type { MapData } from '../../src/types.ts';

const read = (f: string) =>
  JSON.parse(readFileSync(`data/basemaps/ukraine-russia/${f}`, 'utf8')) as FeatureCollection;
const data: MapData = {
  story: storyFeatures,
  countries: read('countries.geojson'),
  regions: read('regions.geojson'),
  towns: read('towns.geojson'),
  regionLabels: read('region-labels.geojson'),
};
const credits = { story: 'story', boundaries: 'NE', places: 'GeoNames' };
const styleFor = (lang: 'en' | 'uk' | 'ru' = 'en') =>
  buildStyle(data, credits, lang, story.file.groups) as StyleSpecification;
const groupLayers = (id: string) => groupStyle(story.file.groups.find((g) => g.id === id)!).layers;
const SUDZHA: [number, number] = [35.2726, 51.1976];
const view: MapView = { center: [35.3, 51.2], zoom: 8, width: 800, height: 500 };
const patterns = { [HATCH_IMAGE]: hatchLinesStyle(C.claimed) };

function scene(
  opts: {
    selectedId?: string | null;
    style?: StyleSpecification;
    labels?: PlacedLabel[];
    v?: MapView;
    ratio?: number;
  } = {},
) {
  return styleScene({
    style: opts.style ?? styleFor(),
    view: opts.v ?? view,
    pixelRatio: opts.ratio ?? 1,
    selectedId: opts.selectedId ?? null,
    labels: opts.labels ?? [],
    patterns,
    groupOf: (id) => {
      const g = story.file.groups.find((s) => groupStyle(s).layers.includes(id));
      return g && { id: g.id, label: g.label.en };
    },
  });
}

/** The group `layer-<id>` anywhere in the tree. */
function group(items: SceneItem[], id: string): GroupItem | undefined {
  for (const item of items) {
    if (item.type !== 'group') continue;
    if (item.id === `layer-${id}`) return item;
    const inner = group(item.items, id);
    if (inner) return inner;
  }
  return undefined;
}

describe('the vector scene derived from the MapLibre style', () => {
  it('takes the background, fills and opacities from the style', () => {
    const { scene: s } = scene();
    expect(s.background).toBe('rgba(205,219,229,1)'); // PALETTE.water #cddbe5
    const fill = group(s.items, 'kursk-region-fill')!.items[0] as PathItem;
    // PALETTE.areaFill #ffffff: a neutral wash, not the accent (issue 15).
    expect(fill).toMatchObject({ fill: 'rgba(255,255,255,1)', opacity: 0.12 });
  });

  it('draws the selection as the live map does: feature state `selected`', () => {
    const dot = (id: string | null) =>
      group(scene({ selectedId: id }).scene.items, 'sudzha-dot')!.items[0] as CircleItem;
    expect(dot(null)).toMatchObject({ stroke: 'rgba(255,255,255,1)', strokeWidth: 2.5 });
    // Selected: radius 10 and a 3.5 px stroke in the selection colour, drawn outside the radius.
    expect(dot('sudzha')).toMatchObject({ stroke: 'rgba(10,88,202,1)', strokeWidth: 3.5 });
    expect(dot('sudzha').r).toBeCloseTo(10 + 3.5 / 2, 9);
    const region = group(scene({ selectedId: 'kursk-region' }).scene.items, 'kursk-region-line')!;
    expect((region.items[0] as PathItem).stroke).toBe('rgba(10,88,202,1)');
    const [cx, cy] = project(SUDZHA, view);
    expect(dot(null).cx).toBeCloseTo(cx, 6);
    expect(dot(null).cy).toBeCloseTo(cy, 6);
  });

  it('scales line dashes by the line width, as MapLibre does, and widths by the pixel ratio', () => {
    const line = group(scene({ ratio: 2 }).scene.items, 'regions-line')!.items[0] as PathItem;
    expect(line.strokeWidth).toBeCloseTo(1.4, 9);
    expect(line.dash!.map((d) => Math.round(d * 100) / 100)).toEqual([4.2, 2.8]);
  });

  it('leaves out hidden layers and layers outside their zoom range', () => {
    const style = styleFor();
    for (const layer of style.layers) {
      if (groupLayers('border').includes(layer.id)) {
        layer.layout = { ...layer.layout, visibility: 'none' } as never;
      }
    }
    const { scene: s } = scene({ style });
    expect(group(s.items, 'border-highlight-line')).toBeUndefined();
    expect(group(s.items, 'kursk-region-fill')).toBeDefined();
    // Towns of rank 6 appear from zoom 9.
    expect(group(s.items, 'town-dot-6')).toBeUndefined();
    expect(group(scene({ v: { ...view, zoom: 9 } }).scene.items, 'town-dot-6')).toBeDefined();
  });

  it('hatches claimed territory with the map’s hatch tile as lines', () => {
    const v: MapView = { center: [34.5, 45.3], zoom: 6, width: 600, height: 400 };
    const fill = group(scene({ v }).scene.items, 'claimed-fill')!.items[0] as PathItem;
    expect(fill.hatch).toMatchObject({ angle: -45, color: 'rgba(140, 45, 25, 0.902)' });
    expect(fill.hatch!.spacing).toBeCloseTo(8 / Math.SQRT2, 9);
    // Crimea, occupied since 2014: the dense hatch at the style's unselected opacity.
    expect(fill.opacity).toBe(0.85);
  });

  it('groups a story layer’s style layers under the legend’s group', () => {
    const border = scene().scene.items.find((i) => i.type === 'group' && i.id === 'layer-border');
    expect((border as GroupItem).label).toBe('Ukraine–Russia border');
    expect((border as GroupItem).items.map((i) => (i as GroupItem).id)).toEqual([
      'layer-border-line',
      'layer-border-highlight-casing',
      'layer-border-highlight-line',
    ]);
  });

  it('writes placed labels in the export’s language with the symbol layer’s text properties', () => {
    const sudzha = story.byId.get('sudzha')!;
    const placed: PlacedLabel[] = [
      { layerId: 'sudzha-label', properties: { ...sudzha.properties }, lngLat: SUDZHA },
      {
        layerId: 'region-label',
        properties: { name: 'Kursk', name_uk: 'Курська область' },
        lngLat: [36.2, 51.5],
      },
    ];
    const { scene: s, labels } = scene({ style: styleFor('uk'), labels: placed });
    const town = group(s.items, 'sudzha-label')!.items as TextItem[];
    expect(town.map((t) => t.text)).toEqual(['Суджа']);
    const [x] = project(SUDZHA, view);
    // text-anchor left, text-offset 0.9 em at 15 px.
    expect(town[0]).toMatchObject({
      anchor: 'start',
      weight: 'bold',
      size: 15,
      fill: 'rgba(215,25,28,1)',
    });
    expect(town[0]!.x).toBeCloseTo(x + 0.9 * 15, 6);
    expect(town[0]!.halo).toEqual({ color: 'rgba(255,255,255,1)', width: 2 });
    // Upper case, letter-spaced and broken at text-max-width (8 em).
    const region = group(s.items, 'region-label')!.items as TextItem[];
    expect(region.map((t) => t.text)).toEqual(['КУРСЬКА', 'ОБЛАСТЬ']);
    expect(region[0]!.letterSpacing).toBeCloseTo(0.12 * 11, 9);
    expect(labels.map((l) => l.text)).toEqual([['КУРСЬКА', 'ОБЛАСТЬ'], ['Суджа']]);
  });

  it('finds the selected marker’s outer radius in the style', () => {
    expect(markerRadius(styleFor(), 'sudzha', 8)).toBe(13.5);
    expect(markerRadius(styleFor(), 'kyiv', 8)).toBe(14);
    expect(markerRadius(styleFor(), 'kursk-region', 8)).toBe(0);
  });
});

describe('breakLines', () => {
  const measure = (s: string) => s.length * 10;
  it('keeps text that fits on one line and balances the rest', () => {
    expect(breakLines('Kursk oblast', 200, measure)).toEqual(['Kursk oblast']);
    expect(breakLines('a bb ccc dddd eeeee', 100, measure)).toEqual(['a bb ccc', 'dddd eeeee']);
  });
});

describe('labels and the composition', () => {
  const sudzhaLabel: PlacedLabel = {
    layerId: 'sudzha-label',
    properties: { ...story.byId.get('sudzha')!.properties },
    lngLat: SUDZHA,
  };
  it('flags labels under a box to avoid or cut by the frame, and no others', () => {
    const style = styleFor();
    expect(labelConflicts(style, view, [sudzhaLabel], [])).toEqual([]);
    const [x, y] = project(SUDZHA, view);
    const box = { x: x + 20, y: y - 5, width: 40, height: 10 };
    expect(labelConflicts(style, view, [sudzhaLabel], [box])).toEqual([sudzhaLabel]);
    // The same place near the right edge: its label runs out of the frame.
    const edge: MapView = { ...view, center: [SUDZHA[0] - (view.width / 2 - 30) / 366, SUDZHA[1]] };
    expect(project(SUDZHA, edge)[0]).toBeGreaterThan(view.width - 40);
    expect(labelConflicts(style, edge, [sudzhaLabel], [])).toEqual([sudzhaLabel]);
  });

  it('lists in the legend only the story layers with features in a Sudzha frame', () => {
    const style = styleFor();
    const sources = Object.fromEntries(
      Object.entries(style.sources).map(([id, s]) => [
        id,
        s.type === 'geojson' && typeof s.data === 'object'
          ? (s.data as FeatureCollection).features
          : [],
      ]),
    );
    const shown = groupsInFrame(story.file.groups, style.layers, sources, view);
    expect([...shown].sort()).toEqual(['border', 'kursk-region', 'sudzha']);
    const visible = Object.fromEntries(story.file.groups.map((g) => [g.id, true]));
    expect(legendEntries(story, 'en', visible, shown).map((e) => e.label)).toEqual([
      'Kursk region',
      'Ukraine–Russia border',
      'Sudzha',
    ]);
    const wide: MapView = { center: [35, 50], zoom: 4.5, width: 800, height: 500 };
    expect(groupsInFrame(story.file.groups, style.layers, sources, wide).size).toBe(5);
  });

  it('fills the inset box with the locator map and marks the frame', () => {
    const box = { x: 10, y: 10, width: 300, height: 300 };
    const inset = insetScene(data, story, view, box);
    const fitted = fitInto(inset, box);
    const background = fitted.items[0] as PathItem;
    expect(background.subpaths[0]!.points).toEqual([
      [10, 10],
      [310, 10],
      [310, 310],
      [10, 310],
    ]);
    const frame = inset.items.find(
      (i) => i.type === 'group' && i.id === 'layer-frame',
    ) as GroupItem;
    const rect = (frame.items[0] as PathItem).subpaths[0]!.points;
    const xs = rect.map((p) => p[0]);
    // A Sudzha frame at zoom 8 is a few pixels wide in the inset: drawn no smaller than 4% of it.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThanOrEqual(0.04 * 300 - 1e-6);
  });

  it('starts the callout leader at the edge of the place’s marker', () => {
    const callout = placeCallout(
      { x: 400, y: 300, label: 'Sudzha', markerRadius: 27 },
      10,
      { x: 0, y: 0, width: 800, height: 600 },
      [],
    )!;
    const [start] = callout.leader;
    expect(Math.hypot(start[0] - 400, start[1] - 300)).toBeCloseTo(27, 9);
    const b = callout.box;
    const nearestX = Math.max(b.x, Math.min(400, b.x + b.width));
    const nearestY = Math.max(b.y, Math.min(300, b.y + b.height));
    expect(Math.hypot(nearestX - 400, nearestY - 300)).toBeGreaterThan(27);
  });
});
