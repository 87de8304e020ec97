/** Opens the app with the CSP violation listener installed before any of the app's code runs. */
import type { Browser, BrowserContextOptions, Response } from 'playwright-core';
import { openApp, waitForIdle, type OpenedApp } from './app.ts';
import { CSP_LISTENER } from './chaos-watch.ts';

export interface WatchedApp extends OpenedApp {
  /** The response for the document the listener watches. */
  response: Response;
}

/**
 * `openApp` cannot take an init script, so the listener is added to its context and the page is
 * loaded again; the first load is still covered by `errors`, as Chromium reports each CSP
 * violation as a console error too.
 */
export async function openWithCspListener(
  browser: Browser,
  hash = '',
  options: BrowserContextOptions = {},
): Promise<WatchedApp> {
  const app = await openApp(browser, hash, options);
  await app.page.context().addInitScript(CSP_LISTENER);
  const response = await app.page.reload();
  if (!response) throw new Error('Reloading the app gave no response.');
  await waitForIdle(app.page);
  return { ...app, response };
}
