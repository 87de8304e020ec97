/**
 * Keeps Turf out of the bare page: what the app computes with Turf in the browser (label points,
 * the first view) is computed here, in Node, from the same file and the same functions, and
 * handed to the page as constants. `buildStyle` is still the app's own, so both pages draw the
 * same style; only its `./label-points.ts` import is swapped for the precomputed points.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { homeBounds } from '../src/map/camera.ts';
import { labelPoints } from '../src/map/label-points.ts';
import type { StoryFeatureCollection } from '../src/types.ts';

const STORY_FEATURES = fileURLToPath(
  new URL('../data/stories/kursk/features.geojson', import.meta.url),
);
const VIRTUAL = 'virtual:bench-precomputed';
const RESOLVED = '\0bench-precomputed';
const LABEL_POINTS = '\0bench-label-points';

export function precomputed(): Plugin {
  const read = () => JSON.parse(readFileSync(STORY_FEATURES, 'utf8')) as StoryFeatureCollection;
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
        const byId = new Map(read().features.map((f) => [f.properties.id, f]));
        return `export const HOME_BOUNDS = ${JSON.stringify(homeBounds(byId))};`;
      }
      if (id === LABEL_POINTS) {
        const points = labelPoints(read().features);
        return `export const labelPoints = () => (${JSON.stringify(points)});`;
      }
      return null;
    },
  };
}
