/**
 * Reads a reader's file off the main thread (issue 16: a 9.9 MB file blocked the page for
 * seconds): bytes, encoding, JSON, validation, and the JSON text MapLibre's worker will load.
 * The page gets back only the layer's description, its properties and a Blob.
 */
import { readUserFile } from '../user-files/read-user-file.ts';
import type { LoadedUserLayer } from '../user-files/user-layer.ts';

export interface WorkerRequest {
  file: File;
  ids: string[];
}

export type WorkerReply =
  | { ok: true; layer: Omit<LoadedUserLayer, 'dataUrl'>; data: Blob }
  | { ok: false; errors: string[]; digest: string | null };

async function sha256(bytes: ArrayBuffer): Promise<string | null> {
  // crypto.subtle exists only in secure contexts (https, localhost): elsewhere no digest.
  if (!crypto.subtle) return null;
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function read({ file, ids }: WorkerRequest): Promise<WorkerReply> {
  const bytes = await file.arrayBuffer();
  const digest = (await sha256(bytes)) ?? `${file.name}|${file.size}|${file.lastModified}`;
  const result = readUserFile(new Uint8Array(bytes), file.name, new Set(ids));
  if (!result.ok) return { ok: false, errors: result.errors, digest };
  const { collection, ...layer } = result.layer;
  const data = new Blob([JSON.stringify(collection)], { type: 'application/geo+json' });
  const properties = collection.features.map((f) => f.properties);
  return { ok: true, layer: { ...layer, properties, digest }, data };
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  read(e.data).then(
    (reply) => self.postMessage(reply),
    (error: unknown) =>
      self.postMessage({
        ok: false,
        errors: [`could not be read (${error instanceof Error ? error.message : String(error)})`],
        digest: null,
      } satisfies WorkerReply),
  );
};
