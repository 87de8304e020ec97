/**
 * What `npm run thumbnails` makes, as plain data: one small PNG snapshot job per story a reader
 * can pick on the index page, and the index entries that then name their thumbnail.
 */
import type { StoryIndex } from '../src/types.ts';
import { jobFromValues, type SnapshotJob } from './snapshot-job.ts';

/** The index page shows thumbnails at 320×180 CSS px: 640×360 stays sharp on a 2× screen. */
export const THUMBNAIL_SIZE = { width: 640, height: 360 } as const;
/** The file's name inside `data/stories/<id>/`, as the index names it. */
export const THUMBNAIL_FILE = 'thumbnail.png';
/**
 * Parts left out at thumbnail size, where they would be unreadable: the index prints the title
 * and date beside the picture. The credit line is never a part that can be hidden.
 */
export const THUMBNAIL_HIDE = ['title', 'date', 'legend', 'inset', 'scale-bar', 'north-arrow'];

/**
 * The thumbnail jobs of an index: every story that is not a test fixture (fixtures are never
 * listed, so they need none). Each job goes through the snapshot CLI's own checks.
 * @example thumbnailJobs(index).map((j) => j.story) // ['kursk']
 */
export function thumbnailJobs(index: StoryIndex): SnapshotJob[] {
  return index.stories
    .filter((s) => !s.testFixture)
    .map((s) =>
      jobFromValues(
        {
          story: s.id,
          width: String(THUMBNAIL_SIZE.width),
          height: String(THUMBNAIL_SIZE.height),
          format: 'png',
        },
        THUMBNAIL_HIDE,
      ),
    );
}

/**
 * The index with `thumbnail` set on the stories in `made`, every other entry unchanged.
 * @example indexWithThumbnails(index, ['kursk']).stories[1].thumbnail // 'thumbnail.png'
 */
export function indexWithThumbnails(index: StoryIndex, made: readonly string[]): StoryIndex {
  return {
    ...index,
    stories: index.stories.map((s) =>
      made.includes(s.id) ? { ...s, thumbnail: THUMBNAIL_FILE } : s,
    ),
  };
}
