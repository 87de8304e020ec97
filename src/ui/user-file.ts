/**
 * Reads picked or dropped files into user layers, one after another, each added or refused with
 * its own message. Size is checked from the `File` before a byte is read; the reading itself
 * (format, conversion, validation) runs in a worker (user-file-worker.ts), so the page stays
 * responsive, reports each stage, and can be cancelled: the worker is ended and nothing of the
 * file is added.
 */
import { checkUserFile, messageFileName } from '../user-files/index.ts';
import type { ReadStage } from '../user-files/formats/read-any-file.ts';
import type { Extent } from '../user-files/placement.ts';
import { cleanLine } from '../user-files/text.ts';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { messages } from '../i18n/index.ts';
import { fitUserLayer, mapIds } from '../map/user-layers.ts';
import type { AppState } from '../app/app-state.svelte.ts';
import { addEntry, newEntry, removeLayer } from './user-layer-actions.ts';
import type { WorkerMessage, WorkerReply, WorkerRequest } from './user-file-worker.ts';

/** A worker that has not answered by then is stopped: validation is bounded well below this. */
const READ_TIMEOUT_MS = 60_000;

/** Ends the reader worker after this long without work, freeing all it parsed. */
const IDLE_MS = 5_000;

/** The area the map lets a reader see (its max bounds): a layer wholly outside it draws nothing. */
function extentOf(map: MaplibreMap | null): Extent {
  const b = map?.getMaxBounds();
  return b ? [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] : [-180, -90, 180, 90];
}

let worker: Worker | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;
/** Ends the read in progress, if any, as cancelled. */
let cancelCurrent: (() => void) | null = null;

/** Files of layers offered a latitude/longitude swap, to read again swapped. */
const swappable = new Map<string, File>();

function stopWorker() {
  worker?.terminate();
  worker = null;
}

type ReadResult = WorkerReply | { cancelled: true };

/** Reads one file in the (one, reused) reader worker; never rejects. */
function readInWorker(
  request: WorkerRequest,
  onStage: (s: ReadStage) => void,
): Promise<ReadResult> {
  clearTimeout(idle);
  const w = (worker ??= new Worker(new URL('./user-file-worker.ts', import.meta.url), {
    type: 'module',
  }));
  return new Promise<ReadResult>((resolve) => {
    const done = (result: ReadResult) => {
      clearTimeout(timer);
      w.onmessage = null;
      w.onerror = null;
      cancelCurrent = null;
      idle = setTimeout(stopWorker, IDLE_MS);
      resolve(result);
    };
    const fail = (why: string) => {
      // A worker that failed or hangs is not reused.
      if (worker === w) stopWorker();
      done({ ok: false, errors: [why], digest: null });
    };
    const timer = setTimeout(() => fail('took too long to read; stopped'), READ_TIMEOUT_MS);
    cancelCurrent = () => {
      // Terminating is the only way to stop a synchronous parse; the next file gets a new worker.
      if (worker === w) stopWorker();
      done({ cancelled: true });
    };
    w.onmessage = (e: MessageEvent<WorkerMessage>) => {
      if (e.data.kind === 'stage') onStage(e.data.stage);
      else done(e.data.reply);
    };
    w.onerror = (e) => {
      e.preventDefault();
      fail(`could not be read (${cleanLine(e.message || 'worker failed', 120)})`);
    };
    w.postMessage(request);
  });
}

/**
 * Stops reading the current file (its worker is ended) and skips the rest of its drop. Nothing
 * of them is added.
 * @example cancelUserFiles() // from the Cancel button by the progress line
 */
export function cancelUserFiles(): void {
  cancelled = true;
  cancelCurrent?.();
}

let cancelled = false;

/** Messages from the worker start with the file name, or get it put in front. */
const named = (file: string, errors: string[]) =>
  errors.map((e) => (e.startsWith(`${file}:`) ? e : `${file}: ${e}`));

/** Reads `file` in the worker with the progress line kept up to date. */
async function readWithProgress(
  app: AppState,
  shown: string,
  request: WorkerRequest,
): Promise<ReadResult> {
  app.readingUserFile(shown, 'reading');
  try {
    return await readInWorker(request, (stage) => app.readingUserFile(shown, stage));
  } finally {
    app.readingUserFile(null);
  }
}

/** Every source and layer id on the map and every user layer's: a new layer avoids them. */
const takenIds = (app: AppState, map: MaplibreMap | null) => [
  ...(map ? mapIds(map) : []),
  ...app.userLayers.map((e) => e.layer.id),
];

/** Adds one file; false when the reader cancelled. */
async function addOne(file: File, app: AppState, map: MaplibreMap | null): Promise<boolean> {
  const shown = messageFileName(file.name);
  const early = checkUserFile(file);
  if (early.length > 0) return (app.refuseUserFile(shown, early), true);
  const request = { file, ids: takenIds(app, map), extent: extentOf(map) };
  const reply = await readWithProgress(app, shown, request);
  if ('cancelled' in reply) {
    app.announce(messages(app.lang).userFiles.cancelled(shown));
    return false;
  }
  if (!reply.ok) return (app.refuseUserFile(shown, named(shown, reply.errors)), true);
  const twin = app.userLayers.find((e) => e.layer.digest === reply.layer.digest);
  const t = messages(app.lang).userLayers;
  if (twin) return (app.refuseUserFile(shown, [t.duplicate(shown, twin.layer.name)]), true);
  add(app, reply, file, map);
  return true;
}

/** Puts an accepted layer on the map, keeps it, and says what the reader should know about it. */
function add(
  app: AppState,
  reply: Extract<WorkerReply, { ok: true }>,
  file: File,
  map: MaplibreMap | null,
) {
  const layer = { ...reply.layer, dataUrl: URL.createObjectURL(reply.data) };
  const entry = newEntry(app, layer, reply.data);
  // Stored in the background: a slow or full disk does not hold up the next file.
  void addEntry(app, entry);
  if (map) fitUserLayer(map, layer);
  app.announce(messages(app.lang).userLayers.added(layer.name, layer.featureCount));
  // Feature dates that cannot be read are said, with the feature (issue 11).
  const undated = app.layerTimes(layer).problems;
  for (const notice of [...layer.notices, ...undated])
    app.notify('info', `${layer.name}: ${notice}`);
  const t = messages(app.lang).userFiles;
  if (layer.placement === 'swapped') {
    swappable.set(layer.id, file);
    app.notify('info', t.swapOffer(layer.name));
  } else if (layer.placement === 'outside') {
    app.notify('info', t.drawsNothing(layer.name));
  }
}

/**
 * Reads the layer's file again with latitude and longitude of its points swapped, adds that
 * layer and removes the old one (the reader accepted the offer).
 * @example await swapUserLayer('user-points', app)
 */
export async function swapUserLayer(layerId: string, app: AppState): Promise<void> {
  const file = swappable.get(layerId);
  const entry = app.userLayers.find((e) => e.layer.id === layerId);
  if (!file || !entry) return;
  const run = queue.then(async () => {
    const map = liveMap();
    const shown = messageFileName(file.name);
    const request = { file, ids: takenIds(app, map), extent: extentOf(map), swapPoints: true };
    const reply = await readWithProgress(app, shown, request);
    if ('cancelled' in reply) return;
    if (!reply.ok) return app.refuseUserFile(shown, named(shown, reply.errors));
    // Added before the old one goes, under a new id, so the map never misses the change.
    add(app, reply, file, map);
    swappable.delete(layerId);
    removeLayer(app, layerId);
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Adds each file as a layer of `map`, or records why not. Nothing changes on refusal. */
export async function addUserFiles(
  files: readonly File[],
  app: AppState,
  map: () => MaplibreMap | null,
): Promise<void> {
  liveMap = map;
  // One at a time, drops queued too: the same file twice is then noticed, and ids never collide.
  const run = queue.then(async () => {
    app.startUserFiles();
    cancelled = false;
    for (const file of files) {
      if (cancelled || !(await addOne(file, app, liveMap()))) break;
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<void> = Promise.resolve();
/** The live map, as the app last gave it (a swap needs it too). */
let liveMap: () => MaplibreMap | null = () => null;
