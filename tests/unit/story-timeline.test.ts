/** The article's own dates (story.json `timeline`) and their checks in the story validator. */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/validate/issues.ts';
import { validateStory } from '../../src/validate/validate-story.ts';
import { storyFeatures, storyFile } from './story-data.ts';

const withTimeline = (timeline: unknown) =>
  validateStory({ ...storyFile, timeline }, storyFeatures, 'data/stories/kursk/story.json').map(
    formatIssue,
  );

describe('the story’s timeline', () => {
  it('marks the incursion, last week’s offensive and the article’s Monday, verbatim', () => {
    expect(validateStory(storyFile, storyFeatures)).toEqual([]);
    expect(storyFile.timeline?.map((e) => [e.date, e.text, e.approximate ?? false])).toEqual([
      ['2024-08-06', 'Since launching the cross-border incursion on Aug. 6', false],
      [
        '2024-09-09',
        "Russia's Defense Ministry said last week that its forces were on the offensive",
        true,
      ],
      ['2024-09-16', 'Ukraine said Monday', false],
    ]);
    // "Monday" is the article's own date; "last week" is the week before it (Mon 9 – Sun 15).
    expect(storyFile.timeline?.[2]?.date).toBe(storyFile.article.date);
    expect(new Date(`${storyFile.timeline?.[1]?.date}T00:00Z`).getUTCDay()).toBe(1);
  });

  it('refuses words that are not verbatim in their paragraph', () => {
    const entry = {
      date: '2024-08-06',
      text: 'Since launching the incursion on Aug. 6',
      paragraph: 4,
    };
    expect(withTimeline([entry])).toEqual([
      'data/stories/kursk/story.json: timeline entry 1: “Since launching the incursion on Aug. 6” is not found verbatim in paragraph 4',
    ]);
    expect(withTimeline([{ ...entry, text: 'Ukraine said Monday', paragraph: 3 }])).toEqual([
      'data/stories/kursk/story.json: timeline entry 1: “Ukraine said Monday” is not found verbatim in paragraph 3',
    ]);
  });

  it('refuses days that do not exist, missing paragraphs, bad shapes and dates out of order', () => {
    const ok = { date: '2024-09-16', text: 'Ukraine said Monday', paragraph: 2 };
    const issues = withTimeline([
      { ...ok, date: '2024-02-30' },
      { ...ok, paragraph: 40 },
      { ...ok, approximate: 'yes' },
      { ...ok, date: '2024-08-06' },
      'Aug. 6',
    ]).map((m) => m.replace('data/stories/kursk/story.json: ', ''));
    expect(issues).toEqual([
      'timeline entry 1: date must be a calendar date YYYY-MM-DD (got string "2024-02-30")',
      'timeline entry 2 names paragraph 40, which does not exist',
      'timeline entry 3: approximate, when given, must be true or false (got string "yes")',
      'timeline entry 4: 2024-08-06 comes before 2024-09-16; list entries in date order',
      'timeline entry 5 must be an object (got string "Aug. 6")',
    ]);
    expect(withTimeline({})).toEqual([
      'data/stories/kursk/story.json: timeline must be an array (got object)',
    ]);
  });
});
