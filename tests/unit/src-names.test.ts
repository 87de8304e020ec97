/**
 * The code is a general tool: nothing under src/ (nor the page shell, index.html) names a story's
 * place ids, its places' names, its publisher or its article's title (issue 13). A story's words
 * live in its folder under stories/ and in what the build writes to data/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoryFeatureCollection, StoryFile } from '../../src/types.ts';

const ROOT = join(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(ts|svelte|css|html|js)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `term` as a whole word (not inside another word or id), any case. */
const wordPattern = (term: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(term)}(?![\\p{L}\\p{N}_-])`, 'iu');

const stories = readdirSync(join(ROOT, 'data/stories'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** What a story's data names: place ids, place names in every language, publisher, title. */
function namesOf(id: string): string[] {
  const read = <T>(file: string) =>
    JSON.parse(readFileSync(join(ROOT, 'data/stories', id, file), 'utf8')) as T;
  const file = read<StoryFile>('story.json');
  const features = read<StoryFeatureCollection>('features.geojson').features;
  return [
    id,
    file.article.publisher,
    file.article.title,
    ...features.flatMap((f) => [f.properties.id, f.properties.name, f.properties.name_uk]),
  ];
}

describe('src/ names no story', () => {
  const files = [...filesUnder('src'), join(ROOT, 'index.html')];

  it('finds the stories and the files to check', () => {
    expect(stories).toContain('kursk');
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(stories)('has none of the places, publisher or title of story "%s"', (id) => {
    const found: string[] = [];
    for (const term of new Set(namesOf(id))) {
      const pattern = wordPattern(term);
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const line = text.split('\n').findIndex((l) => pattern.test(l));
        if (line >= 0) found.push(`${file.slice(ROOT.length + 1)}:${line + 1} names "${term}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it('would notice a place id in the code', () => {
    expect(wordPattern('sudzha').test("const home = ['kursk-region', 'sudzha'];")).toBe(true);
    expect(wordPattern('kursk').test('`kursk-region`')).toBe(false);
  });
});
