/**
 * What the reader does to a layer once it is on the map (issue 11): restyle it, credit it,
 * remove it and undo that, and find it again after a reload. Each changes the app state (the
 * map follows it) and then storage; a failed write is said in a notice, never swallowed.
 */
import { messages } from '../i18n/index.ts';
import { USER_COLOURS } from '../map/user-layers.ts';
import type { LoadedUserLayer } from '../user-files/user-layer.ts';
import {
  checkCredit,
  NO_CREDIT,
  type CreditProblem,
  type UserCredit,
} from '../user-layers/credit.ts';
import { localToday } from '../story/iso-date.ts';
import { fileColours } from '../user-layers/simplestyle.ts';
import { styleFrom, type UserStyle } from '../user-layers/style.ts';
import type { AppState, UserLayerEntry } from '../app/app-state.svelte.ts';
import {
  failureOf,
  forgetLayer,
  loadLayers,
  storeLayer,
  storeLook,
  type StoreFailure,
} from './user-layer-store.ts';

/** The style a new layer starts with: the next colour of the set, fully opaque. */
export const defaultStyle = (index: number): UserStyle => ({
  colour: USER_COLOURS[index % USER_COLOURS.length]!,
  opacity: 1,
});

/** Storage that is off (a sandboxed embed, a private window) is said once, not on every change. */
let toldUnavailable = false;

/** Tells the reader that storage failed: a full disk each time, storage that is off once. */
function reportStore(app: AppState, failure: StoreFailure, name: string) {
  const t = messages(app.lang).userLayers;
  if (failure === 'quota') return app.notify('error', t.storageFull(name));
  if (toldUnavailable) return;
  toldUnavailable = true;
  app.notify('info', t.storageUnavailable);
}

const order = (app: AppState) => app.userLayers.map((e) => e.layer.id);

const keep = (app: AppState, name: string, write: () => Promise<void>) =>
  write().catch((error: unknown) => reportStore(app, failureOf(error), name));

/**
 * A new entry for a layer just read: the file's colours checked against the story's, its own
 * source and date (when it states them, and they check out) as the credit.
 */
export function newEntry(app: AppState, layer: LoadedUserLayer, data: Blob): UserLayerEntry {
  const { colours, shifted } = fileColours(layer.properties);
  if (shifted.length > 0) {
    app.notify(
      'info',
      messages(app.lang).userLayers.fileColoursShifted(layer.name, shifted.length),
    );
  }
  const { source, date } = layer.metadata;
  const checked = checkCredit(source ?? '', date ?? '', localToday());
  const credit: UserCredit = checked.ok ? checked.credit : { ...NO_CREDIT, date };
  return { layer, data, style: defaultStyle(app.userLayers.length), credit, colours };
}

/** Adds a layer the reader brought, and stores it. */
export function addEntry(app: AppState, entry: UserLayerEntry): Promise<void> {
  app.addUserLayer(entry);
  const look = { style: entry.style, credit: entry.credit };
  return keep(app, entry.layer.name, () => storeLayer(entry.layer, entry.data, look, order(app)));
}

/**
 * Sets a layer's colour and opacity; the colour is kept clear of the story's.
 * @returns the story colour's role it was moved off, or null.
 */
export function changeStyle(
  app: AppState,
  id: string,
  colour: string,
  opacity: number,
): string | null {
  const entry = app.userLayers.find((e) => e.layer.id === id);
  const checked = styleFrom(colour, opacity);
  if (!entry || !checked) return null;
  app.updateUserLayer(id, { style: checked.style });
  void keep(app, entry.layer.name, () =>
    storeLook(id, { style: checked.style, credit: entry.credit }),
  );
  return checked.near;
}

/** Sets a layer's credit from the form, or says what is wrong with it. */
export function changeCredit(
  app: AppState,
  id: string,
  source: string,
  date: string,
): CreditProblem[] {
  const entry = app.userLayers.find((e) => e.layer.id === id);
  if (!entry) return [];
  const checked = checkCredit(source, date, localToday());
  if (!checked.ok) return checked.problems;
  app.updateUserLayer(id, { credit: checked.credit });
  void keep(app, entry.layer.name, () =>
    storeLook(id, { style: entry.style, credit: checked.credit }),
  );
  return [];
}

/** Removes a layer at once (nothing asked), forgets it in storage; Undo can bring it back. */
export function removeLayer(app: AppState, id: string): void {
  const removed = app.removeUserLayer(id);
  if (!removed) return;
  const name = removed.entry.layer.name;
  app.announce(messages(app.lang).userLayers.removed(name));
  void keep(app, name, () => forgetLayer(id, order(app)));
}

/** Brings the last removed layer back, with its style and credit, and stores it again. */
export function undoRemove(app: AppState): void {
  const removed = app.userRemoved;
  if (!removed) return;
  const entry = app.undoRemoveUserLayer(URL.createObjectURL(removed.entry.data));
  if (!entry) return;
  const look = { style: entry.style, credit: entry.credit };
  void keep(app, entry.layer.name, () => storeLayer(entry.layer, entry.data, look, order(app)));
}

/** Puts back the layers stored on an earlier visit, in their order, with style and credit. */
export async function restoreLayers(app: AppState): Promise<void> {
  let restored;
  try {
    restored = await loadLayers(defaultStyle);
  } catch {
    // Storage off or refused: nothing was kept, so nothing comes back. Saving says why, once.
    return;
  }
  for (const { stored, look } of restored.layers) {
    if (app.userLayers.some((e) => e.layer.id === stored.layer.id)) continue;
    const layer = { ...stored.layer, dataUrl: URL.createObjectURL(stored.data) };
    const { colours } = fileColours(layer.properties);
    app.addUserLayer({ layer, data: stored.data, ...look, colours });
  }
  if (restored.dropped > 0) {
    app.notify('info', messages(app.lang).userLayers.restoreDropped(restored.dropped));
  }
}
