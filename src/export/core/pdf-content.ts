/**
 * {@link VectorScene} to PDF content-stream operators (PDF 32000-1 §8 and §9), drawn into a
 * page of `widthPt` × `heightPt`. One transform maps scene pixels (y down) onto the page
 * (y up); text gets an upright text matrix inside it. Fills use the even-odd rule as in SVG.
 * Each top-level group is marked as an optional content group (§8.11, "PDF layers"), so a
 * designer can switch layers on and off in Acrobat or Illustrator.
 */
import type { Weight } from './font-faces.ts';
import {
  hatchLines,
  parseColor,
  subpathBounds,
  type CircleItem,
  type PathItem,
  type SceneItem,
  type SubPath,
  type TextItem,
  type VectorScene,
} from './scene.ts';

/** Bézier control distance for a quarter circle: 4/3 · (√2 − 1). */
const KAPPA = 0.5522847498;

/** Draws text with embedded fonts (`pdf-text.ts`); content streams stay font-agnostic. */
export interface PdfTextWriter {
  /**
   * Operators (`Tf` and `Tj`, font switches included) showing `text` from the current text
   * position, and its advance width in the units of `size`.
   */
  show(text: string, weight: Weight, size: number): { ops: string; width: number };
}

/** A top-level group of the scene, marked as an optional content group. */
export interface PdfLayer {
  /** Resource name in the page's `/Properties`, e.g. `L1`. */
  tag: string;
  /** Name shown in a viewer's layer panel. */
  name: string;
}

/** Content-stream operators plus the resources they name. */
export interface PdfContent {
  ops: string;
  /** ExtGState resources by name (`GS1`, …): constant fill and stroke alpha. */
  alphas: Map<string, { fill: number; stroke: number }>;
  /** Optional content groups, in drawing order. */
  layers: PdfLayer[];
}

/** A number for a content stream: at most `decimals` decimals, never exponent notation. */
export function pdfNumber(n: number, decimals = 3): string {
  const fixed = n.toFixed(decimals);
  const s = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return s === '-0' ? '0' : s;
}

/** Operators drawing `scene` over a whole page of `widthPt` × `heightPt`. */
export function sceneToPdfContent(
  scene: VectorScene,
  widthPt: number,
  heightPt: number,
  writer: PdfTextWriter,
): PdfContent {
  const content: PdfContent = { ops: '', alphas: new Map(), layers: [] };
  const out: string[] = [];
  const n = pdfNumber;
  const alphaState = (fill: number, stroke: number): string => {
    if (fill >= 1 && stroke >= 1) return '';
    for (const [name, a] of content.alphas)
      if (a.fill === fill && a.stroke === stroke) return `/${name} gs`;
    const name = `GS${content.alphas.size + 1}`;
    content.alphas.set(name, { fill, stroke });
    return `/${name} gs`;
  };
  const paint = (item: PathItem | CircleItem, path: string): string => {
    const fill = item.fill ? parseColor(item.fill) : null;
    const stroke = item.stroke ? parseColor(item.stroke) : null;
    if (!fill && !stroke) return '';
    const opacity = item.opacity ?? 1;
    const ops = [alphaState((fill?.a ?? 1) * opacity, (stroke?.a ?? 1) * opacity)];
    if (fill) ops.push(`${rgb(fill)} rg`);
    if (stroke) {
      ops.push(`${rgb(stroke)} RG ${n(item.strokeWidth ?? 1)} w 1 J 1 j`);
      const dash = item.type === 'path' ? item.dash : undefined;
      if (dash?.length) ops.push(`[${dash.map((v) => n(v)).join(' ')}] 0 d`);
    }
    ops.push(path, fill && stroke ? 'B*' : fill ? 'f*' : 'S');
    return wrap(...ops);
  };
  const text = (item: TextItem): string => {
    const { ops: glyphs, width } = writer.show(item.text, item.weight ?? 'normal', item.size);
    if (!glyphs) return '';
    const shift = item.anchor === 'middle' ? width / 2 : item.anchor === 'end' ? width : 0;
    const show = `BT 1 0 0 -1 ${n(item.x - shift)} ${n(item.y)} Tm ${glyphs} ET`;
    const fill = parseColor(item.fill);
    const parts: string[] = [];
    const halo = item.halo ? parseColor(item.halo.color) : null;
    if (item.halo && halo) {
      // The halo's glyphs have an empty /ActualText (§14.9.4), so copying and text extraction
      // read each label once.
      const gs = alphaState(1, halo.a);
      const stroke = wrap(gs, `${rgb(halo)} RG ${n(item.halo.width * 2)} w 1 j 1 J 1 Tr`, show);
      parts.push(`/Span << /ActualText <FEFF> >> BDC ${stroke} EMC`);
    }
    if (fill) parts.push(wrap(alphaState(fill.a, 1), `${rgb(fill)} rg 0 Tr`, show));
    return parts.join('\n');
  };
  const render = (item: SceneItem): void => {
    if (item.type === 'group') item.items.forEach(render);
    else if (item.type === 'text') out.push(text(item));
    else if (item.type === 'circle') out.push(paint(item, circlePath(item)));
    else {
      const path = subpathOps(item.subpaths);
      if (!path) return;
      if (!item.hatch) {
        out.push(paint(item, path));
        return;
      }
      out.push(paint({ ...item, stroke: undefined }, path));
      const box = subpathBounds(item.subpaths);
      const colour = parseColor(item.hatch.color);
      if (box && colour) {
        const lines = hatchLines(box, item.hatch).map(
          ([a, b]) => `${n(a[0])} ${n(a[1])} m ${n(b[0])} ${n(b[1])} l`,
        );
        const gs = alphaState(1, colour.a * (item.opacity ?? 1));
        out.push(
          wrap(
            `${path} W* n`,
            gs,
            `${rgb(colour)} RG ${n(item.hatch.width)} w`,
            lines.join(' '),
            'S',
          ),
        );
      }
      out.push(paint({ ...item, fill: undefined }, path));
    }
  };
  if (scene.background && parseColor(scene.background)) {
    const rect = `0 0 ${n(scene.width)} ${n(scene.height)} re`;
    out.push(paint({ type: 'path', subpaths: [], fill: scene.background }, rect));
  }
  for (const item of scene.items) {
    if (item.type !== 'group') {
      render(item);
      continue;
    }
    const tag = `L${content.layers.length + 1}`;
    content.layers.push({ tag, name: item.label ?? item.id });
    out.push(`/OC /${tag} BDC`);
    render(item);
    out.push('EMC');
  }
  const sx = widthPt / scene.width;
  const sy = heightPt / scene.height;
  const body = out.filter(Boolean).join('\n');
  content.ops = `q ${n(sx, 6)} 0 0 ${n(-sy, 6)} 0 ${n(heightPt)} cm\n${body}\nQ\n`;
  return content;
}

/** Operators inside `q … Q`, skipping empty ones. */
function wrap(...ops: string[]): string {
  return `q ${ops.filter(Boolean).join(' ')} Q`;
}

function rgb(c: { r: number; g: number; b: number }): string {
  return [c.r, c.g, c.b].map((v) => pdfNumber(v / 255)).join(' ');
}

function subpathOps(subpaths: SubPath[]): string {
  const n = pdfNumber;
  return subpaths
    .filter((s) => s.points.length > 0)
    .map((s) => {
      const ops = s.points.map(([x, y], i) => `${n(x)} ${n(y)} ${i === 0 ? 'm' : 'l'}`);
      return ops.join(' ') + (s.closed ? ' h' : '');
    })
    .join(' ');
}

/** A circle as four cubic Béziers. */
export function circlePath({ cx, cy, r }: CircleItem): string {
  const n = pdfNumber;
  const k = KAPPA * r;
  const curve = (...p: number[]) => `${p.map((v) => n(v)).join(' ')} c`;
  return [
    `${n(cx + r)} ${n(cy)} m`,
    curve(cx + r, cy + k, cx + k, cy + r, cx, cy + r),
    curve(cx - k, cy + r, cx - r, cy + k, cx - r, cy),
    curve(cx - r, cy - k, cx - k, cy - r, cx, cy - r),
    curve(cx + k, cy - r, cx + r, cy - k, cx + r, cy),
    'h',
  ].join(' ');
}
