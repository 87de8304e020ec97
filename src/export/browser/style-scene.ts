/**
 * The map part of a vector export (SVG, PDF), derived from the MapLibre style itself: every layer
 * of the style, in its order, with its filter, paint and layout evaluated by
 * `@maplibre/maplibre-gl-style-spec` at the export's zoom and with the selection as feature
 * state, so colours, widths, dashes, hatching, the highlight and the visible layers are the live
 * map's. Labels are the ones MapLibre placed for the same view (see render-map.ts), drawn with the
 * symbol layer's own text properties. Plain TypeScript, tested in Node.
 */
import {
  expression,
  featureFilter,
  latest,
  type FilterSpecification,
  type LayerSpecification,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { collect } from '../core/map-scene.ts';
import { project, worldSize, mercator, type MapView } from '../core/projection.ts';
import type {
  GroupItem,
  Hatch,
  Point,
  Rect,
  SceneItem,
  SubPath,
  TextItem,
  VectorScene,
} from '../core/scene.ts';
import { estimateTextWidth } from '../core/text-measure.ts';

/** A label MapLibre placed: its layer, its feature's properties and its anchor. */
export interface PlacedLabel {
  layerId: string;
  properties: Record<string, unknown>;
  lngLat: [number, number];
}

/** A label drawn in the scene, with the box it covers in output pixels. */
export interface SceneLabel {
  layerId: string;
  text: string[];
  box: Rect;
  placed: PlacedLabel;
}

/** A fill-pattern image drawn as parallel lines, sizes in CSS pixels. */
export type PatternLines = Omit<Hatch, 'origin'>;

export interface StyleSceneRequest {
  style: StyleSpecification;
  view: MapView;
  /** Output pixels per CSS pixel. */
  pixelRatio: number;
  /** The selected feature's id: `selected` feature state, as on the live map. */
  selectedId: string | null;
  labels: PlacedLabel[];
  /** How each `fill-pattern` image is drawn as vectors. */
  patterns: Record<string, PatternLines>;
  /** Groups style layers (e.g. a story layer's fill, line and label) under one scene group. */
  groupOf?: (layerId: string) => { id: string; label: string } | undefined;
  /** Vertices closer than this many output pixels are merged; 0.5 when omitted. */
  tolerance?: number;
  /** Only lay out the labels (for collision checks): no shapes. */
  labelsOnly?: boolean;
}

type Spec = Parameters<typeof expression.normalizePropertyExpression>[2];
type Evaluated = ReturnType<typeof expression.normalizePropertyExpression>;
type StyleFeature = Parameters<Evaluated['evaluate']>[1] & object;

const specs = latest as unknown as Record<string, Record<string, Spec> | undefined>;
const cache = new Map<string, Evaluated>();

/** A property of `layer` as an expression (its value, or the spec's default). */
function property(layer: LayerSpecification, kind: 'paint' | 'layout', name: string): Evaluated {
  const spec = specs[`${kind}_${layer.type}`]?.[name];
  if (!spec) throw new Error(`Layer "${layer.id}": "${name}" is not a ${layer.type} property`);
  const values = (layer as { paint?: object; layout?: object })[kind] as
    Record<string, unknown> | undefined;
  const value = values?.[name] ?? (spec as { default?: unknown }).default;
  const key = `${layer.id}\u0000${kind}\u0000${name}\u0000${JSON.stringify(value)}`;
  let e = cache.get(key);
  if (!e) {
    e = expression.normalizePropertyExpression(value as never, name, spec);
    cache.set(key, e);
  }
  return e;
}

const GEOMETRY_TYPE: Record<string, 1 | 2 | 3> = {
  Point: 1,
  MultiPoint: 1,
  LineString: 2,
  MultiLineString: 2,
  Polygon: 3,
  MultiPolygon: 3,
};

/** Evaluates properties of one layer for one feature at one zoom. */
class Evaluator {
  constructor(
    private readonly layer: LayerSpecification,
    private readonly zoom: number,
    private readonly feature: StyleFeature,
    private readonly state: Record<string, unknown>,
    private readonly images: string[],
  ) {}
  get(kind: 'paint' | 'layout', name: string): unknown {
    const e = property(this.layer, kind, name);
    return e.evaluate(
      { zoom: this.zoom },
      this.feature,
      this.state as never,
      undefined,
      this.images,
    );
  }
  num(kind: 'paint' | 'layout', name: string): number {
    return Number(this.get(kind, name));
  }
  colour(name: string): string | undefined {
    return cssColour(this.get('paint', name));
  }
}

/** A style-spec `Color` (or anything with `toString`) to a CSS colour; fully transparent is none. */
function cssColour(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const c = value as { a?: number; toString(): string };
  if (c.a === 0) return undefined;
  return c.toString();
}

/** The text of a `Formatted` or string value. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const sections = (value as { sections?: { text: string }[] } | null)?.sections;
  return sections ? sections.map((s) => s.text).join('') : String(value ?? '');
}

function sourceFeatures(style: StyleSpecification, sourceId: string): Feature[] {
  const source = style.sources[sourceId];
  if (!source) throw new Error(`The style has no source "${sourceId}"`);
  if (source.type !== 'geojson') return [];
  const data = source.data;
  if (typeof data === 'string') throw new Error(`Source "${sourceId}" is a URL, not inline data`);
  if (data.type === 'FeatureCollection') return (data as FeatureCollection).features;
  if (data.type === 'Feature') return [data as Feature];
  return [{ type: 'Feature', properties: {}, geometry: data as Geometry }];
}

/** The id MapLibre uses for feature state: the promoted property, else the feature id. */
function stateId(style: StyleSpecification, sourceId: string, f: Feature): unknown {
  const source = style.sources[sourceId];
  const promote = source?.type === 'geojson' ? source.promoteId : undefined;
  const key = typeof promote === 'string' ? promote : promote?.[sourceId];
  return key ? f.properties?.[key] : f.id;
}

function styleFeature(
  f: { properties?: Record<string, unknown> | null; id?: unknown },
  type: 1 | 2 | 3,
): StyleFeature {
  return { type, properties: f.properties ?? {}, id: f.id } as StyleFeature;
}

function visible(layer: LayerSpecification, zoom: number): boolean {
  const layout = (layer as { layout?: { visibility?: unknown } }).layout;
  if (layout?.visibility === 'none') return false;
  if (layer.minzoom !== undefined && zoom < layer.minzoom) return false;
  if (layer.maxzoom !== undefined && zoom >= layer.maxzoom) return false;
  return true;
}

/**
 * The map of an export as a scene: background, then one group `layer-<style layer id>` per style
 * layer that draws something, bottom to top, wrapped in `layer-<group>` when `groupOf` names one.
 * Also returns every drawn label's box, for checks against the composition.
 */
export function styleScene(req: StyleSceneRequest): { scene: VectorScene; labels: SceneLabel[] } {
  const { style, view, pixelRatio: ratio } = req;
  const zoom = view.zoom;
  const width = Math.round(view.width * ratio);
  const height = Math.round(view.height * ratio);
  const tolerance = req.tolerance ?? 0.5;
  const images = Object.keys(req.patterns);
  const toPx = (p: number[]): Point => {
    const [x, y] = project([p[0] ?? 0, p[1] ?? 0], view);
    return [x * ratio, y * ratio];
  };
  const scene: VectorScene = { width, height, items: [] };
  const labels: SceneLabel[] = [];
  const layerGroups: GroupItem[] = [];

  for (const layer of style.layers) {
    if (!visible(layer, zoom)) continue;
    if (layer.type === 'background') {
      const e = new Evaluator(layer, zoom, styleFeature({}, 1), {}, images);
      const colour = e.colour('background-color');
      if (colour) scene.background = colour;
      continue;
    }
    const group: GroupItem = { type: 'group', id: `layer-${layer.id}`, label: layer.id, items: [] };
    if (layer.type === 'symbol') {
      for (const placed of req.labels.filter((l) => l.layerId === layer.id)) {
        const e = new Evaluator(
          layer,
          zoom,
          styleFeature({ properties: placed.properties }, 1),
          {},
          images,
        );
        const drawn = symbolText(e, toPx(placed.lngLat), ratio);
        if (!drawn) continue;
        group.items.push(...drawn.items);
        labels.push({ layerId: layer.id, text: drawn.lines, box: drawn.box, placed });
      }
    } else if (req.labelsOnly) {
      continue;
    } else if (layer.type === 'fill' || layer.type === 'line' || layer.type === 'circle') {
      if (!('source' in layer)) continue;
      const filter = featureFilter(layer.filter as FilterSpecification | undefined, 'filter');
      const strokeOf = layer.type === 'line' ? lineWidth : () => 0;
      for (const f of sourceFeatures(style, layer.source)) {
        if (!f.geometry) continue;
        const type = GEOMETRY_TYPE[f.geometry.type];
        if (!type) continue;
        const sf = styleFeature(f as never, type);
        if (!filter.filter({ zoom }, sf)) continue;
        const id = stateId(style, layer.source, f);
        const state = { selected: req.selectedId !== null && id === req.selectedId };
        const e = new Evaluator(layer, zoom, sf, state, images);
        const margin = strokeOf(e) * ratio + 2;
        const box: [number, number, number, number] = [
          -margin,
          -margin,
          width + margin,
          height + margin,
        ];
        const shapes = collect(f.geometry, toPx, box, tolerance, [width, height]);
        if (layer.type === 'circle') {
          for (const [cx, cy] of shapes.points) group.items.push(circle(e, cx, cy, ratio));
        } else if (layer.type === 'fill' && shapes.polygons.length > 0) {
          const item = fill(e, shapes.polygons.flat(), ratio, req.patterns, view);
          if (item) group.items.push(item);
        } else if (layer.type === 'line') {
          const subpaths = [...shapes.polygons.flat(), ...shapes.lines];
          const item = subpaths.length > 0 ? line(e, subpaths, ratio) : null;
          if (item) group.items.push(item);
        }
      }
    }
    if (group.items.length > 0) layerGroups.push(group);
  }
  scene.items = wrapGroups(layerGroups, req.groupOf);
  return { scene, labels };
}

function lineWidth(e: Evaluator): number {
  return e.num('paint', 'line-width');
}

function fill(
  e: Evaluator,
  subpaths: SubPath[],
  ratio: number,
  patterns: Record<string, PatternLines>,
  view: MapView,
): SceneItem | null {
  const opacity = e.num('paint', 'fill-opacity');
  // A constant evaluates to the image name; an expression to a ResolvedImage.
  const pattern = e.get('paint', 'fill-pattern') as string | { name?: string } | null | undefined;
  const name = typeof pattern === 'string' ? pattern : pattern?.name;
  if (name) {
    const lines = patterns[name];
    if (!lines) throw new Error(`No vector drawing for the fill-pattern image "${name}"`);
    // MapLibre draws a pattern at its size at the tiles' whole zoom, scaled with the map from
    // there: at zoom 5.6 an 8 px tile shows 8 · 2^0.6 = 12.1 px wide.
    const k = 2 ** (view.zoom - Math.floor(view.zoom));
    return {
      type: 'path',
      subpaths,
      opacity,
      hatch: {
        ...lines,
        width: lines.width * k * ratio,
        spacing: lines.spacing * k * ratio,
        origin: patternOrigin(view, lines, k, ratio),
      },
    };
  }
  const colour = e.colour('fill-color');
  if (!colour) return null;
  return { type: 'path', subpaths, fill: colour, opacity };
}

/**
 * MapLibre repeats a fill pattern from the world's origin: the screen point where a stripe's
 * centre passes, so the export's stripes fall where the map's do.
 */
function patternOrigin(view: MapView, lines: PatternLines, k: number, ratio: number): Point {
  const size = worldSize(view.zoom);
  const [cx, cy] = mercator(view.center);
  const left = cx * size - view.width / 2;
  const top = cy * size - view.height / 2;
  // Tile period along x of "/" stripes spaced `spacing` apart: spacing · √2, on screen.
  const period = lines.spacing * Math.SQRT2 * k;
  const mod = (a: number) => ((a % period) + period) % period;
  return [(mod(-left) + (lines.width * Math.SQRT2 * k) / 2) * ratio, mod(-top) * ratio];
}

function line(e: Evaluator, subpaths: SubPath[], ratio: number): SceneItem | null {
  const colour = e.colour('line-color');
  const width = e.num('paint', 'line-width');
  if (!colour || !(width > 0)) return null;
  const dash = e.get('paint', 'line-dasharray') as number[] | undefined;
  const opacity = e.num('paint', 'line-opacity');
  return {
    type: 'path',
    subpaths,
    stroke: colour,
    strokeWidth: width * ratio,
    // MapLibre's dash lengths are multiples of the line width.
    ...(dash && dash.length > 0 ? { dash: dash.map((d) => d * width * ratio) } : {}),
    ...(opacity < 1 ? { opacity } : {}),
  };
}

function circle(e: Evaluator, cx: number, cy: number, ratio: number): SceneItem {
  const r = e.num('paint', 'circle-radius');
  const strokeWidth = e.num('paint', 'circle-stroke-width');
  const fillColour = e.colour('circle-color');
  const strokeColour = strokeWidth > 0 ? e.colour('circle-stroke-color') : undefined;
  const opacity = e.num('paint', 'circle-opacity');
  // MapLibre draws the stroke outside the radius; SVG centres it on the circle, so move it out.
  const stroked = strokeColour !== undefined;
  return {
    type: 'circle',
    cx,
    cy,
    r: (r + (stroked ? strokeWidth / 2 : 0)) * ratio,
    ...(fillColour ? { fill: fillColour } : {}),
    ...(stroked ? { stroke: strokeColour, strokeWidth: strokeWidth * ratio } : {}),
    ...(opacity < 1 ? { opacity } : {}),
  };
}

/** Horizontal alignment and vertical offset (in block heights) of MapLibre's `text-anchor`. */
const ANCHORS: Record<string, { h: TextItem['anchor']; x: number; y: number }> = {
  center: { h: 'middle', x: 0.5, y: 0.5 },
  left: { h: 'start', x: 0, y: 0.5 },
  right: { h: 'end', x: 1, y: 0.5 },
  top: { h: 'middle', x: 0.5, y: 0 },
  bottom: { h: 'middle', x: 0.5, y: 1 },
  'top-left': { h: 'start', x: 0, y: 0 },
  'top-right': { h: 'end', x: 1, y: 0 },
  'bottom-left': { h: 'start', x: 0, y: 1 },
  'bottom-right': { h: 'end', x: 1, y: 1 },
};

/** Baseline below the middle of a line box, in em: where MapLibre puts Noto Sans (measured). */
const BASELINE_EM = 0.45;

/** A symbol layer's text at an anchor: one text item per line (halo first), and its box. */
function symbolText(
  e: Evaluator,
  [ax, ay]: Point,
  ratio: number,
): { items: TextItem[]; lines: string[]; box: Rect } | null {
  let text = textOf(e.get('layout', 'text-field'));
  const transform = e.get('layout', 'text-transform');
  if (transform === 'uppercase') text = text.toUpperCase();
  if (transform === 'lowercase') text = text.toLowerCase();
  if (!text.trim()) return null;
  const size = e.num('layout', 'text-size') * ratio;
  const font = (e.get('layout', 'text-font') as string[] | undefined) ?? [];
  const weight = font.some((f) => /bold/i.test(f)) ? 'bold' : 'normal';
  const spacing = e.num('layout', 'text-letter-spacing') * size;
  const maxWidth = e.num('layout', 'text-max-width') * size;
  const lineHeight = e.num('layout', 'text-line-height') * size;
  const offset = (e.get('layout', 'text-offset') as number[] | undefined) ?? [0, 0];
  const anchor = ANCHORS[String(e.get('layout', 'text-anchor'))] ?? ANCHORS['center']!;
  const measure = (s: string) => estimateTextWidth(s, size, weight) + [...s].length * spacing;
  const lines = breakLines(text, maxWidth, measure);
  const blockWidth = Math.max(...lines.map(measure));
  const blockHeight = lines.length * lineHeight;
  const x0 = ax + (offset[0] ?? 0) * size - anchor.x * blockWidth;
  const y0 = ay + (offset[1] ?? 0) * size - anchor.y * blockHeight;
  const x = x0 + anchor.x * blockWidth;
  const fillColour = e.colour('text-color') ?? '#000000';
  const haloColour = e.colour('text-halo-color');
  const haloWidth = e.num('paint', 'text-halo-width') * ratio;
  const items = lines.map((l, i): TextItem => ({
    type: 'text',
    x,
    y: y0 + (i + 0.5) * lineHeight + BASELINE_EM * size,
    text: l,
    size,
    weight,
    fill: fillColour,
    anchor: anchor.h,
    ...(spacing ? { letterSpacing: spacing } : {}),
    ...(haloColour && haloWidth > 0 ? { halo: { color: haloColour, width: haloWidth } } : {}),
  }));
  const halo = haloColour ? haloWidth : 0;
  const box = {
    x: x0 - halo,
    y: y0 - halo,
    width: blockWidth + 2 * halo,
    height: blockHeight + 2 * halo,
  };
  return { items, lines, box };
}

/**
 * MapLibre's `text-max-width`: text wider than `maxWidth` is broken at spaces into the fewest
 * lines of about equal width.
 */
export function breakLines(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const whole = words.join(' ');
  if (words.length < 2 || measure(whole) <= maxWidth) return [whole];
  const count = Math.ceil(measure(whole) / maxWidth);
  const target = measure(whole) / count;
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    // Break before the word when that lands nearer the target width than after it.
    if (current && Math.abs(measure(current) - target) < Math.abs(measure(candidate) - target)) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/** Consecutive layer groups of one named group go into a parent group `layer-<name>`. */
function wrapGroups(
  groups: GroupItem[],
  groupOf?: (layerId: string) => { id: string; label: string } | undefined,
): GroupItem[] {
  if (!groupOf) return groups;
  const out: GroupItem[] = [];
  const used = new Set<string>();
  let parent: GroupItem | null = null;
  let parentName: string | undefined;
  for (const g of groups) {
    const named = groupOf(g.label ?? '');
    const name = named?.id;
    if (!named || !name) {
      out.push(g);
      parent = null;
      parentName = undefined;
      continue;
    }
    if (parent && parentName === name) {
      parent.items.push(g);
      continue;
    }
    let id = `layer-${name}`;
    for (let n = 2; used.has(id); n++) id = `layer-${name}-${n}`;
    used.add(id);
    parent = { type: 'group', id, label: named.label, items: [g] };
    parentName = name;
    out.push(parent);
  }
  return out;
}

/**
 * The outer radius (CSS pixels: radius plus stroke) of the largest circle the style draws for
 * the selected feature `id` at `zoom`, or 0 when it has none (an area).
 */
export function markerRadius(style: StyleSpecification, id: string, zoom: number): number {
  let radius = 0;
  for (const layer of style.layers) {
    if (layer.type !== 'circle' || !visible(layer, zoom)) continue;
    const filter = featureFilter(layer.filter as FilterSpecification | undefined, 'filter');
    for (const f of sourceFeatures(style, layer.source)) {
      if (stateId(style, layer.source, f) !== id || !f.geometry) continue;
      const sf = styleFeature(f as never, GEOMETRY_TYPE[f.geometry.type] ?? 1);
      if (!filter.filter({ zoom }, sf)) continue;
      const e = new Evaluator(layer, zoom, sf, { selected: true }, []);
      radius = Math.max(
        radius,
        e.num('paint', 'circle-radius') + e.num('paint', 'circle-stroke-width'),
      );
    }
  }
  return radius;
}
