/**
 * Story features to a {@link VectorScene}: projects GeoJSON with MapLibre's Web Mercator,
 * clips it to the frame and groups it by layer rule, with place labels on top.
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { StoryFeatureProperties, StoryKind } from '../../types.ts';
import { clipLine, clipRing, thin, type Box } from './clip.ts';
import { labelAnchor, type LabelShapes } from './label-anchor.ts';
import { project, type MapView } from './projection.ts';
import type {
  GroupItem,
  Hatch,
  Point,
  SceneItem,
  SubPath,
  TextItem,
  VectorScene,
} from './scene.ts';

/**
 * The properties the exporter reads; a full `StoryFeature` fits. Basemap features use kinds of
 * their own (e.g. `country`, `town`), so `kind` is any string here.
 */
export type MapFeature = Feature<
  Geometry,
  Pick<StoryFeatureProperties, 'id' | 'name'> & { kind: StoryKind | (string & {}) }
>;

/** How one layer is drawn. Sizes are CSS pixels, like MapLibre paint properties. */
export interface LayerRule {
  /** Layer id; the scene group is `layer-<id>`. */
  id: string;
  /** Human name for the legend and the group's accessible name. */
  label: string;
  kinds: string[];
  /** Only these feature ids (e.g. one border of several), when given. */
  ids?: string[];
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: number[];
  opacity?: number;
  hatch?: Hatch;
  /** Circle radius for points; 4 when omitted. */
  radius?: number;
  /** Draw `properties.name` as a label. */
  text?: { size: number; fill: string; weight?: 'normal' | 'bold'; halo?: string };
}

/** Output scale and look of the map scene. */
export interface MapSceneOptions {
  /** Output pixels per CSS pixel; 1 when omitted. */
  pixelRatio?: number;
  background?: string;
  /** Vertices closer than this many output pixels are merged; 0.5 when omitted. */
  tolerance?: number;
}

/**
 * Builds the map part of an export. Features outside the frame are dropped, the rest clipped
 * to it (with a margin so clipped edges' strokes stay outside the picture). Groups come in
 * rule order and only when they draw something; labels come last, in a group `labels`.
 */
export function buildMapScene(
  features: MapFeature[],
  rules: LayerRule[],
  view: MapView,
  options: MapSceneOptions = {},
): VectorScene {
  const ratio = options.pixelRatio ?? 1;
  const width = Math.round(view.width * ratio);
  const height = Math.round(view.height * ratio);
  const tolerance = options.tolerance ?? 0.5;
  const toPx = (p: Position): Point => {
    const [x, y] = project([p[0] ?? 0, p[1] ?? 0], view);
    return [x * ratio, y * ratio];
  };
  const items: SceneItem[] = [];
  const labels: TextItem[] = [];
  for (const rule of rules) {
    const margin = (rule.strokeWidth ?? 0) * ratio + 2;
    const box: Box = [-margin, -margin, width + margin, height + margin];
    const group: GroupItem = {
      type: 'group',
      id: `layer-${rule.id}`,
      label: rule.label,
      items: [],
    };
    for (const feature of features) {
      const { kind, id } = feature.properties;
      if (!rule.kinds.includes(kind) || (rule.ids && !rule.ids.includes(id))) continue;
      if (!feature.geometry) continue;
      const shapes = collect(feature.geometry, toPx, box, tolerance, [width, height]);
      if (shapes.polygons.length > 0 || shapes.lines.length > 0) {
        const subpaths = [...shapes.polygons.flat(), ...shapes.lines];
        group.items.push({ type: 'path', subpaths, ...paint(rule, ratio) });
      }
      for (const [cx, cy] of shapes.points) {
        const r = (rule.radius ?? 4) * ratio;
        group.items.push({ type: 'circle', cx, cy, r, ...paint(rule, ratio) });
      }
      const anchor = labelAnchor(shapes, (rule.radius ?? 4) * ratio);
      if (rule.text && anchor && feature.properties.name) {
        const { size, fill, weight, halo } = rule.text;
        labels.push({
          type: 'text',
          x: anchor.x,
          y: anchor.y + (size * ratio) / 3,
          text: feature.properties.name,
          size: size * ratio,
          weight: weight ?? 'normal',
          fill,
          anchor: anchor.anchor,
          ...(halo ? { halo: { color: halo, width: 1.5 * ratio } } : {}),
        });
      }
    }
    if (group.items.length > 0) items.push(group);
  }
  if (labels.length > 0)
    items.push({ type: 'group', id: 'labels', label: 'Labels', items: labels });
  const scene: VectorScene = { width, height, items };
  if (options.background) scene.background = options.background;
  return scene;
}

function paint(rule: LayerRule, ratio: number) {
  return {
    ...(rule.fill ? { fill: rule.fill } : {}),
    ...(rule.stroke ? { stroke: rule.stroke, strokeWidth: (rule.strokeWidth ?? 1) * ratio } : {}),
    ...(rule.dash ? { dash: rule.dash.map((d) => d * ratio) } : {}),
    ...(rule.opacity !== undefined ? { opacity: rule.opacity } : {}),
    ...(rule.hatch
      ? {
          hatch: {
            ...rule.hatch,
            width: rule.hatch.width * ratio,
            spacing: rule.hatch.spacing * ratio,
          },
        }
      : {}),
  };
}

/** A feature's geometry projected to output pixels and clipped: polygons, lines and points. */
export interface Shapes extends LabelShapes {
  lines: SubPath[];
}

/**
 * Projects `geometry` with `toPx`, thins it to `tolerance` pixels and clips it to `box`; points
 * outside the `width` × `height` frame are dropped.
 */
export function collect(
  geometry: Geometry,
  toPx: (p: Position) => Point,
  box: Box,
  tolerance: number,
  [width, height]: [number, number],
  shapes: Shapes = { polygons: [], lines: [], points: [] },
): Shapes {
  const polygon = (rings: Position[][]) => {
    const clipped = rings.map((ring) => clipRing(thin(openRing(ring.map(toPx)), tolerance), box));
    if ((clipped[0]?.length ?? 0) === 0) return;
    shapes.polygons.push(
      clipped.filter((r) => r.length > 0).map((points) => ({ points, closed: true })),
    );
  };
  const line = (coords: Position[]) => {
    for (const points of clipLine(thin(coords.map(toPx), tolerance), box)) {
      shapes.lines.push({ points, closed: false });
    }
  };
  const point = (p: Position) => {
    const [x, y] = toPx(p);
    if (x >= 0 && y >= 0 && x <= width && y <= height) shapes.points.push([x, y]);
  };
  switch (geometry.type) {
    case 'Polygon':
      polygon(geometry.coordinates);
      break;
    case 'MultiPolygon':
      geometry.coordinates.forEach(polygon);
      break;
    case 'LineString':
      line(geometry.coordinates);
      break;
    case 'MultiLineString':
      geometry.coordinates.forEach(line);
      break;
    case 'Point':
      point(geometry.coordinates);
      break;
    case 'MultiPoint':
      geometry.coordinates.forEach(point);
      break;
    case 'GeometryCollection':
      for (const g of geometry.geometries)
        collect(g, toPx, box, tolerance, [width, height], shapes);
  }
  return shapes;
}

/** GeoJSON rings repeat their first point at the end; scene rings do not. */
function openRing(ring: Point[]): Point[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = first && last && first[0] === last[0] && first[1] === last[1];
  return closed && ring.length > 1 ? ring.slice(0, -1) : ring;
}
