/** axe-core finds no serious or critical WCAG 2 A/AA violation in each state of the page. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { openApp } from './app.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  // Guard against a run that checked nothing.
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

describe('accessibility (axe-core)', () => {
  it('has no serious or critical violation on the main page', async () => {
    const app = await openApp(browser);
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.close();
  });

  it('has none with a place panel open', async () => {
    const app = await openApp(browser, '#place=kursk-region');
    await app.page.getByRole('complementary', { name: 'Kursk Oblast' }).waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.close();
  });

  it('has none with the export dialog open', async () => {
    const app = await openApp(browser);
    await app.page.getByRole('button', { name: 'Export snapshot' }).click();
    await app.page.getByRole('dialog', { name: 'Export snapshot' }).waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.close();
  });

  // Every layout of issue 14: middle sizes (one column beside the map), the folded sheet, the
  // phone's bottom sheet, and the embed without the masthead.
  it.each([
    { width: 1024, height: 768, hash: '#place=kursk-region' },
    { width: 768, height: 1024, hash: '#place=sudzha' },
    { width: 360, height: 740, hash: '#place=kursk-region' },
  ])('has none at $width×$height with a place open', async ({ width, height, hash }) => {
    const app = await openApp(browser, hash, { viewport: { width, height } });
    await app.page.getByRole('complementary').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.close();
  });

  it('has none with the places sheet folded, embedded (?embed=1)', async () => {
    const app = await openApp(browser, '#place=sudzha');
    const { page } = app;
    await page.getByRole('button', { name: 'Places and layers' }).click();
    await page.goto(`${app.baseUrl}?embed=1#place=sudzha`);
    await page.getByRole('complementary', { name: 'Sudzha' }).waitFor();
    expect(
      await page.getByRole('button', { name: 'Places and layers' }).getAttribute('aria-expanded'),
    ).toBe('false');
    expect(await seriousViolations(page)).toEqual([]);
    await app.close();
  });

  it('has none on a phone, in the article tab', async () => {
    const app = await openApp(browser, '', { viewport: { width: 360, height: 740 } });
    await app.page.getByRole('tab', { name: 'Article' }).click();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.close();
  });
});
