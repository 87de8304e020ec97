/**
 * How long an export's map render may take before it is stopped (issue 16: a lost GPU context
 * or a source that never loads means the offscreen map never settles, and the export hung).
 */

/** The bound: A3 at 300 DPI takes seconds with software WebGL, so this is never reached in use. */
export const RENDER_TIMEOUT_MS = 90_000;

/** The page URL parameter that shortens the bound (tests use it to see it work). */
export const RENDER_TIMEOUT_PARAM = 'render-timeout-ms';

/**
 * The bound for a page opened with the query string `search`: `RENDER_TIMEOUT_MS`, or less when
 * `render-timeout-ms` asks for a whole number of milliseconds below it. Only ever shorter: a
 * larger, malformed or zero value keeps the default, so no link can make an export hang longer.
 * @example renderTimeoutMs('?render-timeout-ms=5000') // 5000
 * @example renderTimeoutMs('?render-timeout-ms=600000') // 90000
 * @example renderTimeoutMs('') // 90000
 */
export function renderTimeoutMs(search: string): number {
  const asked = new URLSearchParams(search).get(RENDER_TIMEOUT_PARAM);
  if (asked === null || !/^\d{1,9}$/.test(asked)) return RENDER_TIMEOUT_MS;
  const ms = Number(asked);
  return ms >= 1 && ms < RENDER_TIMEOUT_MS ? ms : RENDER_TIMEOUT_MS;
}
