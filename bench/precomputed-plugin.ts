/**
 * Keeps Turf out of the bare page: what the app computes with Turf in the browser (label points,
 * the first view) is computed here, in Node, from the default story's files and the same
 * functions, and handed to the page as constants. `buildStyle` is still the app's own, so both
 * pages draw the same style; only its `./label-points.ts` import is swapped for the precomputed
 * points.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { homeBounds } from '../src/map/camera.ts';
import { labelPoints } from '../src/map/label-points.ts';
import type { StoryFeatureCollection, StoryFile, StoryIndex } from '../src/types.ts';

const STORIES = fileURLToPath(new URL('../data/stories/', import.meta.url));
const VIRTUAL = 'virtual:bench-precomputed';
const RESOLVED = '\0bench-precomputed';
const LABEL_POINTS = '\0bench-label-points';

const readJson = <T>(file: string) => JSON.parse(readFileSync(`${STORIES}${file}`, 'utf8')) as T;

/** The story the app opens without `?story=`: its story file and its places. */
function defaultStory() {
  const id = readJson<StoryIndex>('index.json').default;
  return {
    file: readJson<StoryFile>(`${id}/story.json`),
    features: readJson<StoryFeatureCollection>(`${id}/features.geojson`).features,
  };
}

export function precomputed(): Plugin {
  return {
    name: 'bench-precomputed',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === VIRTUAL) return RESOLVED;
      if (source === './label-points.ts' && importer?.endsWith('/src/map/style.ts')) {
        return LABEL_POINTS;
      }
      return null;
    },
    load(id) {
      if (id === RESOLVED) {
        const { file, features } = defaultStory();
        const byId = new Map(features.map((f) => [f.properties.id, f]));
        const bounds = homeBounds(byId, file.view.home.places);
        return `export const HOME_BOUNDS = ${JSON.stringify(bounds)};`;
      }
      if (id === LABEL_POINTS) {
        const points = labelPoints(defaultStory().features);
        return `export const labelPoints = () => (${JSON.stringify(points)});`;
      }
      return null;
    },
  };
}
