/**
 * A thousand seeded random reader actions in one page; the app must come out with no error, no
 * CSP violation, nothing that left the page, a map that still draws and a list that still works.
 * Replay a run with `CHAOS_SEED=<seed> npx vitest run --project e2e tests/e2e/chaos.test.ts`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { anyLang } from './names.ts';
import { openApp, waitForIdle } from './app.ts';
import { findControls, runAction } from './chaos-actions.ts';
import { openWithCspListener } from './chaos-open.ts';
import { Random, chaosSeed } from './chaos-random.ts';
import { cspViolations, watchLeaving } from './chaos-watch.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * 50 actions in `npm test` (keeps the test command within its 15 minutes); the long run is
 * `CHAOS_ACTIONS=1000 npx vitest run --project e2e tests/e2e/chaos.test.ts`.
 */
const ACTIONS = Number(process.env.CHAOS_ACTIONS ?? 50);
const IDLE_EVERY = 100;
/**
 * About 0.3 s an action with the machine to itself, but software WebGL frames slow every action
 * down when other browsers share the two cores; the limit leaves room for that.
 */
const TIMEOUT_MS = 60_000 + ACTIONS * 840;
/**
 * A control that cannot be used within this long counts as a failed action. Not a speed target
 * (those are in `npm run bench`): a page that stays unusable this long is stuck. 10 s, because
 * with two browser test files sharing the two cores, one software-rendered redraw can hold the
 * page for over 5 s: in one CI run a list button waited 6 s after the map had been sent to the
 * whole world at zoom 3 (seed 20240916, action #14), and the page went on working.
 */
const ACTION_TIMEOUT_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the map to settle, or says it did not. */
async function settle(page: Page, ms = 20_000): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`the map did not become idle within ${ms} ms`), ms);
  });
  try {
    return await Promise.race([waitForIdle(page).then(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The live map's state in a line, for a failure message. */
const describeMap = (page: Page) =>
  page.evaluate(() => {
    const map = window.__storyMap!;
    const canvas = map.getCanvas();
    return JSON.stringify({
      hash: location.hash,
      zoom: map.getZoom(),
      center: map.getCenter(),
      loaded: map.loaded(),
      moving: map.isMoving(),
      contextLost: (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))?.isContextLost(),
      canvas: [canvas.width, canvas.height, canvas.clientWidth, canvas.clientHeight],
      visibility: map.getLayoutProperty('kursk-region-fill', 'visibility') ?? 'default',
      layers: map.getStyle()?.layers.length,
    });
  });

/** Playwright's first line says what failed; the call log's last reason says why. */
function whyFailed(e: Error): string {
  // eslint-disable-next-line no-control-regex -- Playwright colours its call log.
  const lines = e.message.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim());
  const reason = lines
    .filter((l) => /intercepts pointer events|not visible|not enabled|not stable|detached/.test(l))
    .at(-1);
  return [lines[0], reason].filter(Boolean).join(' / ');
}

describe('chaos', () => {
  it(`survives ${ACTIONS} random reader actions`, { timeout: TIMEOUT_MS }, async () => {
    const seed = chaosSeed();
    console.log(`chaos seed ${seed} (replay with CHAOS_SEED=${seed})`);
    const rnd = new Random(seed);
    const app = await openWithCspListener(browser);
    const { page } = app;
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const leaving = watchLeaving(page);
    const controls = await findControls(page);
    expect(controls.placeCount).toBeGreaterThan(3);
    expect(controls.layerCount).toBeGreaterThanOrEqual(5);
    expect(controls.articleLinks.length).toBeGreaterThan(3);

    const log: string[] = [];
    const failed: string[] = [];
    let problemSeen = false;
    const started = Date.now();
    const timeByKind: Record<string, number[]> = {};
    for (let i = 0; i < ACTIONS; i++) {
      const t0 = Date.now();
      let done: string;
      try {
        done = await runAction(controls, rnd);
      } catch (e) {
        done = `FAILED: ${whyFailed(e as Error)}`;
        if (process.env.CHAOS_DEBUG) console.log((e as Error).message);
        failed.push(`#${i} ${done}`);
      }
      log.push(`#${i} ${done}`);
      const k = done.split(' ')[0] ?? '?';
      (timeByKind[k] ??= []).push(Date.now() - t0);
      if (Date.now() - t0 > 5000) console.log(`#${i} took ${Date.now() - t0} ms: ${done}`);
      if (!problemSeen && app.errors.length + leaving.length > 0) {
        problemSeen = true;
        console.log(`first problem after action #${i} (${done}):`, app.errors, leaving);
        console.log('the actions before it:\n' + log.slice(-15).join('\n'));
      }
      await sleep(rnd.between(5, 20));
      if (i % IDLE_EVERY === IDLE_EVERY - 1) {
        const stuck = await settle(page);
        if (stuck) failed.push(`#${i} ${stuck}`);
        console.log(`#${i}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`chaos seed ${seed}: ${ACTIONS} actions in ${seconds.toFixed(1)} s`);
    console.log(
      'actions by kind (count, mean ms):',
      Object.entries(timeByKind)
        .map(([k, t]) => `${k} ${t.length} ${Math.round(t.reduce((a, b) => a + b, 0) / t.length)}`)
        .join(', '),
    );

    // Back to a known state the way a reader gets there, then check the map and the list. Soft
    // assertions, so one broken check does not hide the others.
    if (await controls.exportDialog.isVisible()) {
      await controls.exportDialog
        .getByRole('button', { name: anyLang((t) => t.exportDialog.closeExport) })
        .click();
    }
    await controls.language.selectOption('en');
    await page
      .getByRole('region', { name: 'Legend and layers' })
      .getByRole('checkbox', { name: /^Kursk region/ })
      .check();
    await controls.views.getByRole('button', { name: 'Kursk region' }).click();
    expect.soft(await settle(page)).toBeNull();
    const kursk = await page.evaluate(
      () => window.__storyMap!.queryRenderedFeatures({ layers: ['kursk-region-fill'] }).length,
    );
    expect
      .soft(kursk, `Kursk region drawn; the map: ${await describeMap(page)}`)
      .toBeGreaterThan(0);

    const panel = page.getByRole('complementary');
    if ((await panel.count()) > 0) await panel.getByRole('button', { name: /^Close / }).click();
    await panel.waitFor({ state: 'detached' });
    await controls.places.getByRole('button', { name: /^Sudzha/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: 'Sudzha' }).waitFor();

    expect.soft(failed, 'actions that could not be done').toEqual([]);
    expect.soft(app.errors, 'console and page errors').toEqual([]);
    expect.soft(leaving, 'ways out of the page').toEqual([]);
    expect.soft(await cspViolations(page), 'CSP violations').toEqual([]);
    expect.soft(app.offOrigin, 'requests off the origin').toEqual([]);
    await app.close();
  });
});

/** Each bug a chaos run found, pinned as a plain test that fails until it is fixed. */
describe('found by chaos', () => {
  it('goes back to the Kursk region view from a selected place', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const places = page.getByRole('navigation', { name: 'Places in the story' });
    await places.getByRole('button', { name: /^Kyiv/ }).click();
    await page.getByRole('complementary', { name: 'Kyiv' }).waitFor();
    await waitForIdle(page);
    await page
      .getByRole('group', { name: 'Map views' })
      .getByRole('button', { name: 'Kursk region' })
      .click();
    await waitForIdle(page);
    // The panel stays open, so the region is framed in the part of the map the panel leaves free:
    // its western and eastern ends (Sudzha's border and Stary Oskol's side) are both in sight.
    const seen = await page.evaluate(() => {
      const map = window.__storyMap!;
      const box = map.getContainer().getBoundingClientRect();
      const panel = document.querySelector('aside.panel')!.getBoundingClientRect();
      return (
        [
          [34.1, 51.4],
          [38.3, 51.2],
          [35.27, 51.2],
        ] as [number, number][]
      ).map((ll) => {
        const p = map.project(ll);
        const x = box.left + p.x;
        const y = box.top + p.y;
        return x > box.left && x < panel.left && y > box.top && y < box.bottom;
      });
    });
    expect(seen, await describeMap(page)).toEqual([true, true, true]);
    const kursk = await page.evaluate(
      () => window.__storyMap!.queryRenderedFeatures({ layers: ['kursk-region-fill'] }).length,
    );
    expect(kursk).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  // The narrowest window of each layout with a map: three columns from 1100 px, two from 720 px.
  it.each([
    { width: 1100, height: 700 },
    { width: 760, height: 700 },
  ])(
    'keeps the view buttons usable beside an open panel in a $width px window',
    async (viewport) => {
      const app = await openApp(browser, '', { viewport });
      const { page } = app;
      const places = page.getByRole('navigation', { name: 'Places in the story' });
      await places.getByRole('button', { name: /^Kyiv/ }).click();
      const panel = page.getByRole('complementary', { name: 'Kyiv' });
      await panel.waitFor();
      await waitForIdle(page);
      const panelBox = (await panel.boundingBox())!;
      const views = page.getByRole('group', { name: 'Map views' });
      for (const name of ['Kursk region', 'Whole story']) {
        const box = (await views.getByRole('button', { name }).boundingBox())!;
        const overlaps =
          box.x < panelBox.x + panelBox.width &&
          panelBox.x < box.x + box.width &&
          box.y < panelBox.y + panelBox.height &&
          panelBox.y < box.y + box.height;
        expect(
          overlaps,
          `${name} ${JSON.stringify(box)} under the panel ${JSON.stringify(panelBox)}`,
        ).toBe(false);
        // Playwright's own check that a click there reaches the button.
        await views.getByRole('button', { name }).click({ trial: true, timeout: 5_000 });
      }
      expect(app.errors).toEqual([]);
      await app.close();
    },
  );
});
