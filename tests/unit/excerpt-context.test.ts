import { describe, expect, it } from 'vitest';
import { excerptInContext, sentenceStarts } from '../../src/story/excerpt-context.ts';
import { story, storyFile } from './story-data.ts';

describe('excerptInContext', () => {
  it('marks the excerpt inside its sentence', () => {
    expect(excerptInContext('One. Two three. Four.', 'three')).toEqual({
      before: 'Two ',
      text: 'three',
      after: '.',
    });
  });

  it('does not end a sentence at "Aug." (the article says "on Aug. 6")', () => {
    const p4 = storyFile.paragraphs[3]!.text;
    expect(sentenceStarts(p4)).toEqual([0]);
    const ctx = excerptInContext(p4, 'authorities in Kyiv');
    expect(ctx?.before).toBe('Since launching the cross-border incursion on Aug. 6, ');
    expect(ctx?.after).toMatch(/which Moscow claims to have annexed\.$/);
  });

  it('keeps to one sentence of a two-sentence paragraph', () => {
    const p7 = storyFile.paragraphs[6]!.text;
    const ctx = excerptInContext(p7, 'arrived in Moscow for a planned visit');
    expect(ctx?.before).toBe(
      "The Ukrainian Foreign Ministry's statement came as ICRC President Mirjana Spoljaric ",
    );
    expect(ctx?.after).toBe(' to discuss a range of issues.');
  });

  it('splits after a closing quote', () => {
    const p3 = storyFile.paragraphs[2]!.text;
    expect(sentenceStarts(p3)).toHaveLength(2);
    const ctx = excerptInContext(p3, 'humanitarian efforts in the Kursk region');
    expect(ctx?.before.startsWith('"I instructed')).toBe(true);
  });

  it('rebuilds every excerpt of the story verbatim from its paragraph', () => {
    for (const place of story.places) {
      for (const excerpt of place.properties.excerpts) {
        const paragraph = storyFile.paragraphs[excerpt.paragraph - 1]!.text;
        const ctx = excerptInContext(paragraph, excerpt.text);
        expect(ctx, `${place.properties.id}: ${excerpt.text}`).not.toBeNull();
        expect(paragraph).toContain(ctx!.before + ctx!.text + ctx!.after);
      }
    }
  });

  it('returns null for text that is not in the paragraph', () => {
    expect(excerptInContext('Kyiv said.', 'Moscow')).toBeNull();
    expect(excerptInContext('Kyiv said.', '')).toBeNull();
  });
});
