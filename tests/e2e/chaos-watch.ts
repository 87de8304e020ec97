/**
 * What the chaos, CSP and resilience tests watch besides errors: Content-Security-Policy
 * violations the page reports, and anything that would take the reader away from the page.
 */
import type { Page } from 'playwright-core';

export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
    __injected?: number;
  }
}

/**
 * Registered with `context.addInitScript`, so it runs before any of the app's code. A string:
 * the page's CSP forbids eval, and tsx would wrap a function's inner names in a missing helper.
 */
export const CSP_LISTENER = `
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push({
    directive: e.violatedDirective,
    blocked: e.blockedURI,
    source: e.sourceFile + ':' + e.lineNumber,
    sample: e.sample,
  });
});
`;

/** The violations recorded so far (the listener must be registered before the page loaded). */
export async function cspViolations(page: Page): Promise<CspViolation[]> {
  const found = await page.evaluate(() => window.__cspViolations);
  if (!found) throw new Error('The CSP listener is not installed in this page.');
  return found;
}

/**
 * Records every way the page could leave the reader's tab: a popup, a JavaScript dialog
 * (alert, confirm, prompt, beforeunload), a download, or the main frame loading another document.
 * Changes of the hash alone are same-document navigations and are not recorded.
 */
export function watchLeaving(page: Page): string[] {
  const events: string[] = [];
  const documentUrl = (url: string) => url.split('#')[0];
  const start = documentUrl(page.url());
  page.on('popup', (popup) => events.push(`popup: ${popup.url()}`));
  page.on('dialog', (dialog) => {
    events.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('download', (download) => events.push(`download: ${download.suggestedFilename()}`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && documentUrl(frame.url()) !== start) {
      events.push(`navigation: ${frame.url()}`);
    }
  });
  return events;
}
