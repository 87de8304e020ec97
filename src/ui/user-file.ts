/** Reads a picked or dropped file into a user layer, refusing it before reading when it can. */
import { checkUserFile, parseUserLayer } from '../byo/index.ts';
import { USER_COLOURS } from '../map/user-layers.ts';
import type { AppState } from './app-state.svelte.ts';

/** Adds the file as a layer, or records why it was refused. Nothing on the map changes on refusal. */
export async function addUserFile(file: File, app: AppState, mapIds: Set<string>): Promise<void> {
  const early = checkUserFile(file);
  if (early.length > 0) {
    app.refuseUserFile(file.name, early);
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    app.refuseUserFile(file.name, [`${file.name}: could not be read (${(e as Error).message})`]);
    return;
  }
  const ids = new Set([...mapIds, ...app.userLayers.map((e) => e.layer.id)]);
  const result = parseUserLayer({ name: file.name, size: file.size, text }, ids);
  if (!result.ok) {
    // Already at most ten, with a count of the rest.
    app.refuseUserFile(file.name, result.errors);
    return;
  }
  const colour = USER_COLOURS[app.userLayers.length % USER_COLOURS.length]!;
  app.addUserLayer({ layer: result.layer, colour });
  const { name, featureCount, notices } = result.layer;
  app.announce(`Added layer ${name} with ${featureCount} features.`);
  for (const notice of notices) app.notify('info', `${name}: ${notice}`);
}
