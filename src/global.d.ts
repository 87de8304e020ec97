import type { Map as MaplibreMap } from 'maplibre-gl';
import type { PageExport } from './export/browser/page-hook.ts';

declare global {
  interface Window {
    /** The live map, for the browser tests and the snapshot command line (read-only use). */
    __storyMap?: MaplibreMap;
    /** Makes an export through the dialog's code path (command line and benchmark). */
    __storyExport?: PageExport;
  }
}
export {};
