/**
 * Reads a reader's file off the main thread (issue 16: a 9.9 MB file blocked the page for
 * seconds; issue 11: KMZ, Shapefile and the other formats convert here too): bytes, format,
 * conversion, validation, and the JSON text MapLibre's worker will load. It reports each stage
 * as it begins; the page may end it at any time (Cancel), and nothing has been added until the
 * final reply. The page gets back only the layer's description, its properties and a Blob.
 */
import { readAnyUserFile, type ReadStage } from '../user-files/formats/read-any-file.ts';
import type { Extent } from '../user-files/placement.ts';
import type { LoadedUserLayer } from '../user-files/user-layer.ts';
import { sha256 } from '../sha256.ts';

export interface WorkerRequest {
  file: File;
  ids: string[];
  /** The area the map shows, for the layer's `placement`. */
  extent: Extent;
  /** Swap points' latitude and longitude (the reader accepted the offer). */
  swapPoints?: boolean;
}

export type WorkerReply =
  | { ok: true; layer: Omit<LoadedUserLayer, 'dataUrl'>; data: Blob }
  | { ok: false; errors: string[]; digest: string | null };

/** What the worker posts: each stage as it begins, then the reply. */
export type WorkerMessage =
  { kind: 'stage'; stage: ReadStage } | { kind: 'done'; reply: WorkerReply };

const post = (message: WorkerMessage) => self.postMessage(message);

async function read({ file, ids, extent, swapPoints }: WorkerRequest): Promise<WorkerReply> {
  post({ kind: 'stage', stage: 'reading' });
  const bytes = await file.arrayBuffer();
  const digest = (await sha256(bytes)) ?? `${file.name}|${file.size}|${file.lastModified}`;
  const result = await readAnyUserFile(new Uint8Array(bytes), file.name, new Set(ids), {
    onStage: (stage) => post({ kind: 'stage', stage }),
    extent,
    swapPoints: swapPoints === true,
  });
  if (!result.ok) return { ok: false, errors: result.errors, digest };
  const { collection, ...layer } = result.layer;
  const data = new Blob([JSON.stringify(collection)], { type: 'application/geo+json' });
  const properties = collection.features.map((f) => f.properties);
  return { ok: true, layer: { ...layer, properties, digest }, data };
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  read(e.data).then(
    (reply) => post({ kind: 'done', reply }),
    (error: unknown) =>
      post({
        kind: 'done',
        reply: {
          ok: false,
          errors: [`could not be read (${error instanceof Error ? error.message : String(error)})`],
          digest: null,
        },
      }),
  );
};
