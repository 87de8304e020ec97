/**
 * Which stories this build serves, and the URLs of their files. Vite finds every built story and
 * basemap under `data/` at build time (`import.meta.glob`) and emits each file as a hashed static
 * asset, so any static host serves any number of stories; only the small index is bundled.
 */
import type { StoryIndex } from '../types.ts';
import { dataFiles, type DataReceipt, type DataUrls } from '../story/load.ts';
import index from '../../data/stories/index.json';
import receipts from 'virtual:data-receipts';

const urls = import.meta.glob(
  [
    '../../data/stories/*/*.{json,geojson,png}',
    '../../data/basemaps/*/*.geojson',
    '!**/osm-border.geojson',
    '!**/stories/index.json',
  ],
  { query: '?url', import: 'default', eager: true },
) as Record<string, string>;

/** The URL of a built file, by its path under the repository (`data/stories/…`). */
const urlOf = (file: string): string | undefined => urls[`../../${file}`];

export const STORY_INDEX = index as StoryIndex;

/** The story `?story=` names, else the default; `unknown` when there is no such story. */
export function chooseStory(search: string): { id: string; unknown: string | null } {
  const asked = new URLSearchParams(search).get('story');
  if (asked === null) return { id: STORY_INDEX.default, unknown: null };
  const known = STORY_INDEX.stories.some((s) => s.id === asked);
  return known ? { id: asked, unknown: null } : { id: STORY_INDEX.default, unknown: asked };
}

/**
 * A story's file names (for messages), their URLs and the build's receipt for them (null when the
 * build found a problem in them); null when the build lacks a file.
 */
export function storyData(
  id: string,
): { files: DataUrls; urls: DataUrls; receipt: DataReceipt | null } | null {
  const entry = STORY_INDEX.stories.find((s) => s.id === id);
  if (!entry) return null;
  const files = dataFiles(id, entry.basemap);
  const found = Object.entries(files).map(([key, file]) => [key, urlOf(file)] as const);
  if (found.some(([, url]) => url === undefined)) return null;
  const urls = Object.fromEntries(found) as unknown as DataUrls;
  return { files, urls, receipt: receipts[id] ?? null };
}

/** A story's thumbnail URL, when one has been made (`npm run thumbnails`). */
export function thumbnailUrl(id: string): string | undefined {
  const entry = STORY_INDEX.stories.find((s) => s.id === id);
  return entry?.thumbnail ? urlOf(`data/stories/${id}/${entry.thumbnail}`) : undefined;
}
