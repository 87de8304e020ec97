/**
 * `npm run snapshot -- --place sudzha --preset a4-landscape --dpi 300 --format png --out sudzha.png`
 * Opens the built app in headless Chromium and exports through the same code as the dialog.
 */
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { serialiseHash } from '../src/story/hash.ts';
import type { PageSnapshot } from '../src/snapshot/page-hook.ts';
import { launchChromium, waitForMapIdle } from './chromium.ts';
import { startServer } from './serve.mjs';
import { USAGE, parseSnapshotArgs, type SnapshotArgs } from './snapshot-args.ts';

function fail(message: string, code = 2): never {
  console.error(`snapshot: ${message}`);
  process.exit(code);
}

let args: SnapshotArgs;
try {
  args = parseSnapshotArgs(process.argv.slice(2));
} catch (e) {
  fail((e as Error).message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!existsSync('dist/index.html')) {
  console.log('dist/ is missing: building the app first…');
  execSync('npx vite build', { stdio: 'inherit' });
}

const started = Date.now();
const server = await startServer({ root: 'dist' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + serialiseHash({ view: args.view, place: args.place }));
  await waitForMapIdle(page);
  if (args.place) {
    const selected = await page.evaluate(() =>
      new URLSearchParams(location.hash.slice(1)).get('place'),
    );
    if (selected !== args.place) fail(`there is no place "${args.place}" in this story.`);
  }
  const hidden = new Set(args.hide);
  const options = {
    preset: args.preset,
    dpi: args.dpi,
    custom: args.custom,
    format: args.format,
    quality: args.quality,
    title:
      args.title ??
      (await page.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '')),
    show: {
      title: !hidden.has('title'),
      date: !hidden.has('date'),
      legend: !hidden.has('legend'),
      scaleBar: !hidden.has('scale-bar'),
      northArrow: !hidden.has('north-arrow'),
      callout: !hidden.has('callout') && args.place !== undefined,
      inset: !hidden.has('inset'),
    },
    ...(args.view
      ? { view: { center: [args.view.lng, args.view.lat], zoom: args.view.zoom } }
      : {}),
  };
  let result: PageSnapshot;
  try {
    result = (await page.evaluate(
      (o) => window.__storyExport!(o as never),
      options,
    )) as PageSnapshot;
  } catch (e) {
    fail(
      String((e as Error).message)
        .replace(/^page\.evaluate: (\w*Error: )?/, '')
        .split('\n')[0]!,
      1,
    );
  }
  if (errors.length > 0) fail(`the page reported: ${errors.join('; ')}`, 1);
  const bytes = Buffer.from(result.base64, 'base64');
  const out = args.out ?? result.fileName;
  writeFileSync(out, bytes);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Wrote ${out}: ${result.width}×${result.height} px, ${Math.round(result.dpi)} DPI, ` +
      `${(bytes.length / 1024).toFixed(0)} KB in ${seconds} s.`,
  );
} finally {
  await browser.close();
  await server.close();
}
