/** `npm run thumbnails`: which stories get one, at what size, and how the index then names it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoryIndex } from '../../src/types.ts';
import { indexWithThumbnails, thumbnailJobs } from '../../scripts/thumbnail-jobs.ts';

const index = JSON.parse(readFileSync('data/stories/index.json', 'utf8')) as StoryIndex;

describe('thumbnail jobs', () => {
  it('makes one 640×360 PNG per listed story, none for test fixtures, the credit kept', () => {
    const jobs = thumbnailJobs(index);
    expect(jobs.map((j) => j.story)).toEqual(
      index.stories.filter((s) => !s.testFixture).map((s) => s.id),
    );
    for (const job of jobs) {
      expect(job).toMatchObject({ preset: 'custom', custom: { width: 640, height: 360 } });
      expect(job.format).toBe('png');
      // The credit line is not a part a job can hide.
      expect(job.hide).not.toContain('credit');
    }
  });

  it('names the thumbnail of the stories made, leaving every other entry as it was', () => {
    const bare: StoryIndex = {
      default: 'a',
      stories: [
        { id: 'a', title: 'A', publisher: 'P', date: '2024-01-01', basemap: 'm' },
        { id: 'b', title: 'B', publisher: 'P', date: '2024-01-02', basemap: 'm' },
      ],
    };
    const out = indexWithThumbnails(bare, ['b']);
    expect(out.stories[0]).toEqual(bare.stories[0]);
    expect(out.stories[1]).toEqual({ ...bare.stories[1], thumbnail: 'thumbnail.png' });
    expect(bare.stories[1]!.thumbnail).toBeUndefined();
  });
});
