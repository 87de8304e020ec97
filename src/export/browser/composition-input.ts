/**
 * What the export composition shows, computed from the story and the export view: legend rows
 * for the visible layers, the callout for the selected place, the inset locator map, the credit.
 * Plain TypeScript, tested in Node.
 */
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, Polygon } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { LegendEntry, SwatchKind } from '../core/layout.ts';
import { buildMapScene, collect, type MapFeature } from '../core/map-scene.ts';
import { fitBounds, project, unproject, type MapView } from '../core/projection.ts';
import type { Point, VectorScene } from '../core/scene.ts';
import { labelPoints } from '../../map/label-points.ts';
import { groupStyle } from '../../map/layers.ts';
import { PALETTE as C } from '../../map/palette.ts';
import { storyBounds } from '../../map/camera.ts';
import type { GroupSymbol, Lang, LegendGroup, MapData, Story } from '../../types.ts';
import { localText, placeName } from '../../story/story.ts';
import { creditLine, type UserCredit } from '../../user-layers/credit.ts';
import type { UserStyle } from '../../user-layers/style.ts';

/** The export legend's swatch for each symbol. */
const SWATCH: Record<GroupSymbol, SwatchKind> = {
  region: 'fill',
  border: 'line',
  town: 'point',
  capital: 'point',
  claimed: 'hatch',
};

/** Whether any part of `feature` falls inside the frame of `view`. */
function inFrame(feature: Feature, view: MapView): boolean {
  if (!feature.geometry) return false;
  const toPx = (p: number[]): Point => project([p[0] ?? 0, p[1] ?? 0], view);
  const shapes = collect(feature.geometry, toPx, [0, 0, view.width, view.height], 0, [
    view.width,
    view.height,
  ]);
  return shapes.polygons.length > 0 || shapes.lines.length > 0 || shapes.points.length > 0;
}

/**
 * The story groups that draw something inside the frame: a group's features are those its
 * style layers' filters select from the layers' source.
 */
export function groupsInFrame(
  groups: readonly LegendGroup[],
  layers: LayerSpecification[],
  sources: Record<string, Feature[]>,
  view: MapView,
): Set<string> {
  const out = new Set<string>();
  for (const group of groups) {
    const own = groupStyle(group).layers;
    const found = layers.some((layer) => {
      if (!own.includes(layer.id) || !('source' in layer)) return false;
      const filter = featureFilter(layer.filter as FilterSpecification | undefined, 'filter');
      const type = { Point: 1, LineString: 2, Polygon: 3 } as const;
      return (sources[layer.source] ?? []).some((f) => {
        const kind = f.geometry?.type.replace('Multi', '') as keyof typeof type | undefined;
        const feature = { type: kind ? type[kind] : 1, properties: f.properties ?? {} };
        return filter.filter({ zoom: view.zoom }, feature as never) && inFrame(f, view);
      });
    });
    if (found) out.add(group.id);
  }
  return out;
}

/**
 * One legend row per story layer that is switched on and shows something in the frame
 * (`shown`, from {@link groupsInFrame}; every visible layer when omitted), in legend order.
 */
export function legendEntries(
  story: Story,
  lang: Lang,
  visible: Record<string, boolean>,
  shown?: Set<string>,
): LegendEntry[] {
  return story.file.groups
    .filter((g) => visible[g.id] !== false && (!shown || shown.has(g.id)))
    .map((g) => ({
      label: localText(g.label, lang),
      swatch: SWATCH[g.symbol],
      color: groupStyle(g).colour,
    }));
}

/** The selected place's label position in output pixels, when it is inside the frame. */
export function calloutFor(
  story: Story,
  selectedId: string | null,
  view: MapView,
  pixelRatio: number,
  lang: Lang,
): { x: number; y: number; label: string } | undefined {
  const feature = selectedId ? story.byId.get(selectedId) : undefined;
  if (!feature) return undefined;
  const point = labelPoints([feature]).features[0]?.geometry.coordinates;
  if (!point) return undefined;
  const [x, y] = project([point[0] ?? 0, point[1] ?? 0], view);
  if (x < 0 || y < 0 || x > view.width || y > view.height) return undefined;
  return { x: x * pixelRatio, y: y * pixelRatio, label: placeName(feature, lang) };
}

/**
 * A small map of the whole story with a rectangle where the export frame is, built in the shape
 * of the inset box (`size`, any unit) so it fills the box. A frame too small to see at the
 * inset's scale is drawn as a small square around its centre.
 */
export function insetScene(
  data: MapData,
  story: Story,
  view: MapView,
  size: { width: number; height: number } = { width: 320, height: 320 },
): VectorScene {
  const fit = fitBounds(storyBounds(story.places), size.width, size.height, 0.04 * size.width);
  const insetView: MapView = { ...size, center: fit.center, zoom: fit.zoom };
  const countries: MapFeature[] = (data.countries?.features ?? []).map((f, i) => ({
    ...f,
    properties: {
      id: `c${i}`,
      name: '',
      kind: f.properties?.['iso_a3'] === 'UKR' ? 'country-ukraine' : 'country',
    },
  }));
  const frameCorners = [
    unproject([0, 0], view),
    unproject([view.width, 0], view),
    unproject([view.width, view.height], view),
    unproject([0, view.height], view),
  ];
  const px = frameCorners.map((c) => project(c, insetView));
  const side = Math.min(
    Math.hypot(px[1]![0] - px[0]![0], px[1]![1] - px[0]![1]),
    Math.hypot(px[3]![0] - px[0]![0], px[3]![1] - px[0]![1]),
  );
  const minSide = 0.04 * Math.min(size.width, size.height);
  const centre = project(view.center, insetView);
  const corners =
    side >= minSide
      ? frameCorners
      : (
          [
            [-1, -1],
            [1, -1],
            [1, 1],
            [-1, 1],
          ] as const
        ).map(([dx, dy]) =>
          unproject([centre[0] + (dx * minSide) / 2, centre[1] + (dy * minSide) / 2], insetView),
        );
  const frame: Feature<Polygon, MapFeature['properties']> = {
    type: 'Feature',
    properties: { id: 'frame', name: '', kind: 'frame' },
    geometry: { type: 'Polygon', coordinates: [[...corners, corners[0]!]] },
  };
  return buildMapScene(
    [...countries, frame],
    [
      { id: 'countries', label: 'Countries', kinds: ['country'], fill: C.russia, stroke: C.halo },
      {
        id: 'ukraine',
        label: 'Ukraine',
        kinds: ['country-ukraine'],
        fill: C.ukraine,
        stroke: C.countryLine,
      },
      {
        id: 'frame',
        label: 'Area shown',
        kinds: ['frame'],
        stroke: C.highlight,
        strokeWidth: 0.008 * Math.min(size.width, size.height),
      },
    ],
    insetView,
    { background: C.water },
  );
}

/** A reader's layer as an export needs it (issue 11). */
export interface ExportUserLayer {
  /** Its source id on the map (`user-…`). */
  id: string;
  name: string;
  geometryTypes: readonly string[];
  /** [west, south, east, north] in degrees. */
  bounds: readonly [number, number, number, number];
  style: UserStyle;
  credit: UserCredit;
  /** The validated FeatureCollection, for the vector formats. */
  data: Blob;
}

/** A legend swatch for what a reader's layer mostly draws: areas, else lines, else points. */
function userSwatch(types: readonly string[]): SwatchKind {
  if (types.some((t) => t.endsWith('Polygon'))) return 'fill';
  if (types.some((t) => t.endsWith('LineString'))) return 'line';
  return 'point';
}

/**
 * Legend rows for the reader's layers whose bounds reach into the frame, after the story's, in
 * the order they are listed (issue 11).
 * @example userLegendEntries([controlAreas], view) // [{ label: 'control-areas', swatch: 'fill', color: '#1f78b4' }]
 */
export function userLegendEntries(
  layers: readonly Pick<ExportUserLayer, 'name' | 'geometryTypes' | 'bounds' | 'style'>[],
  view: MapView,
): LegendEntry[] {
  const [w, n] = unproject([0, 0], view);
  const [e, s] = unproject([view.width, view.height], view);
  return layers
    .filter(({ bounds: b }) => b[0] <= e && b[2] >= w && b[1] <= n && b[3] >= s)
    .map((l) => ({ label: l.name, swatch: userSwatch(l.geometryTypes), color: l.style.colour }));
}

/**
 * The credit line every export carries: the story's credits, each reader's layer's credit, and
 * the renderer.
 * @example exportCredit(story, [{ name: 'Control areas', credit: { source: 'ISW', date: '2024-09-15' } }])
 * // '… · Control areas: ISW, September 15, 2024 · Rendered with MapLibre GL JS'
 */
export function exportCredit(
  story: Story,
  layers: readonly Pick<ExportUserLayer, 'name' | 'credit'>[] = [],
): string {
  const own = layers.map((l) => ` · ${creditLine(l.name, l.credit)}`).join('');
  return `${story.file.credit}${own} · Rendered with MapLibre GL JS`;
}
