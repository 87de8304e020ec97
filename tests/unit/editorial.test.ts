/**
 * Say exactly what the article says (issue 15): paragraph numbers as the article has them (the
 * photo caption apart), only the byline the source gives, nested quotes, and a map summary that
 * counts what the text names. Checked against the source text, split here independently of the
 * build's parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../geo-build/lib/article.ts';
import { namedPlaces } from '../../src/story/named.ts';
import { paragraphLabel } from '../../src/story/paragraphs.ts';
import { nestQuotes } from '../../src/story/quotes.ts';
import { story, storyFile } from './story-data.ts';

const SHARED = '/work/shared/sources/000_7f00176d475ed46e.txt';
const SOURCE = readFileSync(existsSync(SHARED) ? SHARED : 'stories/kursk/article.txt', 'utf8');

/** The source's blocks between the date line and "Original url:", Markdown links as their text. */
function sourceBlocks(): string[] {
  const blocks = SOURCE.split(/\n\s*\n/)
    .map((b) => b.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean);
  const from = blocks.findIndex((b) => /^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(b)) + 1;
  const to = blocks.indexOf('Original url:');
  return blocks.slice(from, to).map((b) => b.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
}

/** The article's numbered paragraphs: not the photo caption (first), the related-article box or the italic credit. */
function sourceBodyParagraphs(): string[] {
  const [, ...rest] = sourceBlocks();
  return rest.filter((b) => !b.startsWith('**Related article:**') && !/^\*[^*]+\*$/.test(b));
}

describe('paragraph numbers', () => {
  it('number the body as the article does, the photo caption apart', () => {
    const body = sourceBodyParagraphs();
    expect(body).toHaveLength(8);
    const labels = storyFile.paragraphs.map((_, i) => paragraphLabel(storyFile.paragraphs, i + 1));
    expect(labels[0]).toEqual({ kind: 'caption' });
    expect(labels.at(-1)).toEqual({ kind: 'credit' });
    const numbered = labels.flatMap((l, i) => (l?.kind === 'body' ? [[l.number, i] as const] : []));
    expect(numbered.map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const [n, i] of numbered) expect(storyFile.paragraphs[i]?.text).toBe(body[n - 1]);
  });

  it('name, for every excerpt, the source paragraph its words are in', () => {
    const body = sourceBodyParagraphs();
    const caption = sourceBlocks()[0] ?? '';
    let checked = 0;
    for (const [id, excerpts] of Object.entries(storyFile.excerpts)) {
      for (const e of excerpts) {
        const label = paragraphLabel(storyFile.paragraphs, e.paragraph);
        const where = label?.kind === 'body' ? body[label.number - 1] : caption;
        expect(label?.kind, id).not.toBe('credit');
        expect(where, `${id}: "${e.text}"`).toContain(e.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    // The example: "a counteroffensive in the Kursk region" is the article's paragraph 8.
    const counter = storyFile.excerpts['kursk-region']?.find((e) =>
      e.text.includes('a counteroffensive'),
    );
    expect(paragraphLabel(storyFile.paragraphs, counter?.paragraph ?? 0)).toEqual({
      kind: 'body',
      number: 8,
    });
  });

  it('is null for a block that does not exist', () => {
    expect(paragraphLabel(storyFile.paragraphs, 0)).toBeNull();
    expect(paragraphLabel(storyFile.paragraphs, storyFile.paragraphs.length + 1)).toBeNull();
  });
});

describe('byline', () => {
  it('is only one the source prints', () => {
    const byline = storyFile.article.byline;
    if (byline !== undefined) expect(SOURCE).toContain(`By ${byline}`);
    // This source has no author line, so the story has no byline at all.
    expect(SOURCE).not.toMatch(/^\**By /m);
    expect(byline).toBeUndefined();
    expect(JSON.stringify(storyFile)).not.toContain('By The Moscow Times');
  });

  it('is read from a source that has one', () => {
    const text = [
      '# Title',
      'January 2, 2023',
      'By Jane Roe',
      'A caption. **Photo / Agency**',
      'Body.',
      'Original url:',
      '<https://example.com/a>',
    ].join('\n\n');
    const parsed = parseArticle(text);
    expect(parsed.byline).toBe('Jane Roe');
    expect(parsed.paragraphs.map((p) => p.role)).toEqual(['caption', 'body']);
    expect(parseArticle(SOURCE).byline).toBeNull();
  });
});

describe('nested quotes', () => {
  it('turn the article’s own double quotes single inside the panel’s quotation marks', () => {
    const text = storyFile.paragraphs.find((p) => p.text.startsWith('"I instructed'))?.text ?? '';
    expect(text).not.toBe('');
    const [out = ''] = nestQuotes([text]);
    expect(out).toHaveLength(text.length);
    expect(out.startsWith('‘I instructed')).toBe(true);
    expect(out).toContain('Kursk region,’ Ukrainian Foreign Minister');
    expect(out).toContain('media. ‘Ukraine is ready');
    expect(out.endsWith('law.’')).toBe(true);
    expect(out).not.toContain('"');
    // Apostrophes are left as the article prints them.
    expect(nestQuotes(["Russia's"])).toEqual(["Russia's"]);
  });

  it('decides opening and closing across the parts of one quote', () => {
    expect(nestQuotes(['he said: ', '"yes', '" and left'])).toEqual([
      'he said: ',
      '‘yes',
      '’ and left',
    ]);
    expect(nestQuotes(['“a” (“b”)'])).toEqual(['‘a’ (‘b’)']);
  });
});

describe('the map summary', () => {
  it('counts the places the text names, apart from those it only refers to', () => {
    const { named, referred } = namedPlaces(story);
    expect(named.map((f) => f.properties.id).sort()).toEqual(
      ['kursk-region', 'kyiv', 'moscow', 'sudzha'].sort(),
    );
    expect(named.length + referred.length).toBe(story.places.length);
    const text = [storyFile.article.title, ...storyFile.paragraphs.map((p) => p.text)].join('\n');
    // Independently: none of the referred places' own names is in the text.
    for (const f of referred) {
      expect(text, f.properties.id).not.toContain(f.properties.name);
      expect(text, f.properties.id).not.toMatch(
        new RegExp(`\\b${f.properties.name.split(' ')[0]}\\b`),
      );
    }
  });
});
