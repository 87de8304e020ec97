/**
 * The static server over loopback (issue 16): hostile and malformed requests each get their
 * status, carry the policy, and never take the server down. Raw requests go through node:net so
 * nothing (fetch, http.request) normalises the path before the server sees it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, contentSecurityPolicy, frameAncestors, startServer } from '../../scripts/serve.mjs';

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

let server: { url: string; close: () => Promise<unknown> };
let port: number;
let root: string;

/** Sends `head` (request line and headers) as raw bytes; resolves with the parsed reply. */
function raw(head: string, timeout = 5000): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no reply within ${timeout} ms to ${head.slice(0, 60)}`));
    }, timeout);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const [top = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = top.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(head);
  });
}

const get = (path: string, method = 'GET') =>
  raw(`${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

async function stillAnswers() {
  const reply = await get('/');
  expect(reply.status).toBe(200);
  expect(reply.body).toContain('<div id="app">');
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="app"></div>\n');
  writeFileSync(join(root, 'assets', 'index-AbC123.js'), 'export {};\n');
  writeFileSync(join(root, 'assets', 'places-AbC123.geojson'), '{"type":"FeatureCollection"}');
  writeFileSync(join(root, '.secret'), 'no');
  server = await startServer({ root, headersTimeout: 1500, requestTimeout: 3000 });
  port = Number(new URL(server.url).port);
});

afterAll(() => server.close());

describe('serve: hostile requests', () => {
  const cases: [string, string, string, number][] = [
    ['malformed percent-encoding', 'GET', '/%E0%A4%A', 400],
    ['lone percent', 'GET', '/%', 400],
    ['%2e%2e traversal', 'GET', '/%2e%2e/%2e%2e/etc/passwd', 403],
    ['..%2f traversal', 'GET', '/..%2f..%2fetc%2fpasswd', 403],
    ['plain ../ traversal', 'GET', '/assets/../../etc/passwd', 403],
    ['encoded backslash traversal', 'GET', '/..%5c..%5cetc%5cpasswd', 400],
    ['NUL byte', 'GET', '/index.html%00.js', 400],
    ['dotfile', 'GET', '/.secret', 404],
    ['missing file', 'GET', '/nope.js', 404],
    ['PUT', 'PUT', '/', 405],
    ['DELETE', 'DELETE', '/index.html', 405],
    ['OPTIONS', 'OPTIONS', '/', 405],
    ['HEAD', 'HEAD', '/', 200],
  ];
  for (const [name, method, path, status] of cases) {
    it(`${name}: ${method} ${path} → ${status}, then / still answers`, async () => {
      const reply = await get(path, method);
      console.log(`serve case "${name}": ${method} ${path} → ${reply.status}`);
      expect(reply.status).toBe(status);
      expect(reply.headers['content-security-policy']).toBe(CSP);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      if (status === 405) expect(reply.headers['allow']).toBe('GET, HEAD');
      if (method === 'HEAD') expect(reply.body).toBe('');
      await stillAnswers();
    });
  }

  it('a 100 KB URL → 431 with the policy, then / still answers', async () => {
    const reply = await get(`/${'a'.repeat(100 * 1024)}`);
    console.log(`serve case "100 KB URL": → ${reply.status}`);
    expect(reply.status).toBe(431);
    expect(reply.headers['content-security-policy']).toBe(CSP);
    await stillAnswers();
  });

  it('a request line that is not HTTP → 400, then / still answers', async () => {
    const reply = await raw('\u0000\u0001 garbage\r\n\r\n');
    console.log(`serve case "garbage request line": → ${reply.status}`);
    expect(reply.status).toBe(400);
    await stillAnswers();
  });

  it('the 404 page carries the strict CSP', async () => {
    const reply = await get('/missing');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
  });
});

describe('serve: content types and caching', () => {
  it('index.html: text/html, no-cache', async () => {
    const reply = await get('/');
    expect(reply.headers['content-type']).toMatch(/^text\/html; ?charset=utf-8$/);
    expect(reply.headers['cache-control']).toBe('no-cache');
  });
  it('hashed assets: immutable, with their types', async () => {
    const js = await get('/assets/index-AbC123.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const geo = await get('/assets/places-AbC123.geojson');
    expect(geo.headers['content-type']).toBe('application/geo+json; charset=utf-8');
  });
  it('a query string does not change what is served', async () => {
    expect((await get('/?embed=1')).status).toBe(200);
  });
});

describe('serve: load and slow clients', () => {
  it('500 concurrent loopback requests are all answered', async () => {
    const replies = await Promise.all(Array.from({ length: 500 }, () => get('/')));
    const statuses = new Set(replies.map((r) => r.status));
    console.log(`serve case "500 concurrent": statuses ${[...statuses].join(', ')}`);
    expect(replies).toHaveLength(500);
    expect([...statuses]).toEqual([200]);
  });

  it('a client that never finishes its headers is cut off within the bound', async () => {
    const started = Date.now();
    const closed = await new Promise<{ ms: number; text: string }>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString('latin1')));
      socket.on('error', reject);
      socket.on('close', () => resolve({ ms: Date.now() - started, text }));
      socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      // One header byte every 200 ms, never the blank line that ends the headers.
      const drip = setInterval(() => socket.writable && socket.write('X'), 200);
      socket.on('close', () => clearInterval(drip));
    });
    console.log(
      `serve case "slow headers": cut off after ${closed.ms} ms: ${closed.text.split('\r\n')[0]}`,
    );
    expect(closed.ms).toBeLessThan(5000);
    expect(closed.text.startsWith('HTTP/1.1 408')).toBe(true);
    await stillAnswers();
  });
});

describe('serve: frame-ancestors', () => {
  it("defaults to 'self' so a same-origin embed works", () => {
    expect(CSP).toContain("frame-ancestors 'self'");
  });
  it('takes a list of origins', () => {
    expect(contentSecurityPolicy("'self' https://news.example")).toContain(
      "frame-ancestors 'self' https://news.example",
    );
    expect(frameAncestors("'none'")).toBe("'none'");
  });
  it('refuses an entry that is not an origin, naming it', () => {
    expect(() => frameAncestors('https://news.example *')).toThrow(/"\*" is not/);
    expect(() => frameAncestors('news.example; script-src *')).toThrow(/is not/);
    expect(() => frameAncestors("'none' 'self'")).toThrow(/'none' cannot/);
  });
});
