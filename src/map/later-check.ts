/**
 * Runs the part of the data's check that waits until the map has drawn (issue 13: start-up as
 * fast as the bare MapLibre page): self-intersections in the story's and the basemap's areas. A
 * feature it finds at fault leaves the map and the exports, and the reader is told which; a
 * story place keeps its entry in the list and its excerpts.
 */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { labelPoints } from './label-points.ts';
import type { LaterCheck, MapData, StoryFeatureCollection } from '../types.ts';

/** When the page has nothing else to do (or at once where the browser cannot say). */
function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2_000 });
  else setTimeout(run, 0);
}

/**
 * After the map's first `idle`, runs `check`, reports each problem with `report`, and takes the
 * features at fault out of `data` (which the exports read) and of the map's source of the layer.
 * @example checkAfterFirstIdle(map, data, loaded.checkLater, (p) => app.notify('error', p))
 */
export function checkAfterFirstIdle(
  map: MaplibreMap,
  data: MapData,
  check: () => LaterCheck,
  report: (problem: string) => void,
): void {
  map.once('idle', () =>
    whenIdle(() => {
      const found = check();
      for (const problem of found.problems) report(problem);
      const source = (id: string) => map.getSource(id) as GeoJSONSource | undefined;
      for (const [key, collection] of Object.entries(found.replaced)) {
        if (key === 'story') {
          const story = collection as StoryFeatureCollection;
          data.story = story;
          source('story-labels')?.setData(labelPoints(story.features));
        } else {
          data[key as 'countries' | 'regions'] = collection;
        }
        source(key)?.setData(collection);
      }
    }),
  );
}
