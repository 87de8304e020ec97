/**
 * Picked or dropped files become the reader's layers. The reader (`user-file.ts`, with its
 * worker) is loaded on first use: most readers never add a layer.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AppState } from '../app/app-state.svelte.ts';

/** Adds `files` as layers of `map` (ids already on it are not reused; each is fitted in view). */
export function addFiles(files: File[], app: AppState, map: () => MaplibreMap | null): void {
  void import('./user-file.ts').then(({ addUserFiles }) => addUserFiles(files, app, map));
}
