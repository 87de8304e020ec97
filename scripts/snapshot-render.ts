/**
 * Renders one {@link SnapshotJob} in a page of the built app: opens it at the job's view,
 * selection and language, waits for the map, and exports through `window.__storyExport`
 * (the dialog's own code path). Every wait has a limit.
 */
import type { Page } from 'playwright-core';
import type { PageSnapshot } from '../src/export/browser/page-hook.ts';
import type { SnapshotOptions } from '../src/export/browser/snapshot.ts';
import { serialiseHash } from '../src/story/hash.ts';
import { waitForMapIdle } from './chromium.ts';
import type { SnapshotJob } from './snapshot-job.ts';
import { withTimeout } from './stage.ts';

/** A snapshot that could not be made because of what was asked (exit code 2), not a crash. */
export class JobError extends Error {
  override name = 'JobError';
}

export interface Rendered {
  bytes: Buffer;
  result: Omit<PageSnapshot, 'base64'>;
}

export async function renderJob(
  page: Page,
  baseUrl: string,
  job: SnapshotJob,
  timeoutMs: number,
): Promise<Rendered> {
  const errors: string[] = [];
  const onError = (e: Error) => errors.push(e.message);
  page.on('pageerror', onError);
  try {
    const hash = serialiseHash({ view: job.view, place: job.place, lang: job.lang });
    // A fresh document per snapshot, so one export never inherits another's state.
    await withTimeout('opening a blank page', timeoutMs, page.goto('about:blank'));
    await withTimeout(
      'loading the map',
      timeoutMs,
      (async () => {
        await page.goto(`${baseUrl}?story=${encodeURIComponent(job.story)}${hash}`, {
          timeout: timeoutMs,
        });
        await waitForMapIdle(page);
      })(),
    );
    if (job.place) {
      const selected = await page.evaluate(() =>
        new URLSearchParams(location.hash.slice(1)).get('place'),
      );
      if (selected !== job.place)
        throw new JobError(`there is no place "${job.place}" in this story.`);
    }
    const hidden = new Set(job.hide);
    const options: SnapshotOptions = {
      preset: job.preset,
      dpi: job.dpi,
      custom: job.custom,
      format: job.format,
      quality: job.quality,
      title:
        job.title ??
        (await page.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '')),
      show: {
        title: !hidden.has('title'),
        date: !hidden.has('date'),
        legend: !hidden.has('legend'),
        scaleBar: !hidden.has('scale-bar'),
        northArrow: !hidden.has('north-arrow'),
        callout: !hidden.has('callout') && job.place !== undefined,
        inset: !hidden.has('inset'),
      },
      ...(job.view ? { view: { center: [job.view.lng, job.view.lat], zoom: job.view.zoom } } : {}),
    };
    let snapshot: PageSnapshot;
    try {
      snapshot = await withTimeout(
        `exporting ${job.format.toUpperCase()}`,
        timeoutMs,
        page.evaluate(
          (o) => window.__storyExport!(o as never),
          options as never,
        ) as Promise<PageSnapshot>,
      );
    } catch (e) {
      const message = String((e as Error).message);
      if ((e as Error).name === 'StageTimeout') throw e;
      // The page's ExportError is the reader's message (a size WebGL cannot draw, …).
      throw new JobError(message.replace(/^page\.evaluate: (\w*Error: )?/, '').split('\n')[0]!);
    }
    if (errors.length > 0) throw new Error(`the page reported: ${errors.join('; ')}`);
    const { base64, ...result } = snapshot;
    return { bytes: Buffer.from(base64, 'base64'), result };
  } finally {
    page.off('pageerror', onError);
  }
}
