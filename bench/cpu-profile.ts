/**
 * Where the main thread's time goes during a load: a V8 CPU profile (CDP Profiler) from
 * navigation to the map's first idle, each sample charged to the group of the bundle code it ran
 * (source-groups.ts). Browser built-ins (fetch, JSON.parse, layout calls) are charged to the code
 * that called them; the rest is the browser's own work on that thread.
 */
import type { Browser } from 'playwright-core';
import { LOAD_MARKS, waitForMarks } from './page-scripts.ts';
import { groupAt, OTHER, readGroupedBundle, type GroupedBundle } from './source-groups.ts';
import { VIEWPORT } from './cold-load.ts';

export interface CpuShare {
  group: string;
  ms: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const NATIVE: Record<string, string> = {
  '(program)': 'browser (not JS): rendering, WebGL, parsing, waits',
  '(garbage collector)': 'garbage collection',
  '(idle)': 'idle',
};

/** Loads `url` cold with the profiler on, until the map's first idle. */
export async function profileLoad(browser: Browser, url: string, timeoutMs: number) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await page.addInitScript(LOAD_MARKS);
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.evaluate(waitForMarks(timeoutMs));
    const { profile } = await cdp.send('Profiler.stop');
    return profile as Profile;
  } finally {
    await context.close();
  }
}

/**
 * Self time by group, largest first. `bundles` maps a script's URL path to its grouped bundle;
 * scripts not in it (the MapLibre worker runs on its own thread) are charged to OTHER.
 */
export function cpuByGroup(profile: Profile, bundles: Map<string, GroupedBundle>): CpuShare[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const cache = new Map<number, string>();
  const groupOf = (id: number): string => {
    let group = cache.get(id);
    if (group === undefined) {
      group = uncachedGroupOf(id);
      cache.set(id, group);
    }
    return group;
  };
  const uncachedGroupOf = (id: number): string => {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
    if (!url) {
      const native = NATIVE[functionName];
      if (native) return native;
      const up = parent.get(id);
      return up === undefined || byId.get(up)!.callFrame.functionName === '(root)'
        ? OTHER
        : groupOf(up);
    }
    const bundle = bundles.get(new URL(url).pathname);
    return (bundle && groupAt(bundle, lineNumber, columnNumber)) || OTHER;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const group = groupOf(id);
    totals.set(group, (totals.get(group) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].map(([group, ms]) => ({ group, ms })).sort((a, b) => b.ms - a.ms);
}

/** The grouped bundles of the given JS files, keyed by their URL path under `root`. */
export function bundlesByPath(root: string, files: string[]): Map<string, GroupedBundle> {
  return new Map(
    files.map((f) => [f.slice(root.length).replace(/^\/?/, '/'), readGroupedBundle(f)]),
  );
}
