import { describe, expect, it } from 'vitest';
import {
  excerptRanges,
  findMentions,
  mentionRanges,
  linkParagraph,
  pickLongest,
  placeTerms,
} from '../../src/story/mentions.ts';
import { story, storyFile } from './story-data.ts';

const terms = placeTerms(story.places);
const textOf = (text: string, m: { start: number; end: number }) => text.slice(m.start, m.end);

describe('findMentions', () => {
  it('finds each place the article names, from the story data', () => {
    const whole = storyFile.paragraphs.map((p) => p.text).join('\n');
    const ids = new Set(findMentions(whole, terms).flatMap((m) => m.ids));
    for (const id of ['kursk-region', 'sudzha', 'kyiv', 'moscow']) {
      expect(ids, id).toContain(id);
    }
    // "eastern Ukraine" names the two oblasts only as paragraph 4's mention (mentionRanges).
    expect(ids.has('donetsk-oblast')).toBe(false);
  });

  it('finds every "Kyiv" and "Moscow" of the article, including possessives', () => {
    const p9 = storyFile.paragraphs[8]!.text;
    const kyiv = findMentions(p9, terms).filter((m) => m.ids.includes('kyiv'));
    expect(kyiv.map((m) => textOf(p9, m))).toEqual(['Kyiv']); // "Kyiv's incursion"
    const p7 = storyFile.paragraphs[6]!.text;
    // "three ICRC workers in eastern Ukraine": the article does not say where, so no oblast.
    expect(findMentions(p7, terms).map((m) => textOf(p7, m))).toEqual(['Moscow']);
    const links = linkParagraph(p7, 7, story.places, terms).filter((s) => s.kind !== 'text');
    expect(links.map((s) => s.text)).not.toContain('eastern Ukraine');
  });

  it('makes no false hits inside other words', () => {
    const text = 'Kyivstar, Moscowitz and Sudzhansky district; Muscovites; crimean';
    expect(findMentions(text, terms)).toEqual([]);
  });

  it('resolves overlapping names to the longest', () => {
    const p2 = storyFile.paragraphs[1]!.text;
    const kursk = findMentions(p2, terms).filter((m) => m.ids.includes('kursk-region'));
    expect(kursk.map((m) => textOf(p2, m))).toEqual(["Russia's Kursk region"]);
  });

  it('maps a shared mention to every place it names, only in its paragraph', () => {
    const p4 = storyFile.paragraphs[3]!.text;
    const [m] = mentionRanges(p4, 4, story.places).filter(
      (r) => textOf(p4, r) === 'eastern Ukraine',
    );
    expect(m?.ids.sort()).toEqual(['donetsk-oblast', 'luhansk-oblast']);
    expect(findMentions('shelling in eastern Ukraine', terms)).toEqual([]);
  });

  it('matches the headline regardless of case ("Kursk Region")', () => {
    const title = storyFile.article.title;
    expect(findMentions(title, terms).map((m) => textOf(title, m))).toEqual([
      'Kyiv',
      "Russia's Kursk Region",
    ]);
  });
});

describe('pickLongest', () => {
  it('keeps the longest of overlapping ranges, in text order', () => {
    const ranges = [
      { start: 5, end: 10 },
      { start: 0, end: 12 },
      { start: 12, end: 14 },
      { start: 13, end: 20 },
    ];
    expect(pickLongest(ranges)).toEqual([
      { start: 0, end: 12 },
      { start: 13, end: 20 },
    ]);
  });
});

describe('linkParagraph', () => {
  it('rebuilds the paragraph exactly from its segments', () => {
    storyFile.paragraphs.forEach((p, i) => {
      const segments = linkParagraph(p.text, i + 1, story.places, terms);
      expect(segments.map((s) => s.text).join('')).toBe(p.text);
    });
  });

  it('links every excerpt, one link for an excerpt several places share', () => {
    const p4 = storyFile.paragraphs[3]!.text;
    const ranges = excerptRanges(p4, 4, story.places);
    const shared = ranges.find((r) => textOf(p4, r).startsWith("Russia's occupation"))!;
    // Only the oblasts its words name ("eastern Ukraine"), not Crimea or Kherson (issue 15).
    expect(shared.ids.sort()).toEqual(['donetsk-oblast', 'luhansk-oblast']);
    const segments = linkParagraph(p4, 4, story.places, terms);
    expect(segments.filter((s) => s.kind === 'excerpt').map((s) => s.text)).toEqual([
      'Since launching the cross-border incursion on Aug. 6',
      'authorities in Kyiv have sought to portray the offensive',
      'subsequent military presence in parts of the Kursk region',
      "Russia's occupation of eastern Ukraine — which Moscow claims to have annexed",
    ]);
  });

  it('links mentions outside excerpts', () => {
    const p1 = storyFile.paragraphs[0]!.text;
    const segments = linkParagraph(p1, 1, story.places, terms);
    const links = segments.filter((s) => s.kind !== 'text').map((s) => [s.kind, s.text]);
    expect(links).toEqual([
      ['excerpt', 'the Ukrainian-controlled town of Sudzha in the Kursk region'],
    ]);
    const p6 = storyFile.paragraphs[5]!.text;
    const p6links = linkParagraph(p6, 6, story.places, terms).filter((s) => s.kind !== 'text');
    expect(p6links.map((s) => [s.kind, s.text])).toEqual([
      ['excerpt', 'Moscow has denounced the offensive'],
    ]);
  });
});
