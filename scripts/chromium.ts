/** Launches Debian's Chromium through playwright-core, with the flags this sandbox needs. */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // WebGL 2 in software (SwiftShader): the map needs it and there is no GPU here.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/**
 * Browser-side code is passed as a string: tsx (esbuild) wraps named functions in a `__name`
 * helper that does not exist in the page.
 */
const WAIT_FOR_IDLE = `new Promise((resolve) => {
  const map = window.__storyMap;
  const done = () => (map.loaded() && !map.isMoving() ? resolve() : map.once('idle', done));
  map.once('idle', done);
  map.triggerRepaint();
})`;

/** Resolves when the page's map has loaded its style and data and finished rendering. */
export async function waitForMapIdle(page: Page): Promise<void> {
  // A function, not a string: a string predicate needs eval, which the app's CSP forbids.
  await page.waitForFunction(() => window.__storyMap !== undefined, null, { timeout: 30_000 });
  await page.evaluate(WAIT_FOR_IDLE);
}
