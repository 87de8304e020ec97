/**
 * Text width without a canvas (the layout also runs in Node tests and workers): every glyph
 * counts as an average advance of 0.55 em (0.6 em bold), about right for Noto Sans in mixed
 * case. Layout leaves slack around text, so a few percent of error never clips a label.
 */
import type { Rect } from './scene.ts';

/** Average glyph advance of Noto Sans Regular, in em. */
export const GLYPH_EM = 0.55;
/** Average glyph advance of Noto Sans Bold, in em. */
export const GLYPH_EM_BOLD = 0.6;

/** Font weights the exporter uses. */
export type Weight = 'normal' | 'bold';

/**
 * Estimated advance width of `text` at `fontSize` pixels.
 *
 * @example estimateTextWidth('Kursk', 20) // 5 × 0.55 × 20 = 55
 */
export function estimateTextWidth(
  text: string,
  fontSize: number,
  weight: Weight = 'normal',
): number {
  return [...text].length * fontSize * (weight === 'bold' ? GLYPH_EM_BOLD : GLYPH_EM);
}

/**
 * Greedy word wrap to lines no wider than `maxWidth` (estimated). A word longer than a whole
 * line is broken between characters. Whitespace runs collapse to one space.
 *
 * @example wrapText('Kursk region incursion', 10, 70) // ['Kursk region', 'incursion']
 */
export function wrapText(
  text: string,
  fontSize: number,
  maxWidth: number,
  weight: Weight = 'normal',
): string[] {
  const perChar = fontSize * (weight === 'bold' ? GLYPH_EM_BOLD : GLYPH_EM);
  const maxChars = Math.max(1, Math.floor(maxWidth / perChar + 1e-9));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = [...word];
    const candidate = line ? `${line} ${word}` : word;
    if ([...candidate].length <= maxChars) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    while (rest.length > maxChars) {
      lines.push(rest.slice(0, maxChars).join(''));
      rest = rest.slice(maxChars);
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
 * Wraps `text` into a block whose top-left corner is `x`, `y`. Each baseline sits a little
 * below the middle of its line box, which centres cap height and descenders.
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
  const baselines = lines.map((_, i) => y + i * step + step / 2 + 0.35 * fontSize);
  const width = Math.max(0, ...lines.map((l) => estimateTextWidth(l, fontSize, weight)));
  return { x, y, width, height: lines.length * step, lines, baselines, fontSize, weight };
}

/** A text block moved by `dx`, `dy`. */
export function moveBlock(block: TextBlock, dx: number, dy: number): TextBlock {
  const baselines = block.baselines.map((b) => b + dy);
  return { ...block, x: block.x + dx, y: block.y + dy, baselines };
}
