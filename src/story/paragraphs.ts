/**
 * The article's own paragraph numbers. `story.json` keeps every block of the source in order,
 * photo caption first, and excerpts name a block by its position there (1-based). The article
 * numbers only its body: the caption and the closing credit line stand apart (issue 15).
 * Plain TypeScript, tested in Node.
 */
import type { Paragraph } from '../types.ts';

export type ParagraphLabel =
  { kind: 'body'; number: number } | { kind: 'caption' } | { kind: 'credit' };

/**
 * What block `position` (1-based) of `paragraphs` is called in the article; null when there is
 * no such block.
 * @example paragraphLabel(story.file.paragraphs, 9) // { kind: 'body', number: 8 }
 */
export function paragraphLabel(
  paragraphs: readonly Paragraph[],
  position: number,
): ParagraphLabel | null {
  const block = paragraphs[position - 1];
  if (!block) return null;
  if (block.role !== 'body') return { kind: block.role };
  const number = paragraphs.slice(0, position).filter((p) => p.role === 'body').length;
  return { kind: 'body', number };
}
