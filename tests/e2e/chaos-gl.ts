/** Forces the live map's WebGL context to be lost and restored, as a GPU reset does. */
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    /** The extension of the context a test lost: a lost context hands out no extensions. */
    __loseContext?: WEBGL_lose_context;
  }
}

/** Loses the live map's WebGL context; resolves once MapLibre has handled the loss. */
export function loseContext(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const map = window.__storyMap!;
        const canvas = map.getCanvas();
        const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
        const lose = gl?.getExtension('WEBGL_lose_context');
        if (!lose) return reject(new Error('WEBGL_lose_context is not available'));
        window.__loseContext = lose;
        map.once('webglcontextlost', () => resolve());
        lose.loseContext();
      }),
  );
}

/** Restores the context `loseContext` lost; resolves once MapLibre has rebuilt its style. */
export function restoreContext(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const lose = window.__loseContext;
        if (!lose) return reject(new Error('No context was lost by this test'));
        window.__storyMap!.once('webglcontextrestored', () => resolve());
        lose.restoreContext();
      }),
  );
}

/** Story features drawn now; 0 while the map has no style (it is rebuilt after a context loss). */
export function storyFeaturesDrawn(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = window.__storyMap!;
    if (!map.getStyle()?.layers.some((l) => l.id === 'sudzha-dot')) return 0;
    return map.queryRenderedFeatures({ layers: ['sudzha-dot', 'kursk-region-fill'] }).length;
  });
}
