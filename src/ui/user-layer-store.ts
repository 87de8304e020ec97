/**
 * The reader's layers in IndexedDB (via idb-keyval), so a reload brings them back (issue 11).
 * A layer's file is written once; its style and credit on each change; the order on each add or
 * remove. Every failure is returned to the caller, which tells the reader: a full disk must not
 * pass for a kept layer.
 */
import { createStore, delMany, get, getMany, set, setMany, type UseStore } from 'idb-keyval';
import type { LoadedUserLayer } from '../user-files/user-layer.ts';
import {
  layerKey,
  lookKey,
  lookFrom,
  ORDER_KEY,
  orderFrom,
  STORE_VERSION,
  storedLayerFrom,
  type StoredLayer,
  type StoredLook,
} from '../user-layers/persist.ts';
import type { UserStyle } from '../user-layers/style.ts';
import { localToday } from '../story/iso-date.ts';

let store: UseStore | null = null;
/** One database per story: a reader's layers on one story do not appear on another. */
let storeName = 'story-map';

/** Keeps the layers of story `id` (call before the first read or write). */
export function useStoryStore(id: string): void {
  storeName = `story-map:${id}`;
  store = null;
}

/** Opened on first use (the restore at start-up), not when the module loads. */
const db = () => (store ??= createStore(storeName, 'user-layers'));

/** Why storage failed, for the notice: the disk is full, or storage is refused or broken. */
export type StoreFailure = 'quota' | 'unavailable';

/** What a failed write or read was, from the error the browser gave. */
export function failureOf(error: unknown): StoreFailure {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' ? 'quota' : 'unavailable';
}

/** Stores a new layer (file, look) and the new order. */
export async function storeLayer(
  layer: LoadedUserLayer,
  data: Blob,
  look: StoredLook,
  order: string[],
): Promise<void> {
  // The blob URL dies with the page; a restored layer gets a new one from `data`.
  const kept: Partial<LoadedUserLayer> = { ...layer };
  delete kept.dataUrl;
  const stored: StoredLayer = {
    version: STORE_VERSION,
    layer: kept as StoredLayer['layer'],
    data,
  };
  await setMany(
    [
      [layerKey(layer.id), stored],
      [lookKey(layer.id), look],
      [ORDER_KEY, order],
    ],
    db(),
  );
}

/** Stores a layer's changed style or credit. */
export function storeLook(id: string, look: StoredLook): Promise<void> {
  return set(lookKey(id), look, db());
}

/** Forgets a removed layer, and stores the order without it. */
export async function forgetLayer(id: string, order: string[]): Promise<void> {
  await set(ORDER_KEY, order, db());
  await delMany([layerKey(id), lookKey(id)], db());
}

/** A layer as storage gave it back. */
export interface RestoredLayer {
  stored: StoredLayer;
  look: StoredLook;
}

/**
 * The stored layers in their order. Records that do not read back are dropped from storage and
 * counted, so a broken one does not come back on every visit.
 * @param fallback the style of a layer whose stored style does not check out.
 */
export async function loadLayers(
  fallback: (index: number) => UserStyle,
): Promise<{ layers: RestoredLayer[]; dropped: number }> {
  const order = orderFrom(await get(ORDER_KEY, db()));
  if (order.length === 0) return { layers: [], dropped: 0 };
  const files = await getMany(order.map(layerKey), db());
  const looks = await getMany(order.map(lookKey), db());
  const today = localToday();
  const layers: RestoredLayer[] = [];
  const bad: string[] = [];
  order.forEach((id, i) => {
    const stored = storedLayerFrom(files[i], id);
    if (!stored) return void bad.push(id);
    layers.push({ stored, look: lookFrom(looks[i], fallback(layers.length), today) });
  });
  if (bad.length > 0) {
    await set(
      ORDER_KEY,
      layers.map((l) => l.stored.layer.id),
      db(),
    );
    await delMany(
      bad.flatMap((id) => [layerKey(id), lookKey(id)]),
      db(),
    );
  }
  return { layers, dropped: bad.length };
}
