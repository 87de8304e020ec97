/**
 * A renderer-independent vector scene: what an export draws, in output pixels with the origin
 * at the top left and y pointing down (the canvas and SVG convention). `svg.ts` and
 * `pdf-content.ts` both render it, so the SVG and the PDF of one export show the same shapes.
 */

/** `[x, y]` in output pixels. */
export type Point = [number, number];

/** An axis-aligned rectangle in output pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One ring or polyline. Closed subpaths are rings of a polygon (first point not repeated). */
export interface SubPath {
  points: Point[];
  closed: boolean;
}

/** Parallel lines filling a shape, e.g. for claimed territory. */
export interface Hatch {
  color: string;
  /** Line width in output pixels. */
  width: number;
  /** Distance between lines in output pixels. */
  spacing: number;
  /** Direction of the lines in degrees, clockwise from the x axis (y points down). */
  angle: number;
  /**
   * A point the centre of one line passes through, so the lines line up with another renderer's
   * (MapLibre anchors its fill patterns to the world); renderers may ignore it.
   */
  origin?: Point;
}

interface Paint {
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  /** Multiplies the alpha of fill and stroke. */
  opacity?: number;
}

/** Polygons (even-odd fill, so holes need no particular winding) and polylines. */
export interface PathItem extends Paint {
  type: 'path';
  subpaths: SubPath[];
  /** Dash and gap lengths in output pixels. */
  dash?: number[];
  hatch?: Hatch;
}

/** A circle, e.g. a town dot; `r` in output pixels. */
export interface CircleItem extends Paint {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
}

/** Which end of the text `x` refers to, as SVG `text-anchor`. */
export type TextAnchor = 'start' | 'middle' | 'end';

/** One line of text; `y` is the baseline. */
export interface TextItem {
  type: 'text';
  x: number;
  y: number;
  text: string;
  /** Font size in output pixels. */
  size: number;
  weight?: 'normal' | 'bold';
  fill: string;
  /** Outline drawn under the glyphs so labels stay readable on any background. */
  halo?: { color: string; width: number };
  anchor?: TextAnchor;
  /** Extra space after each character in output pixels (MapLibre's `text-letter-spacing`). */
  letterSpacing?: number;
}

/** A named layer, e.g. `layer-kursk-region`; `label` is its accessible name. */
export interface GroupItem {
  type: 'group';
  id: string;
  label?: string;
  items: SceneItem[];
}

/** Anything a scene draws. */
export type SceneItem = PathItem | CircleItem | TextItem | GroupItem;

/** A whole picture: size in output pixels, background and items in drawing order. */
export interface VectorScene {
  width: number;
  height: number;
  /** Colour filling the whole frame first; omit for a transparent background. */
  background?: string;
  /** Document title (SVG `<title>`). */
  title?: string;
  items: SceneItem[];
}

/** An sRGB colour with channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, string> = { black: '#000000', white: '#ffffff' };

/**
 * Parses the colour forms the export styles use: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`,
 * `rgb(r, g, b)`, `rgba(r, g, b, a)`, `black`, `white`. `none` and `transparent` give `null`.
 *
 * @example parseColor('#f80') // { r: 255, g: 136, b: 0, a: 1 }
 * @throws Error for any other string, so a typo in a style fails loudly in tests.
 */
export function parseColor(input: string): Rgba | null {
  const value = input.trim().toLowerCase();
  if (value === 'none' || value === 'transparent') return null;
  const hex = NAMED[value] ?? value;
  let m = /^#([0-9a-f]{3,4})$/.exec(hex);
  if (m?.[1]) {
    const full = [...m[1]].map((c) => c + c).join('');
    return fromHex(full);
  }
  m = /^#([0-9a-f]{6}|[0-9a-f]{8})$/.exec(hex);
  if (m?.[1]) return fromHex(m[1]);
  m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(value);
  if (m) {
    const [r, g, b] = [m[1], m[2], m[3]].map((c) => Math.min(255, Number(c)));
    return {
      r: r ?? 0,
      g: g ?? 0,
      b: b ?? 0,
      a: m[4] === undefined ? 1 : Math.min(1, Number(m[4])),
    };
  }
  throw new Error(`Unsupported colour: "${input}"`);
}

function fromHex(hex: string): Rgba {
  const byte = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return { r: byte(0), g: byte(2), b: byte(4), a: hex.length === 8 ? byte(6) / 255 : 1 };
}

/** A closed rectangle path, for boxes, swatches and bars. */
export function rectPath(
  x: number,
  y: number,
  width: number,
  height: number,
  paint: Paint = {},
): PathItem {
  const points: Point[] = [
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
  ];
  return { type: 'path', subpaths: [{ points, closed: true }], ...paint };
}

/**
 * Line segments at `angle` degrees, `spacing` apart, covering the box `[minX, minY, maxX, maxY]`;
 * clip them to a shape to hatch it. Renderers without pattern fills (the PDF writer) use this.
 */
export function hatchLines(box: [number, number, number, number], hatch: Hatch): [Point, Point][] {
  const [minX, minY, maxX, maxY] = box;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const r = Math.hypot(maxX - minX, maxY - minY) / 2;
  const a = (hatch.angle * Math.PI) / 180;
  const [dx, dy] = [Math.cos(a), Math.sin(a)];
  const lines: [Point, Point][] = [];
  const n = Math.ceil(r / hatch.spacing);
  for (let i = -n; i <= n; i++) {
    const ox = cx - dy * i * hatch.spacing;
    const oy = cy + dx * i * hatch.spacing;
    lines.push([
      [ox - dx * r, oy - dy * r],
      [ox + dx * r, oy + dy * r],
    ]);
  }
  return lines;
}

/** Bounding box `[minX, minY, maxX, maxY]` of subpaths, or `null` when they have no points. */
export function subpathBounds(subpaths: SubPath[]): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  for (const { points } of subpaths) {
    for (const [x, y] of points) {
      if (!box) box = [x, y, x, y];
      else
        box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
    }
  }
  return box;
}
