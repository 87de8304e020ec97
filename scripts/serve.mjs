// Serves the built app (dist/) from this machine only. Used by `npm start`, the browser tests,
// the snapshot command line and the benchmark. Run directly: `node scripts/serve.mjs [--port N]`.
//
// Files are served by `sirv` (issue 16: the hand-written server exited on one malformed URL).
// This file only adds what sirv leaves to its caller: which requests reach it at all (methods,
// malformed or traversing paths), the security headers on every response, errors included,
// caching, and timeouts so a slow client cannot hold a connection open.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookup } from 'mrmime';
import sirv from 'sirv';

/**
 * Who may show the app in a frame: `'self'` (the same origin, e.g. an `?embed=1` iframe on the
 * newsroom's own site) unless `FRAME_ANCESTORS` lists others, space-separated: `'self'`,
 * `'none'` or origins such as `https://news.example`.
 */
export const DEFAULT_FRAME_ANCESTORS = "'self'";

const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * The `frame-ancestors` sources from a space-separated list; throws naming the first entry that
 * is not `'self'`, `'none'` or an http(s) origin, so a typo never silently opens the app to
 * every site (or closes it to the newsroom's own).
 * @example frameAncestors("'self' https://news.example") // "'self' https://news.example"
 */
export function frameAncestors(list = DEFAULT_FRAME_ANCESTORS) {
  const entries = list.trim().split(/\s+/).filter(Boolean);
  if (entries.length === 0) return DEFAULT_FRAME_ANCESTORS;
  for (const entry of entries) {
    if (entry !== "'self'" && entry !== "'none'" && !ORIGIN.test(entry)) {
      throw new Error(
        `FRAME_ANCESTORS: "${entry.slice(0, 80)}" is not 'self', 'none' or an origin like https://news.example`,
      );
    }
  }
  if (entries.includes("'none'") && entries.length > 1) {
    throw new Error("FRAME_ANCESTORS: 'none' cannot be combined with other sources");
  }
  return entries.join(' ');
}

/**
 * Content-Security-Policy for the app. MapLibre needs: its worker from our origin ('self') and
 * blob: (it may wrap worker code in a blob URL); images from blob: (export previews) and data:;
 * no eval and no inline script anywhere.
 */
export function contentSecurityPolicy(ancestors = DEFAULT_FRAME_ANCESTORS) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "img-src 'self' data: blob:",
    "style-src 'self'",
    "font-src 'self'",
    "connect-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors(ancestors)}`,
  ].join('; ');
}

/** The policy with the default frame-ancestors ('self'). */
export const CSP = contentSecurityPolicy();

/** Vite's content-hashed output: a changed file gets a new name, so these never go stale. */
const HASHED = /^\/assets\//;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const METHODS = 'GET, HEAD';

/**
 * Why a request path is refused before any file is looked up: 400 when it is not valid
 * percent-encoding or holds a NUL or backslash, 403 when a segment is `..` in any encoding.
 * @param {string} rawPath the path of the request line, still percent-encoded
 * @returns {400 | 403 | null}
 */
export function pathProblem(rawPath) {
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return 400;
  }
  if (path.includes('\0') || path.includes('\\') || !path.startsWith('/')) return 400;
  return path.split('/').some((segment) => segment === '..') ? 403 : null;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 */
function plain(res, status, text) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(`${text}\n`);
}

/**
 * Caching by name, and `charset=utf-8` on text types (sirv's type table, mrmime, leaves it out;
 * sirv keeps a content-type set here).
 * @param {import('node:http').ServerResponse} res
 * @param {string} pathname
 */
function setHeaders(res, pathname) {
  res.setHeader('cache-control', HASHED.test(pathname) ? IMMUTABLE : 'no-cache');
  const type = lookup(pathname);
  if (type && /^(text\/|application\/(json|geo\+json)$)/.test(type)) {
    res.setHeader('content-type', `${type}; charset=utf-8`);
  }
}

/**
 * Starts a static server for `root`; resolves with its URL and a close function.
 * @param {{ root?: string, port?: number, host?: string, frameAncestors?: string,
 *   headersTimeout?: number, requestTimeout?: number }} [options]
 *   `headersTimeout`: ms a client may take to send its request headers (then 408 and closed).
 */
export async function startServer({
  root = 'dist',
  port = 0,
  host = '127.0.0.1',
  frameAncestors: ancestors = process.env.FRAME_ANCESTORS ?? DEFAULT_FRAME_ANCESTORS,
  headersTimeout = 10_000,
  requestTimeout = 30_000,
} = {}) {
  const csp = contentSecurityPolicy(ancestors);
  const files = sirv(resolve(root), {
    etag: true,
    dotfiles: false,
    setHeaders,
    onNoMatch: (_req, res) => plain(res, 404, 'Not found'),
  });
  const server = createServer(
    // Timeouts are checked on this interval (Node's default, 30 s, would let them overrun).
    { connectionsCheckingInterval: Math.min(1000, headersTimeout), requestTimeout },
    (req, res) => {
      res.setHeader('content-security-policy', csp);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
      try {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.setHeader('allow', METHODS);
          return plain(res, 405, 'Method not allowed');
        }
        const raw = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
        const problem = pathProblem(raw);
        if (problem === 400) return plain(res, 400, 'Bad request');
        if (problem === 403) return plain(res, 403, 'Forbidden');
        files(req, res);
      } catch (error) {
        // Never let one request take the server down.
        console.error('serve:', error);
        if (!res.headersSent) plain(res, 500, 'Internal error');
        else res.destroy();
      }
    },
  );
  server.headersTimeout = headersTimeout;
  // Node's own answer to a request it cannot parse (bad request line, headers over 16 KB,
  // headers too slow) carries no headers; this one carries the policy too.
  server.on('clientError', (error, socket) => {
    const code = /** @type {{ code?: string }} */ (error).code;
    const status =
      code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    const busy = /** @type {{ _httpMessage?: unknown }} */ (socket)._httpMessage;
    if (!socket.writable || busy) return void socket.destroy();
    // Ended, then closed: a client that keeps sending is cut off, not left half-open.
    socket.end(
      `HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n` +
        `Content-Security-Policy: ${csp}\r\nX-Content-Type-Options: nosniff\r\n\r\n`,
      () => socket.destroy(),
    );
  });
  await new Promise((ok) => server.listen(port, host, () => ok(undefined)));
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
  return {
    url,
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeIdleConnections();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = Number(i > 0 ? process.argv[i + 1] : (process.env.PORT ?? 4173));
  const { url } = await startServer({ port });
  console.log(`Kursk story map: ${url}`);
  console.log('Serving dist/ on this machine only. Press Ctrl+C to stop.');
}
