/**
 * Reads an article for `npm run story:new`: plain text or Markdown, as a newsroom exports it.
 * Returns the title, the date when a line gives one, and the paragraphs split into sentences,
 * each kept verbatim (Markdown emphasis and link targets removed, the words untouched), so the
 * candidate excerpts drafted from them are quotations.
 */
import { parseLongDate, stripLinks } from '../article.ts';

export interface SourceParagraph {
  /** 1-based, in the order of the article's paragraphs (headings and the date line apart). */
  number: number;
  text: string;
  sentences: string[];
}

export interface ArticleSource {
  title: string;
  /** ISO date ("2024-09-16") from a "September 16, 2024" or "2024-09-16" line, else null. */
  date: string | null;
  /** An "Original url:" or "URL:" line's address, else null. */
  url: string | null;
  paragraphs: SourceParagraph[];
}

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/** `**bold**`, `*italic*`, `_italic_` and `[text](href)` become their text. */
export function plainText(markdown: string): string {
  return stripLinks(markdown)
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^\p{L}\d])[*_]([^*_]+)[*_](?=$|[^\p{L}\d])/gu, '$1$2')
    .trim();
}

/** The sentences of a paragraph, verbatim and trimmed. */
export function sentencesOf(text: string): string[] {
  return [...SEGMENTER.segment(text)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
}

function isoDate(line: string): string | null {
  const long = parseLongDate(line);
  if (long) return long;
  return /^\d{4}-\d{2}-\d{2}$/.test(line.trim()) ? line.trim() : null;
}

/**
 * @example readArticleSource('# Title\n\nSeptember 16, 2024\n\nKyiv said. Moscow said.')
 * // { title: 'Title', date: '2024-09-16', url: null,
 * //   paragraphs: [{ number: 1, text: 'Kyiv said. Moscow said.', sentences: ['Kyiv said.', 'Moscow said.'] }] }
 */
export function readArticleSource(text: string): ArticleSource {
  const blocks = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s*\n\s*/g, ' ').trim())
    .filter((b) => b.length > 0);
  let title = '';
  let date: string | null = null;
  let url: string | null = null;
  const paragraphs: SourceParagraph[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as string;
    const heading = /^#{1,6}\s+(.*)$/.exec(block);
    if (heading) {
      if (!title) title = plainText(heading[1] as string);
      continue;
    }
    if (date === null && isoDate(block) !== null) {
      date = isoDate(block);
      continue;
    }
    const urlLine = /^(?:original url|url):\s*(\S*)$/i.exec(block);
    if (urlLine) {
      url = (urlLine[1] || blocks[++i] || '').replace(/^<|>$/g, '') || null;
      continue;
    }
    // A "Related article:" box links another story; it is not this article's text.
    if (/^\W*related(?: article)?:/i.test(block)) continue;
    const body = plainText(block);
    if (!body) continue;
    paragraphs.push({ number: paragraphs.length + 1, text: body, sentences: sentencesOf(body) });
  }
  if (!title) {
    // A plain-text article: its first line is the title.
    const first = paragraphs.shift();
    if (!first) throw new Error('the article has no text');
    title = first.text;
    paragraphs.forEach((p, i) => (p.number = i + 1));
  }
  return { title, date, url, paragraphs };
}
