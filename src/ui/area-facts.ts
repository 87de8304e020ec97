/**
 * Asks the area-facts worker (area-facts-worker.ts) about one feature of a reader's layer, with
 * the story's regions (features of kind `region`) and places (its points) read from the story
 * data. Loaded on a reader's first click on an area.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { LoadedUserLayer } from '../user-files/index.ts';
import type { FactPlace, FactRegion } from '../user-layers/area-facts.ts';
import type { FactsReply, FactsRequest } from './area-facts-worker.ts';
import type { Story } from '../types.ts';

/** The worker is ended after this long without a question, freeing the file it parsed. */
const IDLE_MS = 30_000;

let worker: Worker | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;
const waiting = new Map<number, (reply: FactsReply) => void>();

function stop() {
  worker?.terminate();
  worker = null;
  for (const [id, done] of waiting) done({ id, ok: false, error: 'stopped' });
  waiting.clear();
}

function start(): Worker {
  const w = new Worker(new URL('./area-facts-worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<FactsReply>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  w.onerror = (e) => {
    e.preventDefault();
    stop();
  };
  return w;
}

/** The story's regions and points, as the facts need them. */
export function storyTargets(story: Story): { regions: FactRegion[]; places: FactPlace[] } {
  const regions: FactRegion[] = [];
  const places: FactPlace[] = [];
  for (const f of story.places) {
    const g = f.geometry;
    if (f.properties.kind === 'region' && (g.type === 'Polygon' || g.type === 'MultiPolygon')) {
      regions.push({ id: f.properties.id, geometry: g as Polygon | MultiPolygon });
    }
    if (g.type === 'Point') places.push({ id: f.properties.id, coordinates: g.coordinates });
  }
  return { regions, places };
}

/**
 * Facts for feature `feature` of `layer`; never rejects.
 * @example const reply = await areaFactsFor(entry.layer, 0, story); if (reply.ok) show(reply.facts);
 */
export function areaFactsFor(
  layer: LoadedUserLayer,
  feature: number,
  story: Story,
): Promise<FactsReply> {
  clearTimeout(idle);
  worker ??= start();
  const id = nextId++;
  const request: FactsRequest = { id, dataUrl: layer.dataUrl, feature, ...storyTargets(story) };
  return new Promise((resolve) => {
    waiting.set(id, (reply) => {
      if (waiting.size <= 1) idle = setTimeout(stop, IDLE_MS);
      resolve(reply);
    });
    worker?.postMessage(request);
  });
}
