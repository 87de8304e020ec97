/**
 * Code that runs inside the benchmarked pages. It is kept as strings: tsx (esbuild) wraps named
 * functions in a `__name` helper that does not exist in the page. Playwright injects these through
 * the DevTools protocol, so the app's CSP (no eval) does not apply to them.
 */

/** What LOAD_MARKS records, in ms since navigation start (`performance.now()`). */
export interface LoadMarks {
  /** The page assigned `window.__storyMap` (the map was constructed). */
  created: number | null;
  /** The map's `load` event: style and sources parsed. */
  load: number | null;
  /** The first `idle` with `map.loaded()` true: everything fetched, placed and drawn. */
  idle: number | null;
  /** Main-thread long tasks (> 50 ms) before the first idle: their count and total duration. */
  longTasks: number;
  longTaskMs: number;
  /** Tiles the map asked its worker to (re)build before the first idle. */
  tileLoads: number;
}

/**
 * Injected before any page script: catches the moment the page sets `window.__storyMap` (an
 * accessor instead of polling, so no event can be missed) and records the map's first idle.
 */
export const LOAD_MARKS = `(() => {
  const marks = { created: null, load: null, idle: null, longTasks: 0, longTaskMs: 0, tileLoads: 0 };
  window.__benchMarks = marks;
  new PerformanceObserver((list) => {
    if (marks.idle !== null) return;
    for (const entry of list.getEntries()) {
      marks.longTasks += 1;
      marks.longTaskMs += entry.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
  let current;
  Object.defineProperty(window, '__storyMap', {
    configurable: true,
    get: () => current,
    set: (map) => {
      current = map;
      if (!map || marks.created !== null) return;
      marks.created = performance.now();
      map.once('load', () => { marks.load = performance.now(); });
      map.on('sourcedata', (e) => { if (e.tile && marks.idle === null) marks.tileLoads += 1; });
      const onIdle = () => {
        if (map.loaded()) marks.idle = performance.now();
        else map.once('idle', onIdle);
      };
      map.once('idle', onIdle);
    },
  });
})();`;

/** Resolves with the marks once the map has been idle, or rejects after `timeoutMs`. */
export const waitForMarks = (timeoutMs: number) => `new Promise((resolve, reject) => {
  const started = performance.now();
  const poll = () => {
    const marks = window.__benchMarks;
    if (marks && marks.idle !== null) resolve({ ...marks });
    else if (performance.now() - started > ${timeoutMs}) reject(new Error('no map idle'));
    else setTimeout(poll, 20);
  };
  poll();
})`;

/** Navigation and resource timing: when the page's own files finished arriving. */
export interface ResourceMarks {
  domContentLoaded: number;
  /** responseEnd of the last script and stylesheet of the page (not MapLibre's worker). */
  codeArrived: number;
  /** startTime of the first data file (JSON, GeoJSON): when the page asked for its data. */
  dataRequested: number;
  /** responseEnd of the last data file (JSON, GeoJSON) and font. */
  dataArrived: number;
  fontsArrived: number;
}

export const RESOURCE_MARKS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const last = (test) =>
    Math.max(0, ...performance.getEntriesByType('resource')
      .filter((e) => test(new URL(e.name).pathname))
      .map((e) => e.responseEnd));
  const data = performance.getEntriesByType('resource')
    .filter((e) => /\\.(geo)?json$/.test(new URL(e.name).pathname));
  return {
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : 0,
    dataRequested: Math.min(...data.map((e) => e.startTime)),
    codeArrived: last((p) => /\\/assets\\/[^/]+\\.(css|js)$/.test(p) && !/worker/.test(p)),
    dataArrived: last((p) => /\\.(geo)?json$/.test(p)),
    fontsArrived: last((p) => /\\.woff2?$/.test(p)),
  };
})()`;

/**
 * Arms the click probe: the next mousedown's timestamp, then the moment an `<aside>` named
 * `name` (aria-labelledby or aria-label) is in the DOM with a size, then the end of the frame
 * that paints it (requestAnimationFrame, then a message posted from it: after the frame's paint
 * has been issued). Results land in `window.__benchClick`.
 */
export const armClickProbe = (name: string) => `(() => {
  const probe = { down: null, inDom: null, painted: null };
  window.__benchClick = probe;
  const wanted = ${JSON.stringify(name)};
  const named = (el) => {
    const by = el.getAttribute('aria-labelledby');
    const label = by ? document.getElementById(by)?.textContent : el.getAttribute('aria-label');
    return (label ?? '').trim() === wanted;
  };
  addEventListener('mousedown', (e) => { if (probe.down === null) probe.down = e.timeStamp; },
    { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (probe.down === null) return;
    const aside = [...document.querySelectorAll('aside')].find(named);
    if (!aside || aside.getBoundingClientRect().height === 0) return;
    observer.disconnect();
    probe.inDom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { probe.painted = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

/** What the click probe recorded, ms since navigation start; null until it happened. */
export interface ClickMarks {
  down: number | null;
  inDom: number | null;
  painted: number | null;
}

export const READ_CLICK_PROBE = 'window.__benchClick';

/**
 * One map frame with nothing else going on: ms from `triggerRepaint()` to the end of the frame
 * that draws it (a message posted from MapLibre's render callback runs after that frame's
 * commit). With software WebGL the commit waits for SwiftShader to finish drawing.
 */
export const MAP_FRAME = `new Promise((resolve) => {
  const map = window.__storyMap;
  const started = performance.now();
  map.once('render', () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - started);
    channel.port2.postMessage(null);
  });
  map.triggerRepaint();
})`;

/** The size of the map's container in CSS pixels. */
export const MAP_SIZE = `(() => {
  const r = window.__storyMap.getContainer().getBoundingClientRect();
  return { width: r.width, height: r.height };
})()`;

/** The WebGL renderer string (shows SwiftShader when WebGL runs in software). */
export const WEBGL_RENDERER = `(() => {
  const gl = window.__storyMap.getCanvas().getContext('webgl2');
  const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
  return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
})()`;
