/**
 * The reader's actions the chaos test draws from. Each one finds its control by role and name and
 * stays on the page: pointer actions and Enter are skipped where they would follow a link off the
 * origin or submit the export dialog (which downloads a file).
 */
import type { Locator, Page } from 'playwright-core';
import { PRESETS } from '../../src/export/core/presets.ts';
import type { SnapshotOptions } from '../../src/export/browser/snapshot.ts';
import type { Random } from './chaos-random.ts';
import { anyLang } from './names.ts';

export const KINDS = {
  mapClick: 14,
  hover: 5,
  drag: 8,
  wheel: 8,
  key: 16,
  layerToggle: 6,
  listButton: 8,
  panel: 5,
  articleLink: 6,
  language: 4,
  viewButton: 4,
  export: 1.5,
  hash: 5,
  exportDialog: 3,
} as const;
export type Kind = keyof typeof KINDS;

/** Actions on controls the export dialog hides while it is open (it is modal). */
const OUTSIDE_DIALOG: ReadonlySet<string> = new Set([
  'layerToggle',
  'listButton',
  'panel',
  'articleLink',
  'language',
  'viewButton',
  'exportDialog',
]);

const KEYS = [
  'Tab',
  'Shift+Tab',
  'Enter',
  'Escape',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  '+',
  '-',
] as const;

const HASHES = [
  '#place=sudzha',
  '#place=kyiv',
  '#place=atlantis',
  '#place=',
  '#place=%3Cscript%3E',
  '#map=99/999/999',
  '#map=8/51.2/35.3',
  '#map=3/0/0',
  '#map=abc',
  '#map=7/51.4/35.9&place=sudzha&lang=ru',
  '#lang=xx',
  '#lang=uk',
  '#lang=en',
  '#',
  '#%%%',
  '#place=moscow&place=kyiv',
] as const;

export interface Controls {
  page: Page;
  places: Locator;
  layerToggles: Locator;
  language: Locator;
  views: Locator;
  article: Locator;
  /** Indices of the article's links that stay on the page (`#place=…`). */
  articleLinks: number[];
  placeCount: number;
  layerCount: number;
  /** The map's box on the page; the layout does not change during a run. */
  mapBox: { x: number; y: number; width: number; height: number };
  exportDialog: Locator;
}

export async function findControls(page: Page): Promise<Controls> {
  // The run switches the interface language: every name is matched in all of them.
  const places = page.getByRole('navigation', { name: anyLang((t) => t.placesHeading) });
  const layerToggles = page
    .getByRole('region', { name: anyLang((t) => t.legendHeading) })
    .getByRole('checkbox');
  const article = page.getByRole('article');
  const hrefs = await article
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const mapBox = await page.getByRole('region', { name: /^Map of the story/ }).boundingBox();
  if (!mapBox) throw new Error('The map container is not on screen.');
  return {
    page,
    mapBox,
    places,
    layerToggles,
    language: page.getByRole('combobox', { name: anyLang((t) => t.placeNames, true) }),
    views: page.getByRole('group', { name: anyLang((t) => t.mapViews) }),
    article,
    articleLinks: hrefs.flatMap((href, i) => (href.startsWith('#') ? [i] : [])),
    placeCount: await places.getByRole('button').count(),
    layerCount: await layerToggles.count(),
    exportDialog: page.getByRole('dialog', { name: anyLang((t) => t.exportSnapshot) }),
  };
}

/** False where a click would leave the page or submit a form (and so download a file). */
function safeToClick(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate(
    ([px, py]) => {
      const el = document.elementFromPoint(px, py);
      if (!el) return false;
      const link = el.closest('a[href]');
      if (link && !link.getAttribute('href')!.startsWith('#')) return false;
      const button = el.closest('button');
      return !(button && button.type === 'submit');
    },
    [x, y] as const,
  );
}

/** False where Enter would follow a link off the page or submit the export dialog. */
function safeToEnter(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return true;
    const link = el.closest('a[href]');
    if (link && !link.getAttribute('href')!.startsWith('#')) return false;
    if (el.closest('dialog')) return el instanceof HTMLButtonElement && el.type === 'button';
    return true;
  });
}

/** A point on the map most of the time, anywhere in the window otherwise. */
function randomPoint(c: Controls, rnd: Random) {
  const viewport = c.page.viewportSize() ?? { width: 1280, height: 800 };
  if (rnd.next() < 0.2) {
    return { x: rnd.between(1, viewport.width - 1), y: rnd.between(1, viewport.height - 1) };
  }
  const box = c.mapBox;
  return {
    x: rnd.between(box.x + 2, box.x + box.width - 2),
    y: rnd.between(box.y + 2, box.y + box.height - 2),
  };
}

export function tinyExport(rnd: Random): SnapshotOptions {
  return {
    preset: 'custom',
    custom: { width: 40 + rnd.int(160), height: 30 + rnd.int(120) },
    dpi: 96,
    format: rnd.pick(['png', 'svg'] as const),
    title: 'chaos',
    show: {
      title: rnd.next() < 0.5,
      date: rnd.next() < 0.5,
      legend: rnd.next() < 0.5,
      scaleBar: rnd.next() < 0.5,
      northArrow: rnd.next() < 0.5,
      callout: rnd.next() < 0.5,
      inset: rnd.next() < 0.5,
    },
  };
}

/** The places and layers live in a sheet a reader (or a random click) may have folded. */
async function unfoldSheet(page: Page) {
  const toggle = page.getByRole('button', { name: anyLang((t) => t.placesAndLayers) });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** Runs one action; returns a short description of what it did, for the log. */
export async function runAction(c: Controls, rnd: Random): Promise<string> {
  let kind: Kind | 'dialogSetting' | 'dialogClose' = rnd.weighted(KINDS);
  // With the dialog open, the reader can only use the dialog (or the keyboard and pointer).
  if (OUTSIDE_DIALOG.has(kind) && (await c.exportDialog.isVisible())) {
    kind = rnd.next() < 0.7 ? 'dialogSetting' : 'dialogClose';
  }
  const { page } = c;
  switch (kind) {
    case 'mapClick': {
      const { x, y } = randomPoint(c, rnd);
      if (!(await safeToClick(page, x, y))) return `${kind} skipped (link or submit)`;
      await page.mouse.click(x, y);
      return `${kind} ${Math.round(x)},${Math.round(y)}`;
    }
    case 'hover': {
      const { x, y } = randomPoint(c, rnd);
      await page.mouse.move(x, y, { steps: 1 + rnd.int(2) });
      return `${kind} ${Math.round(x)},${Math.round(y)}`;
    }
    case 'drag': {
      const from = randomPoint(c, rnd);
      if (!(await safeToClick(page, from.x, from.y))) return `${kind} skipped (link or submit)`;
      const dx = rnd.between(-300, 300);
      const dy = rnd.between(-200, 200);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + dx, from.y + dy, { steps: 1 + rnd.int(3) });
      await page.mouse.up();
      return `${kind} ${Math.round(from.x)},${Math.round(from.y)} by ${Math.round(dx)},${Math.round(dy)}`;
    }
    case 'wheel': {
      const { x, y } = randomPoint(c, rnd);
      const delta = rnd.pick([-1, 1]) * rnd.between(40, 600);
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, delta);
      return `${kind} ${Math.round(delta)} at ${Math.round(x)},${Math.round(y)}`;
    }
    case 'key': {
      const key = rnd.pick(KEYS);
      if (key === 'Enter' && !(await safeToEnter(page)))
        return `${kind} Enter skipped (link or submit)`;
      await page.keyboard.press(key);
      return `${kind} ${key}`;
    }
    case 'layerToggle': {
      await unfoldSheet(page);
      const i = rnd.int(c.layerCount);
      await c.layerToggles.nth(i).click();
      return `${kind} #${i}`;
    }
    case 'listButton': {
      await unfoldSheet(page);
      const i = rnd.int(c.placeCount);
      await c.places.getByRole('button').nth(i).click();
      return `${kind} #${i}`;
    }
    case 'panel': {
      const panel = page.getByRole('complementary');
      if ((await panel.count()) === 0) return `${kind} skipped (no panel)`;
      const step = panel.getByRole('button', {
        name: new RegExp(
          `${anyLang((t) => t.previousExcerpt).source}|${anyLang((t) => t.nextExcerpt).source}`,
        ),
      });
      if (rnd.next() < 0.35 && (await step.count()) > 0) {
        const i = rnd.int(await step.count());
        await step.nth(i).click();
        return `${kind} step #${i}`;
      }
      await panel.getByRole('button', { name: anyLang((t) => t.close(''), true) }).click();
      return `${kind} close`;
    }
    case 'articleLink': {
      const i = rnd.pick(c.articleLinks);
      await c.article.getByRole('link').nth(i).click();
      return `${kind} #${i}`;
    }
    case 'language': {
      const lang = rnd.pick(['en', 'uk', 'ru'] as const);
      await c.language.selectOption(lang);
      return `${kind} ${lang}`;
    }
    case 'viewButton': {
      const which = rnd.pick([0, 1] as const);
      await c.views.getByRole('button').nth(which).click();
      return `${kind} ${which === 0 ? 'home' : 'whole story'}`;
    }
    case 'export': {
      const opts = tinyExport(rnd);
      const snap = await page.evaluate((o) => window.__storyExport!(o), opts);
      if (snap.width !== opts.custom!.width || snap.base64.length === 0) {
        throw new Error(
          `export gave ${snap.width}×${snap.height} for ${JSON.stringify(opts.custom)}`,
        );
      }
      return `${kind} ${opts.format} ${snap.width}×${snap.height}`;
    }
    case 'hash': {
      const hash = rnd.pick(HASHES);
      await page.evaluate((h) => (location.hash = h), hash);
      return `${kind} ${hash}`;
    }
    case 'exportDialog': {
      await page.getByRole('button', { name: anyLang((t) => t.exportSnapshot) }).click();
      await c.exportDialog.waitFor();
      return `${kind} open`;
    }
    case 'dialogSetting': {
      return `${kind} ${await changeDialogSetting(c.exportDialog, rnd)}`;
    }
    case 'dialogClose': {
      const how = rnd.pick(['Escape', 'closeExport', 'cancel'] as const);
      if (how === 'Escape') await page.keyboard.press('Escape');
      else
        await c.exportDialog
          .getByRole('button', { name: anyLang((t) => t.exportDialog[how]) })
          .click();
      return `${kind} ${how}`;
    }
  }
}

async function changeDialogSetting(dialog: Locator, rnd: Random): Promise<string> {
  switch (rnd.pick(['size', 'format', 'part'] as const)) {
    case 'size': {
      const preset = rnd.pick(PRESETS).id;
      await dialog
        .getByRole('combobox', { name: anyLang((t) => t.exportDialog.size, true) })
        .selectOption(preset);
      return `size ${preset}`;
    }
    case 'format': {
      const format = rnd.pick(['PNG', 'JPEG', 'PDF', 'SVG'] as const);
      await dialog.getByRole('radio', { name: format }).check();
      return `format ${format}`;
    }
    case 'part': {
      const part = rnd.pick(['partTitle', 'dateLine', 'legend', 'scaleBar', 'northArrow'] as const);
      await dialog.getByRole('checkbox', { name: anyLang((t) => t.exportDialog[part]) }).click();
      return `part ${part}`;
    }
  }
}
