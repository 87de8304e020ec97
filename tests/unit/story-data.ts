/** The committed story data, read from data/ as the app reads it. */
import { readFileSync } from 'node:fs';
import { createStory } from '../../src/story/story.ts';
import type { StoryFeatureCollection, StoryFile } from '../../src/types.ts';

export const storyFile = JSON.parse(
  readFileSync('data/stories/kursk/story.json', 'utf8'),
) as StoryFile;
export const storyFeatures = JSON.parse(
  readFileSync('data/stories/kursk/features.geojson', 'utf8'),
) as StoryFeatureCollection;
export const story = createStory(storyFile, storyFeatures);
