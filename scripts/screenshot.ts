/**
 * Makes the README's screenshots from the built app: `npm run build && npm run screenshot`.
 * Writes docs/screenshot.png (desktop, Sudzha selected) and docs/screenshot-phone.png (360 px, first view).
 */
import { mkdirSync } from 'node:fs';
import { launchChromium, waitForMapIdle } from './chromium.ts';
import { startServer } from './serve.mjs';

const server = await startServer({ root: 'dist' });
const browser = await launchChromium();
mkdirSync('docs', { recursive: true });

async function shoot(hash: string, file: string, viewport: { width: number; height: number }) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(server.url + hash);
  await waitForMapIdle(page);
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
  await page.close();
}

try {
  await shoot('#place=sudzha', 'docs/screenshot.png', { width: 1280, height: 800 });
  await shoot('', 'docs/screenshot-phone.png', { width: 360, height: 740 });
} finally {
  await browser.close();
  await server.close();
}
