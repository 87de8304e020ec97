/**
 * Where the composition goes on an export, in output pixels. Every size derives from one unit,
 * `u = max(min(width, height) / 100, 5 · dpi / 96)`: proportional to the frame, so A4 at
 * 300 DPI and a 1200 × 675 social card look alike, but never so small that text becomes
 * unreadable on a tiny custom size. Title top left, inset and north arrow top right, legend
 * bottom left, scale bar bottom right, credit band across the bottom.
 */
import { placeCallout, type Callout } from './callout.ts';
import { scaleBar, type ScaleBar } from './scale-bar.ts';
import type { Rect } from './scene.ts';
import { moveBlock, textBlock, type TextBlock } from './text-measure.ts';

/** How a legend swatch is drawn: area, line, dot or hatched area. */
export type SwatchKind = 'fill' | 'line' | 'point' | 'hatch';

/** One visible layer in the legend. */
export interface LegendEntry {
  label: string;
  swatch: SwatchKind;
  color: string;
}

/** A laid-out legend entry. */
export interface LegendRow {
  entry: LegendEntry;
  swatch: Rect;
  text: TextBlock;
}

/** The frame and the composition elements switched on in the export dialog. */
export interface LayoutRequest {
  width: number;
  height: number;
  dpi: number;
  title?: string;
  dateLine?: string;
  /** Visible layers; no legend when empty or omitted. */
  legend?: LegendEntry[];
  /** Map centre latitude and zoom (CSS pixels) for the scale bar. */
  scaleBar?: { lat: number; zoom: number };
  northArrow?: boolean;
  inset?: boolean;
  /**
   * Selected place: its position in output pixels, its label and the radius of its marker on
   * the map (output pixels; the leader starts at its edge).
   */
  callout?: { x: number; y: number; label: string; markerRadius?: number };
  /** Always drawn. */
  credit: string;
}

/** Positions and sizes of every element that is switched on, in output pixels. */
export interface Layout {
  unit: number;
  margin: number;
  /** Panel behind title and date line. */
  titlePanel?: Rect;
  title?: TextBlock;
  date?: TextBlock;
  legend?: Rect & { rows: LegendRow[] };
  scaleBar?: Rect & { bar: ScaleBar; label: TextBlock };
  northArrow?: Rect;
  inset?: Rect;
  callout?: Callout;
  /** Full-width band at the bottom and its wrapped text. */
  creditBand: Rect;
  credit: TextBlock;
}

/** The layout unit for a frame: see the module comment. */
export function layoutUnit(width: number, height: number, dpi: number): number {
  return Math.max(Math.min(width, height) / 100, (5 * dpi) / 96);
}

/** Lays out every element the request switches on. */
export function layoutComposition(req: LayoutRequest): Layout {
  const { width: w, height: h } = req;
  const u = layoutUnit(w, h, req.dpi);
  const m = 2 * u;
  const pad = 0.8 * u;
  const credit = textBlock(req.credit, m, 0, 1.4 * u, w - 2 * m);
  const bandHeight = credit.height + 1.2 * u;
  const creditBand = { x: 0, y: h - bandHeight, width: w, height: bandHeight };
  const layout: Layout = {
    unit: u,
    margin: m,
    creditBand,
    credit: moveBlock(credit, 0, creditBand.y + 0.6 * u),
  };

  const insetSize = Math.round(0.22 * Math.min(w, h));
  if (req.inset) layout.inset = { x: w - m - insetSize, y: m, width: insetSize, height: insetSize };
  if (req.northArrow) {
    const top = layout.inset ? m + insetSize + u : m;
    layout.northArrow = { x: w - m - 3 * u, y: top, width: 3 * u, height: 5 * u };
  }
  const rightColumn = layout.inset ? insetSize + m : layout.northArrow ? 3 * u + m : 0;

  if (req.title || req.dateLine) {
    const maxText = Math.max(10 * u, w - 2 * m - rightColumn - 2 * pad);
    let y = m + pad;
    if (req.title) {
      layout.title = textBlock(req.title, m + pad, y, 3.6 * u, maxText, 'bold', 1.15);
      y += layout.title.height + 0.3 * u;
    }
    if (req.dateLine) layout.date = textBlock(req.dateLine, m + pad, y, 1.6 * u, maxText);
    const inner = [layout.title, layout.date].filter((b): b is TextBlock => !!b);
    const bottom = Math.max(...inner.map((b) => b.y + b.height));
    const textWidth = Math.max(...inner.map((b) => b.width));
    layout.titlePanel = { x: m, y: m, width: textWidth + 2 * pad, height: bottom - m + pad };
  }

  if (req.legend && req.legend.length > 0) {
    layout.legend = layoutLegend(req.legend, u, m, creditBand.y - m, 0.45 * w);
  }

  if (req.scaleBar) {
    const bar = scaleBar(
      req.scaleBar.lat,
      req.scaleBar.zoom,
      req.dpi / 96,
      Math.min(0.3 * w, 25 * u),
    );
    const label = textBlock(bar.label, 0, 0, 1.4 * u, Infinity);
    const height = label.height + 0.9 * u;
    const x = w - m - bar.widthPx;
    let y = creditBand.y - m - height;
    const legend = layout.legend;
    // A wide legend reaching under the scale bar pushes the bar up above it.
    if (legend && legend.x + legend.width + m > x) y = Math.min(y, legend.y - m - height);
    layout.scaleBar = { x, y, width: bar.widthPx, height, bar, label: moveBlock(label, x, y) };
  }

  if (req.callout) {
    const taken = [
      layout.titlePanel,
      layout.legend,
      layout.scaleBar,
      layout.inset,
      layout.northArrow,
    ];
    const area = { x: 0, y: 0, width: w, height: creditBand.y };
    const placed = placeCallout(
      req.callout,
      u,
      area,
      taken.filter((r): r is Rect => !!r),
    );
    if (placed) layout.callout = placed;
  }
  return layout;
}

/**
 * A legend box whose bottom-left corner is at `left`, `bottom`, sized to its content: one row
 * per entry with a swatch and a label wrapped to fit `maxWidth`.
 */
export function layoutLegend(
  entries: LegendEntry[],
  u: number,
  left: number,
  bottom: number,
  maxWidth: number,
): Rect & { rows: LegendRow[] } {
  const pad = 0.8 * u;
  const swatch = { width: 2.4 * u, height: 1.4 * u };
  const labelX = pad + swatch.width + u;
  const labelMax = Math.max(8 * u, maxWidth - labelX - pad);
  let y = pad;
  const rows = entries.map((entry) => {
    const text = textBlock(entry.label, labelX, y, 1.5 * u, labelMax);
    const rowHeight = Math.max(2.2 * u, text.height);
    const row = {
      entry,
      swatch: { x: pad, y: y + (rowHeight - swatch.height) / 2, ...swatch },
      text: moveBlock(text, 0, (rowHeight - text.height) / 2),
    };
    y += rowHeight;
    return row;
  });
  const width = labelX + Math.max(...rows.map((r) => r.text.width)) + pad;
  const height = y + pad;
  const top = bottom - height;
  return {
    x: left,
    y: top,
    width,
    height,
    rows: rows.map((r) => ({
      entry: r.entry,
      swatch: { ...r.swatch, x: r.swatch.x + left, y: r.swatch.y + top },
      text: moveBlock(r.text, left, top),
    })),
  };
}
