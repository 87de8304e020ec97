/**
 * Reads picked or dropped files into user layers, one after another, each added or refused with
 * its own message. Size and name are checked from the `File` before a byte is read; the reading
 * itself runs in a worker (user-file-worker.ts), so the page stays responsive.
 */
import { checkUserFile, messageFileName } from '../user-files/index.ts';
import { cleanLine } from '../user-files/text.ts';
import { messages } from '../i18n/index.ts';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { fitUserLayer, mapIds } from '../map/user-layers.ts';
import type { AppState } from './app-state.svelte.ts';
import { addEntry, newEntry } from './user-layer-actions.ts';
import type { WorkerReply, WorkerRequest } from './user-file-worker.ts';

/** A worker that has not answered by then is stopped: validation is bounded well below this. */
const READ_TIMEOUT_MS = 60_000;

/** Ends the reader worker after this long without work, freeing all it parsed. */
const IDLE_MS = 5_000;

let worker: Worker | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;

function stopWorker() {
  worker?.terminate();
  worker = null;
}

/** Reads one file in the (one, reused) reader worker; never rejects. */
function readInWorker(request: WorkerRequest): Promise<WorkerReply> {
  clearTimeout(idle);
  const w = (worker ??= new Worker(new URL('./user-file-worker.ts', import.meta.url), {
    type: 'module',
  }));
  return new Promise<WorkerReply>((resolve) => {
    const done = (reply: WorkerReply) => {
      clearTimeout(timer);
      w.onmessage = null;
      w.onerror = null;
      idle = setTimeout(stopWorker, IDLE_MS);
      resolve(reply);
    };
    const fail = (why: string) => {
      // A worker that failed or hangs is not reused.
      if (worker === w) stopWorker();
      done({ ok: false, errors: [why], digest: null });
    };
    const timer = setTimeout(() => fail('took too long to read; stopped'), READ_TIMEOUT_MS);
    w.onmessage = (e: MessageEvent<WorkerReply>) => done(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      fail(`could not be read (${cleanLine(e.message || 'worker failed', 120)})`);
    };
    w.postMessage(request);
  });
}

/** Messages from the worker start with the file name, or get it put in front. */
const named = (file: string, errors: string[]) =>
  errors.map((e) => (e.startsWith(`${file}:`) ? e : `${file}: ${e}`));

async function addOne(file: File, app: AppState, map: () => MaplibreMap | null): Promise<void> {
  const shown = messageFileName(file.name);
  const early = checkUserFile(file);
  if (early.length > 0) return app.refuseUserFile(shown, early);
  const live = map();
  const ids = [...(live ? mapIds(live) : []), ...app.userLayers.map((e) => e.layer.id)];
  app.readingUserFile(shown);
  let reply: WorkerReply;
  try {
    reply = await readInWorker({ file, ids });
  } finally {
    app.readingUserFile(null);
  }
  if (!reply.ok) return app.refuseUserFile(shown, named(shown, reply.errors));
  const twin = app.userLayers.find((e) => e.layer.digest === reply.layer.digest);
  const t = messages(app.lang).userLayers;
  if (twin) return app.refuseUserFile(shown, [t.duplicate(shown, twin.layer.name)]);
  const layer = { ...reply.layer, dataUrl: URL.createObjectURL(reply.data) };
  const entry = newEntry(app, layer, reply.data);
  // Stored in the background: a slow or full disk does not hold up the next file.
  void addEntry(app, entry);
  const shownOn = map();
  if (shownOn) fitUserLayer(shownOn, layer);
  app.announce(t.added(layer.name, layer.featureCount));
  // Feature dates that cannot be read are said, with the feature (issue 11).
  const undated = app.layerTimes(layer).problems;
  for (const notice of [...layer.notices, ...undated])
    app.notify('info', `${layer.name}: ${notice}`);
}

/** Adds each file as a layer, or records why not. Nothing on the map changes on refusal. */
export async function addUserFiles(
  files: readonly File[],
  app: AppState,
  map: () => MaplibreMap | null,
): Promise<void> {
  // One at a time, drops queued too: the same file twice is then noticed, and ids never collide.
  const run = queue.then(async () => {
    app.startUserFiles();
    for (const file of files) await addOne(file, app, map);
  });
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<void> = Promise.resolve();
