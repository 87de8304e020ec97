/**
 * Parse the source article (a small Markdown-like text: `# title`, a date line, paragraphs, and
 * an "Original url:" footer when the article is online) into metadata and ordered paragraphs.
 * The first block is a photo caption when it ends with its bold credit. Nothing is retyped.
 */
import type { Paragraph } from '../../src/types.ts';

export interface ParsedArticle {
  title: string;
  /** ISO date, e.g. "2024-09-16". */
  date: string;
  url: string;
  /** Bold credit at the end of the caption, e.g. "Yan Dobronosov / AFP". */
  photoCredit: string;
  /** Italic closing line, e.g. "AFP contributed reporting.". */
  credit: string;
  /** Title of the "Related article:" link box, which is not part of the story. */
  related: string | null;
  /** The author line ("By Jane Roe"), only when the source has one: nothing is invented. */
  byline: string | null;
  paragraphs: Paragraph[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export class ArticleParseError extends Error {
  override name = 'ArticleParseError';
}

/** "September 16, 2024" -> "2024-09-16"; null when the line is not such a date. */
export function parseLongDate(line: string): string | null {
  const m = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(line.trim());
  const month = m ? MONTHS.indexOf(m[1] as string) + 1 : 0;
  if (!m || month === 0) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${(m[2] as string).padStart(2, '0')}`;
}

/** Markdown links `[text](href)` become their text. */
export function stripLinks(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

function blocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s*\n\s*/g, ' ').trim())
    .filter((b) => b.length > 0);
}

/**
 * @example parseArticle(text).paragraphs[0] // { text: 'A destroyed Russian tank …', role: 'caption' }
 */
export function parseArticle(text: string): ParsedArticle {
  const all = blocks(text);
  const titleBlock = all.find((b) => b.startsWith('# '));
  const dateIndex = all.findIndex((b) => parseLongDate(b) !== null);
  const footer = all.findIndex((b) => /^Original url:$/i.test(b));
  const urlIndex = footer < 0 ? all.length : footer;
  const urlBlock = all[urlIndex + 1];
  if (!titleBlock || dateIndex < 0 || (footer >= 0 && !urlBlock)) {
    throw new ArticleParseError(
      'article needs a "# title" and a date line (and an address after "Original url:")',
    );
  }
  const url = urlBlock ? urlBlock.replace(/^<|>$/g, '') : '';
  let photoCredit = '';
  let credit = '';
  let related: string | null = null;
  let byline: string | null = null;
  const paragraphs: Paragraph[] = [];
  for (const block of all.slice(dateIndex + 1, urlIndex)) {
    const relatedMatch = /^\*\*Related article:\*\*\s*(.*)$/.exec(block);
    const creditMatch = /^\*([^*]+)\*$/.exec(block);
    const bylineMatch = /^\**By (\p{Lu}[^*]*?)\**$/u.exec(block);
    if (bylineMatch && paragraphs.length === 0 && byline === null) {
      byline = (bylineMatch[1] as string).trim();
    } else if (relatedMatch) {
      related = stripLinks(relatedMatch[1] as string).trim();
    } else if (paragraphs.length === 0 && /^(.*?)\s*\*\*([^*]+)\*\*$/.test(block)) {
      const captionMatch = /^(.*?)\s*\*\*([^*]+)\*\*$/.exec(block) as RegExpExecArray;
      photoCredit = (captionMatch[2] as string).trim();
      const caption = captionMatch[1] as string;
      paragraphs.push({ text: stripLinks(caption.replace(/\*\*/g, '')).trim(), role: 'caption' });
    } else if (creditMatch) {
      credit = (creditMatch[1] as string).trim();
      paragraphs.push({ text: credit, role: 'credit' });
    } else {
      paragraphs.push({ text: stripLinks(block).replace(/\*\*/g, ''), role: 'body' });
    }
  }
  return {
    title: titleBlock.slice(2).trim(),
    date: parseLongDate(all[dateIndex] as string) as string,
    url,
    photoCredit,
    credit,
    related,
    byline,
    paragraphs,
  };
}
