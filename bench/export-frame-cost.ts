/**
 * What one MapLibre frame at print size costs here, measured once per benchmark in the app's
 * page: a map made as src/export/browser/render-map.ts makes it (same style, hatch image, size, pixel
 * ratio and options, at the view the benchmark exports), waited until idle and read back, then
 * redrawn and read back alone, so the GPU work of a single frame shows. Set against the frames
 * an export draws, it tells where the read-back time comes from.
 */
import type { Page } from 'playwright-core';
import { bounded } from './export-runs.ts';

export interface FrameCost {
  /** MapLibre `render` events from construction to the first `idle`. */
  framesToIdle: number;
  /** Read-back after idle: every frame drawn so far. */
  firstReadBackMs: number;
  /** `redraw()` then read-back, each time: one frame. */
  oneFrameMs: number[];
}

const SINGLE_FRAMES = 3;

// A4 landscape at 300 DPI as renderMap draws it: whole CSS pixels, the ratio adjusted to fit.
const PROBE = `(async () => {
  const live = window.__storyMap;
  const container = document.createElement('div');
  Object.assign(container.style, {
    position: 'fixed', left: '0', top: '0', width: '1123px', height: '794px',
    visibility: 'hidden', pointerEvents: 'none', zIndex: '-1',
  });
  document.body.append(container);
  const map = new live.constructor({
    container, style: live.getStyle(), center: live.getCenter(), zoom: live.getZoom(),
    bearing: live.getBearing(), pixelRatio: 3508 / 1123, interactive: false,
    attributionControl: false, fadeDuration: 0, maxZoom: 24,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
    maxCanvasSize: [8192, 8192],
  });
  for (const id of live.listImages()) {
    const image = live.getImage(id);
    if (image) map.addImage(id, image.data, { pixelRatio: image.pixelRatio });
  }
  let frames = 0;
  map.on('render', () => { frames += 1; });
  await new Promise((resolve) => map.once('idle', resolve));
  const framesToIdle = frames;
  const out = document.createElement('canvas');
  out.width = 3508;
  out.height = 2480;
  const context = out.getContext('2d');
  let t = performance.now();
  context.drawImage(map.getCanvas(), 0, 0);
  const firstReadBackMs = performance.now() - t;
  const oneFrameMs = [];
  for (let i = 0; i < ${SINGLE_FRAMES}; i++) {
    t = performance.now();
    map.redraw();
    context.drawImage(map.getCanvas(), 0, 0);
    oneFrameMs.push(performance.now() - t);
  }
  map.remove();
  container.remove();
  return { framesToIdle, firstReadBackMs, oneFrameMs };
})()`;

/** Runs the probe once in the app's page. */
export function measureFrameCost(page: Page): Promise<FrameCost> {
  return bounded(page.evaluate(PROBE) as Promise<FrameCost>, 'frame cost probe');
}
