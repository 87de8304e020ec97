/**
 * One export by @watergis/maplibre-gl-export: A4 landscape, 300 DPI, PNG, through the same
 * `generateMap` its control's Generate button calls. The plugin hands its result to the browser as
 * a download (`a.href = canvas.toDataURL(); a.click()`), so the click is caught in the page: the
 * file is ready then, and no time is spent moving it to disk.
 */
import '@watergis/maplibre-gl-export/dist/maplibre-gl-export.css';
import { DPI, Format, MaplibreExportControl, Size, Unit } from '@watergis/maplibre-gl-export';
import type { Map as MaplibreMap } from 'maplibre-gl';

export interface PluginExportResult {
  /** From the call to the file being ready, in ms. */
  wallMs: number;
  /** Inside `canvas.toDataURL()`: read-back of the WebGL canvas plus PNG encoding. */
  toDataUrlMs: number;
  fileName: string;
  /** The file's size in bytes and its first bytes (base64), enough for IHDR and pHYs. */
  bytes: number;
  head: string;
}

declare global {
  interface Window {
    /** One maplibre-gl-export export (A4 landscape, 300 DPI, PNG) of the page's map. */
    __pluginExport?: () => Promise<PluginExportResult>;
    /** The maplibre-gl of the page's map, and the one the plugin renders its export with. */
    __exportVersions?: { page: string; plugin: string };
  }
}

/** `generateMap` is protected: it is the control's own export, without the form around it. */
class Generator extends MaplibreExportControl {
  run(map: MaplibreMap) {
    this.generateMap(map, Size.A4, DPI[300], Format.PNG, Unit.mm, 'map');
  }
}

const TIMEOUT_MS = 180_000;

export function pluginExport(map: MaplibreMap): Promise<PluginExportResult> {
  const click = HTMLAnchorElement.prototype.click;
  const toDataURL = HTMLCanvasElement.prototype.toDataURL;
  let toDataUrlMs = 0;
  const restore = () => {
    HTMLAnchorElement.prototype.click = click;
    HTMLCanvasElement.prototype.toDataURL = toDataURL;
  };
  return new Promise<PluginExportResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      restore();
      reject(new Error(`maplibre-gl-export made no file within ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    HTMLCanvasElement.prototype.toDataURL = function (this: HTMLCanvasElement, ...args) {
      const t = performance.now();
      const url = toDataURL.apply(this, args);
      toDataUrlMs += performance.now() - t;
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) return click.call(this);
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      restore();
      const base64 = this.href.slice(this.href.indexOf(',') + 1);
      const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
      resolve({
        wallMs,
        toDataUrlMs,
        fileName: this.download,
        bytes: (base64.length * 3) / 4 - padding,
        head: base64.slice(0, 200),
      });
    };
    const started = performance.now();
    new Generator({}).run(map);
  });
}
