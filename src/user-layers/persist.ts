/**
 * How a reader's layers are kept between visits (issue 11): what is stored per layer, and the
 * checks that turn what storage gives back into layers again. Storage is the reader's own
 * browser, but it outlives versions of this app, so nothing read back is trusted blindly.
 * Plain TypeScript; the IndexedDB side is src/ui/user-layer-store.ts.
 */
import type { LoadedUserLayer } from '../user-files/user-layer.ts';
import { checkCredit, NO_CREDIT, type UserCredit } from './credit.ts';
import { styleFrom, type UserStyle } from './style.ts';

/** Bumped when a stored shape changes; older records are then dropped, not misread. */
export const STORE_VERSION = 1;

/** Key of the list of layer ids, bottom to top, as the list shows them. */
export const ORDER_KEY = 'order';
/** Key of a layer's file (its description, properties and data), written once. */
export const layerKey = (id: string) => `layer:${id}`;
/** Key of a layer's style and credit, written on every change. */
export const lookKey = (id: string) => `look:${id}`;

/** A layer as stored, without the blob URL (it does not outlive the page). */
export interface StoredLayer {
  version: typeof STORE_VERSION;
  layer: Omit<LoadedUserLayer, 'dataUrl'>;
  data: Blob;
}

/** What the reader set for a layer. */
export interface StoredLook {
  style: UserStyle;
  credit: UserCredit;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const ID = /^user-[a-z0-9-]{1,200}$/;

/**
 * The stored order, or an empty list when storage holds something else.
 * @example orderFrom(['user-a', 'user-b']) // ['user-a', 'user-b']
 */
export function orderFrom(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const ids = raw.filter((id): id is string => typeof id === 'string' && ID.test(id));
  return [...new Set(ids)];
}

/**
 * A stored layer read back, or null when it is not one this version wrote.
 * @example storedLayerFrom(await get(layerKey(id)), id)
 */
export function storedLayerFrom(raw: unknown, id: string): StoredLayer | null {
  if (!isObject(raw) || raw['version'] !== STORE_VERSION || !(raw['data'] instanceof Blob)) {
    return null;
  }
  const layer = raw['layer'];
  if (!isObject(layer) || layer['id'] !== id) return null;
  const bounds = layer['bounds'];
  const ok =
    typeof layer['name'] === 'string' &&
    typeof layer['fileName'] === 'string' &&
    typeof layer['featureCount'] === 'number' &&
    typeof layer['digest'] === 'string' &&
    Array.isArray(layer['geometryTypes']) &&
    Array.isArray(layer['properties']) &&
    Array.isArray(layer['notices']) &&
    Array.isArray(bounds) &&
    bounds.length === 4 &&
    bounds.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (!ok) return null;
  return raw as unknown as StoredLayer;
}

/**
 * A stored style and credit read back; what does not check out gets the defaults given.
 * @example lookFrom({ style: { colour: '#33a02c', opacity: 0.5 }, credit: { source: 'ISW', date: '2024-09-15' } }, fallback, '2026-01-01')
 */
export function lookFrom(raw: unknown, fallback: UserStyle, today: string): StoredLook {
  const look = isObject(raw) ? raw : {};
  const style = isObject(look['style']) ? look['style'] : {};
  const credit = isObject(look['credit']) ? look['credit'] : {};
  const colour = typeof style['colour'] === 'string' ? style['colour'] : fallback.colour;
  const opacity = typeof style['opacity'] === 'number' ? style['opacity'] : fallback.opacity;
  const source = typeof credit['source'] === 'string' ? credit['source'] : '';
  const date = typeof credit['date'] === 'string' ? credit['date'] : '';
  const checked = checkCredit(source, date, today);
  // A layer kept without a source keeps its date (it still follows the time slider), as when
  // it was added (`newEntry`).
  const dateOnly = checkCredit('date', date, today);
  return {
    style: styleFrom(colour, opacity)?.style ?? fallback,
    credit: checked.ok
      ? checked.credit
      : { ...NO_CREDIT, date: dateOnly.ok ? dateOnly.credit.date : null },
  };
}
