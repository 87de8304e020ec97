/** Where the benchmark builds things: under node_modules/.cache, so nothing new needs ignoring. */
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
const CACHE = fileURLToPath(new URL('../node_modules/.cache/bench/', import.meta.url));

/** The app, built from the working tree with the app's own vite.config.ts. */
export const APP_DIST = `${CACHE}app`;
/** The bare MapLibre page (bench/vite.config.ts). */
export const BARE_DIST = `${CACHE}bare`;
/** The bare page's HTML file inside BARE_DIST. */
export const BARE_PAGE = 'bare.html';
/** The results of the load benchmark. */
export const LOAD_REPORT = `${REPO}docs/bench-load.md`;
