/**
 * MapLibre's worker with two changes, so a reader's layer never passes through the page's thread
 * (issue 11: a file at the limits must not block the page). A reader's layer is given to the map
 * as a `blob:` URL of its validated GeoJSON, read and checked in the reader worker. Stock
 * MapLibre 6 then costs the page two long tasks for a 999,999-position line (0.5 to 1 s each):
 *
 * 1. Its worker does not fetch URLs of schemes other than http(s) and file itself: it asks the
 *    page, which fetches and parses the JSON and copies it back. Here the worker registers a
 *    loader for `blob:` URLs (MapLibre's `addProtocol`, in the worker) and reads them itself.
 * 2. After loading a URL it copies the data back to the page, so that `source.getData()` can
 *    answer without a round trip. The app keeps each reader's layer as a Blob of its own
 *    (export, storage, facts) and never asks the map for it, so for the reader's sources (ids
 *    starting with `user-`) that copy is dropped. Story and basemap sources are unchanged.
 *
 * The second change reaches into the worker's `_getWorkerSource`, which is not public API: if a
 * MapLibre release renames it, the worker keeps MapLibre's own behaviour (slower, not wrong),
 * and `tests/e2e/user-formats-limits.test.ts` fails on the longest task.
 */
// Importing the module starts MapLibre's worker (`self.worker`). Its class is named, not only
// imported for effect: maplibre-gl declares no side effects, so a bare import is dropped.
import MaplibreWorkerClass from 'maplibre-gl/dist/maplibre-gl-worker.mjs';

interface LoadDataResult {
  data?: unknown;
}
interface GeoJsonWorkerSource {
  loadData(params: unknown): Promise<LoadDataResult>;
}
interface MaplibreWorker {
  _getWorkerSource(mapId: string, type: string, source: string): GeoJsonWorkerSource;
}

/** The reader's layers' source ids: see `src/user-files` (`user-<name>`). */
const READER_SOURCE = /^user-/;

interface LoadRequest {
  url: string;
  type?: 'json' | 'arrayBuffer' | 'image' | 'string';
}
type Loader = (request: LoadRequest, abort: AbortController) => Promise<{ data: unknown }>;

/** Reads a `blob:` URL in this worker, as MapLibre's own fetch would read an http(s) one. */
const loadBlob: Loader = async ({ url, type }, abort) => {
  const response = await fetch(url, { signal: abort.signal });
  if (!response.ok) throw new Error(`could not read the layer's data (HTTP ${response.status})`);
  if (type === 'json') return { data: await response.json() };
  if (type === 'arrayBuffer' || type === 'image') return { data: await response.arrayBuffer() };
  return { data: await response.text() };
};

const scope = self as unknown as { addProtocol?: (scheme: string, load: Loader) => void };
// MapLibre names a URL's protocol by what comes before "://": `blob:http` for a page's blob URLs.
for (const scheme of ['blob:http', 'blob:https']) scope.addProtocol?.(scheme, loadBlob);

const started = (self as unknown as { worker?: unknown }).worker;
const worker = started instanceof MaplibreWorkerClass ? (started as MaplibreWorker) : undefined;
const patched = new WeakSet<GeoJsonWorkerSource>();

if (worker && typeof worker._getWorkerSource === 'function') {
  const getSource = worker._getWorkerSource.bind(worker);
  worker._getWorkerSource = (mapId, type, source) => {
    const found = getSource(mapId, type, source);
    if (type === 'geojson' && READER_SOURCE.test(source) && !patched.has(found)) {
      patched.add(found);
      const loadData = found.loadData.bind(found);
      found.loadData = async (params) => {
        const result = await loadData(params);
        delete result.data;
        return result;
      };
    }
    return found;
  };
}
