/**
 * Counters injected into both benchmarked pages (a string: tsx wraps named functions in a
 * `__name` helper the page lacks; DevTools-injected code is not subject to the app's CSP).
 *
 * - `readBackMs`: time in draws of a MapLibre canvas onto a 2D canvas. That is where our export
 *   reads the WebGL pixels back, and where SwiftShader runs the GPU work queued until then.
 * - `draws`, `frames`: WebGL draw calls, and clears of the canvas itself (one per MapLibre frame),
 *   while an export runs: how much GPU work each exporter asks for.
 *
 * Read and reset with READ_COUNTERS.
 */
export const INSTALL_COUNTERS = `(() => {
  if (window.__benchGl) return;
  const counters = { readBackMs: 0, draws: 0, frames: 0 };
  window.__benchGl = counters;
  const draw2d = CanvasRenderingContext2D.prototype.drawImage;
  CanvasRenderingContext2D.prototype.drawImage = function (source, ...rest) {
    if (!(source instanceof HTMLCanvasElement && source.classList.contains('maplibregl-canvas'))) {
      return draw2d.call(this, source, ...rest);
    }
    const t = performance.now();
    try {
      return draw2d.call(this, source, ...rest);
    } finally {
      counters.readBackMs += performance.now() - t;
    }
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of ['drawElements', 'drawArrays']) {
      const original = proto[name];
      proto[name] = function (...args) {
        counters.draws += 1;
        return original.apply(this, args);
      };
    }
    const clear = proto.clear;
    proto.clear = function (mask) {
      const onCanvas = this.getParameter(this.FRAMEBUFFER_BINDING) === null;
      if (onCanvas && mask & this.COLOR_BUFFER_BIT) counters.frames += 1;
      return clear.call(this, mask);
    };
  }
})()`;

export interface Counters {
  readBackMs: number;
  draws: number;
  frames: number;
}

/** Returns the counters and sets them back to zero. */
export const READ_COUNTERS = `(() => {
  const counters = window.__benchGl;
  const out = { ...counters };
  Object.assign(counters, { readBackMs: 0, draws: 0, frames: 0 });
  return out;
})()`;
