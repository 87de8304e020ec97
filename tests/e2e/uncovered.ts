/**
 * How much of the map a reader can see: the map's box on screen minus every panel over it,
 * measured from the page's own bounding boxes (not from what the app thinks covers the map).
 */
import type { Frame, Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Uncovered {
  /** The largest rectangle of map, in page pixels, that no panel covers and the window shows. */
  box: Box;
  /** Its width as a share of the window's width. */
  widthShare: number;
  /** Its area as a share of the window's area. */
  areaShare: number;
  /** The panels that overlapped the map, for a failure message. */
  covers: string[];
}

/**
 * Browser-side code as a string: tsx wraps named functions in a `__name` helper the page lacks.
 * Panels are the page's landmarks and sections (header, nav, aside, section, article, tab list,
 * dialog); the map's own controls and its section are not panels.
 */
const MEASURE = `(() => {
  const map = window.__storyMap;
  const container = map.getContainer();
  const r = container.getBoundingClientRect();
  let box = {
    left: Math.max(r.left, 0),
    top: Math.max(r.top, 0),
    right: Math.min(r.right, innerWidth),
    bottom: Math.min(r.bottom, innerHeight),
  };
  const covers = [];
  const PANELS =
    'header, nav, aside, section, article, [role="tablist"], [role="complementary"], dialog[open]';
  const panels = document.querySelectorAll(PANELS);
  const area = (b) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
  const found = [];
  for (const el of panels) {
    if (el.contains(container) || container.contains(el)) continue;
    // The outermost panel only (what is inside it is clipped to it); the map's section holds panels.
    const outer = el.parentElement && el.parentElement.closest(PANELS);
    if (outer && !outer.contains(container)) continue;
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    const p = el.getBoundingClientRect();
    if (p.width * p.height < 100) continue;
    found.push({ el, p });
  }
  // Biggest first.
  found.sort((a, b) => b.p.width * b.p.height - a.p.width * a.p.height);
  for (const { el, p } of found) {
    const overlaps =
      p.left < box.right - 1 && p.right > box.left + 1 && p.top < box.bottom - 1 && p.bottom > box.top + 1;
    if (!overlaps) continue;
    covers.push((el.getAttribute('aria-label') || el.id || el.className || el.tagName) + ' ' +
      JSON.stringify([Math.round(p.left), Math.round(p.top), Math.round(p.right), Math.round(p.bottom)]));
    // Keep the biggest part of the map the panel leaves free.
    const parts = [
      { ...box, right: Math.min(box.right, p.left) },
      { ...box, left: Math.max(box.left, p.right) },
      { ...box, bottom: Math.min(box.bottom, p.top) },
      { ...box, top: Math.max(box.top, p.bottom) },
    ];
    box = parts.reduce((best, b) => (area(b) > area(best) ? b : best));
  }
  return {
    box,
    widthShare: Math.max(0, box.right - box.left) / innerWidth,
    areaShare: area(box) / (innerWidth * innerHeight),
    covers,
  };
})()`;

export function uncoveredMap(page: Page | Frame): Promise<Uncovered> {
  return page.evaluate(MEASURE) as Promise<Uncovered>;
}

/** Where a lon/lat bounding box is drawn on the page (from the map's own `project()`). */
export function renderedBox(
  page: Page | Frame,
  bbox: [number, number, number, number],
): Promise<Box> {
  return page.evaluate((b) => {
    const map = window.__storyMap!;
    const r = map.getContainer().getBoundingClientRect();
    const sw = map.project([b[0], b[1]]);
    const ne = map.project([b[2], b[3]]);
    return {
      left: r.left + Math.min(sw.x, ne.x),
      right: r.left + Math.max(sw.x, ne.x),
      top: r.top + Math.min(sw.y, ne.y),
      bottom: r.top + Math.max(sw.y, ne.y),
    };
  }, bbox);
}

/** Is `inner` inside `outer`, give or take a pixel of rounding? */
export const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 1 &&
  inner.right <= outer.right + 1 &&
  inner.top >= outer.top - 1 &&
  inner.bottom <= outer.bottom + 1;
