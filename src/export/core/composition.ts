/**
 * A {@link Layout} drawn as scene items, so title, legend, scale bar, north arrow, inset,
 * callout and credits are real vector paths and text in SVG and PDF (and can be drawn onto
 * the raster for PNG and JPEG by any scene renderer). One group per element, named for
 * screen readers.
 */
import type { Layout } from './layout.ts';
import { legendSwatch, northArrow } from './marks.ts';
import {
  rectPath,
  type GroupItem,
  type Point,
  type Rect,
  type SceneItem,
  type TextItem,
  type VectorScene,
} from './scene.ts';
import { fitInto } from './scene-transform.ts';
import type { TextBlock } from './text-measure.ts';

/** Colours of the composition elements. */
export interface CompositionStyle {
  ink: string;
  muted: string;
  /** Background of title, legend, callout and credit panels. */
  panel: string;
  frame: string;
}

/** Dark ink on light, slightly see-through panels. */
export const DEFAULT_COMPOSITION_STYLE: CompositionStyle = {
  ink: '#1a1a1a',
  muted: '#4d4d4d',
  panel: 'rgba(255, 255, 255, 0.88)',
  frame: '#333333',
};

/** What `compositionItems` needs beyond the layout. */
export interface CompositionOptions {
  style?: Partial<CompositionStyle>;
  /** Map bearing in degrees, to turn the north arrow. */
  bearing?: number;
  /** Locator map for the inset box, built at any size; it is scaled into the box. */
  inset?: VectorScene;
}

/** Scene groups for everything in `layout`, in drawing order. */
export function compositionItems(layout: Layout, options: CompositionOptions = {}): GroupItem[] {
  const style = { ...DEFAULT_COMPOSITION_STYLE, ...options.style };
  const u = layout.unit;
  const groups: GroupItem[] = [];
  const group = (id: string, label: string, items: SceneItem[]) =>
    groups.push({ type: 'group', id, label, items });
  const panel = (r: Rect) => rectPath(r.x, r.y, r.width, r.height, { fill: style.panel });

  if (layout.inset) {
    const r = layout.inset;
    const map = options.inset ? [fitInto(options.inset, r)] : [];
    const frame = rectPath(r.x, r.y, r.width, r.height, {
      stroke: style.frame,
      strokeWidth: 0.15 * u,
    });
    group('inset', 'Locator map', [panel(r), ...map, frame]);
  }
  if (layout.titlePanel) {
    const blocks = [
      ...(layout.title ? lines(layout.title, style.ink) : []),
      ...(layout.date ? lines(layout.date, style.muted) : []),
    ];
    group('title', 'Title', [panel(layout.titlePanel), ...blocks]);
  }
  if (layout.legend) {
    const rows = layout.legend.rows.flatMap((row) => [
      legendSwatch(row, u),
      ...lines(row.text, style.ink),
    ]);
    group('legend', 'Legend', [panel(layout.legend), ...rows]);
  }
  if (layout.scaleBar) {
    const { x, width, label } = layout.scaleBar;
    const bottom = layout.scaleBar.y + layout.scaleBar.height;
    const tick = 0.6 * u;
    const points: Point[] = [
      [x, bottom - tick],
      [x, bottom],
      [x + width, bottom],
      [x + width, bottom - tick],
    ];
    const bar = { type: 'path' as const, subpaths: [{ points, closed: false }], stroke: style.ink };
    const text = lines({ ...label, x: x + width / 2 }, style.ink, 'middle');
    group('scale-bar', `Scale: ${label.lines.join(' ')}`, [
      { ...bar, strokeWidth: 0.2 * u },
      ...text,
    ]);
  }
  if (layout.northArrow)
    group(
      'north-arrow',
      'North arrow',
      northArrow(layout.northArrow, u, style.ink, options.bearing ?? 0),
    );
  if (layout.callout) {
    const { leader, box, text } = layout.callout;
    const line = { type: 'path' as const, subpaths: [{ points: leader, closed: false }] };
    group('callout', text.lines.join(' '), [
      { ...line, stroke: style.ink, strokeWidth: 0.15 * u },
      rectPath(box.x, box.y, box.width, box.height, {
        fill: style.panel,
        stroke: style.ink,
        strokeWidth: 0.1 * u,
      }),
      ...lines(text, style.ink),
    ]);
  }
  group('credit', 'Credits', [panel(layout.creditBand), ...lines(layout.credit, style.muted)]);
  return groups;
}

function lines(block: TextBlock, fill: string, anchor: TextItem['anchor'] = 'start'): TextItem[] {
  return block.lines.map((text, i) => ({
    type: 'text',
    x: block.x,
    y: block.baselines[i] ?? block.y,
    text,
    size: block.fontSize,
    weight: block.weight,
    fill,
    anchor,
  }));
}

/**
 * The whole export as one scene: the map's layers, then the composition on top. Pass the
 * result to `sceneToSvg` or as `vector` to `buildPdf`.
 */
export function composeScene(
  map: VectorScene,
  layout: Layout,
  options: CompositionOptions = {},
): VectorScene {
  return { ...map, items: [...map.items, ...compositionItems(layout, options)] };
}
