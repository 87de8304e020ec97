/**
 * Text width with the real metrics of the bundled Noto Sans (`font-metrics.ts`, generated from
 * the same WOFF files the page and the PDF use), so the layout runs in Node tests, workers and
 * the browser alike without a canvas. Advances only: kerning and ligatures are left out, as the
 * PDF writer draws them (a few hundredths of an em on a pair at most).
 */
import type { Weight } from './font-faces.ts';
import { FONT_METRICS } from './font-metrics.ts';
import type { Rect } from './scene.ts';

export type { Weight } from './font-faces.ts';

function decode(table: string): Map<number, number> {
  const map = new Map<number, number>();
  for (const pair of table.split(' ')) {
    const [cp, adv] = pair.split(':');
    map.set(parseInt(cp ?? '', 36), parseInt(adv ?? '', 36));
  }
  return map;
}

const ADVANCES: Record<Weight, Map<number, number>> = {
  normal: decode(FONT_METRICS.normal),
  bold: decode(FONT_METRICS.bold),
};

/**
 * Advance width of `text` at `fontSize` pixels, in pixels.
 *
 * @example textWidth('Harbour', 20) // 79.32 (Noto Sans Regular)
 */
export function textWidth(text: string, fontSize: number, weight: Weight = 'normal'): number {
  const table = ADVANCES[weight];
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    // Tabs and line breaks are drawn as spaces.
    units += table.get(cp < 0x20 ? 0x20 : cp) ?? FONT_METRICS.missing;
  }
  return (units * fontSize) / FONT_METRICS.unitsPerEm;
}

/** The same as {@link textWidth}; kept under the name the layout code already uses. */
export const estimateTextWidth = textWidth;

/**
 * Greedy word wrap to lines no wider than `maxWidth`. A word longer than a whole line is
 * broken between characters. Whitespace runs collapse to one space.
 *
 * @example wrapText('Harbour district news', 10, 70) // ['Harbour', 'district news']
 */
export function wrapText(
  text: string,
  fontSize: number,
  maxWidth: number,
  weight: Weight = 'normal',
): string[] {
  const fits = (s: string) => textWidth(s, fontSize, weight) <= maxWidth + 1e-9;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = [...word];
    while (rest.length > 1 && !fits(rest.join(''))) {
      let n = 1;
      while (n < rest.length && fits(rest.slice(0, n + 1).join(''))) n++;
      lines.push(rest.slice(0, n).join(''));
      rest = rest.slice(n);
    }
    line = rest.join('');
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of text with their box (top-left `x`, `y`) and one baseline per line. */
export interface TextBlock extends Rect {
  lines: string[];
  baselines: number[];
  fontSize: number;
  weight: Weight;
}

/**
 * Wraps `text` into a block whose top-left corner is `x`, `y`. Each baseline centres the
 * font's ascent and descent (1.069 and 0.293 em) in its line box.
 */
export function textBlock(
  text: string,
  x: number,
  y: number,
  fontSize: number,
  maxWidth: number,
  weight: Weight = 'normal',
  lineHeight = 1.3,
): TextBlock {
  const lines = wrapText(text, fontSize, maxWidth, weight);
  const step = fontSize * lineHeight;
  const { ascent, descent, unitsPerEm } = FONT_METRICS;
  const centre = ((ascent + descent) / 2 / unitsPerEm) * fontSize;
  const baselines = lines.map((_, i) => y + i * step + step / 2 + centre);
  const width = Math.max(0, ...lines.map((l) => textWidth(l, fontSize, weight)));
  return { x, y, width, height: lines.length * step, lines, baselines, fontSize, weight };
}

/** A text block moved by `dx`, `dy`. */
export function moveBlock(block: TextBlock, dx: number, dy: number): TextBlock {
  const baselines = block.baselines.map((b) => b + dy);
  return { ...block, x: block.x + dx, y: block.y + dy, baselines };
}
