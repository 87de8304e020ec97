/**
 * Computes facts for a clicked area of a reader's layer off the main thread: the page keeps only
 * the layer's properties, so the geometry is read here from the layer's `blob:` URL (the same
 * data MapLibre's worker loaded), and `@turf/intersect` is loaded only with this worker.
 */
import type { FeatureCollection } from 'geojson';
import {
  areaFacts,
  polygonsOf,
  type AreaFacts,
  type FactPlace,
  type FactRegion,
} from '../user-layers/area-facts.ts';

export interface FactsRequest {
  id: number;
  dataUrl: string;
  feature: number;
  regions: FactRegion[];
  places: FactPlace[];
}

/** `facts: null`: the feature has no polygon, so no area. */
export type FactsReply =
  { id: number; ok: true; facts: AreaFacts | null } | { id: number; ok: false; error: string };

/** The last layer read: clicking several areas of one layer reads its file once. */
let cached: { url: string; data: Promise<FeatureCollection> } | null = null;

async function compute(request: FactsRequest): Promise<FactsReply> {
  if (cached?.url !== request.dataUrl) {
    const data = fetch(request.dataUrl).then((r) => r.json() as Promise<FeatureCollection>);
    cached = { url: request.dataUrl, data };
  }
  const collection = await cached.data;
  const shape = polygonsOf(collection.features[request.feature]?.geometry ?? null);
  if (!shape) return { id: request.id, ok: true, facts: null };
  return { id: request.id, ok: true, facts: areaFacts(shape, request.regions, request.places) };
}

self.onmessage = (e: MessageEvent<FactsRequest>) => {
  compute(e.data).then(
    (reply) => self.postMessage(reply),
    (error: unknown) => {
      cached = null;
      self.postMessage({
        id: e.data.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies FactsReply);
    },
  );
};
