/**
 * `window.__storyMap`: the live map for the browser tests, the snapshot command line and the
 * benchmark, which drive the page with Playwright. Exposed only to automation
 * (`navigator.webdriver`, set by Chromium under Playwright and WebDriver), never to a reader's
 * page scripts; the app itself reaches the map through `StoryMap`'s context and `liveMap()`.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

/** Exposes `map` to automation; returns the teardown. */
export function exposeForTests(map: MaplibreMap): () => void {
  if (!navigator.webdriver) return () => undefined;
  window.__storyMap = map;
  return () => {
    if (window.__storyMap === map) delete window.__storyMap;
  };
}
