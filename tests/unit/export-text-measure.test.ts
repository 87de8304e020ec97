import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { encodeAdvances, fontFile, readAdvances } from '../../scripts/font-metrics-read.ts';
import { fontRuns, type Weight } from '../../src/export/core/font-faces.ts';
import { FONT_METRICS } from '../../src/export/core/font-metrics.ts';
import { moveBlock, textBlock, textWidth, wrapText } from '../../src/export/core/text-measure.ts';

/** Width as fontkit lays the text out from the WOFF files, run by run, without ligatures. */
function fontkitWidth(text: string, size: number, weight: Weight): number {
  let units = 0;
  for (const run of fontRuns(text)) {
    const font = fontkit.create(fontFile(run.subset, weight) as Buffer);
    const { glyphs } = font.layout(run.text, { liga: false, kern: false });
    units += glyphs.reduce((sum, g) => sum + g.advanceWidth, 0);
  }
  return (units * size) / 1000;
}

describe('font metrics', () => {
  it('are the ones in the bundled WOFF files (regenerate with npx tsx scripts/font-metrics.ts)', () => {
    expect(FONT_METRICS.normal).toBe(encodeAdvances(readAdvances('normal').advances));
    expect(FONT_METRICS.bold).toBe(encodeAdvances(readAdvances('bold').advances));
  });
});

describe('textWidth', () => {
  it.each([
    ['Kursk', 'normal'],
    ['Sudzha', 'bold'],
    ['Суджа', 'normal'],
    ['Київ, Луганська область', 'bold'],
    ['Курская область — 12 км', 'normal'],
    ['The Moscow Times / AFP · Natural Earth · GeoNames · © MapLibre', 'normal'],
  ] as [string, Weight][])('measures %j (%s) as fontkit lays it out', (text, weight) => {
    expect(textWidth(text, 20, weight)).toBeCloseTo(fontkitWidth(text, 20, weight), 6);
  });

  it('uses the real advances: i is narrower than m, bold wider than regular', () => {
    expect(textWidth('iiii', 10)).toBeLessThan(textWidth('mmmm', 10) / 2);
    expect(textWidth('Kursk', 20, 'bold')).toBeGreaterThan(textWidth('Kursk', 20));
    expect(textWidth('', 20)).toBe(0);
  });

  it('counts code points, not UTF-16 units, and gives missing glyphs the .notdef advance', () => {
    expect(textWidth('🗺', 10)).toBeCloseTo((FONT_METRICS.missing * 10) / 1000, 10);
  });
});

describe('wrapText', () => {
  it('wraps greedily by words at the measured width', () => {
    const max = textWidth('Kursk region', 10) + 0.01;
    expect(wrapText('Kursk region incursion', 10, max)).toEqual(['Kursk region', 'incursion']);
  });

  it('collapses whitespace and returns nothing for blank text', () => {
    expect(wrapText('  a   b \n c ', 10, 1000)).toEqual(['a b c']);
    expect(wrapText('   ', 10, 100)).toEqual([]);
  });

  it('breaks a word longer than a line between characters, each piece fitting', () => {
    const lines = wrapText('ab Natural-Earth-GeoNames', 10, 55);
    expect(lines[0]).toBe('ab');
    expect(lines.slice(1).join('')).toBe('Natural-Earth-GeoNames');
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(55);
  });

  it('fits fewer bold characters per line', () => {
    const max = textWidth('aaaaa bbbbb', 10) + 0.01;
    expect(wrapText('aaaaa bbbbb', 10, max)).toEqual(['aaaaa bbbbb']);
    expect(wrapText('aaaaa bbbbb', 10, max, 'bold')).toEqual(['aaaaa', 'bbbbb']);
  });

  it('keeps every word, in order, in English and Cyrillic', () => {
    for (const text of [
      'Sources: The Moscow Times / AFP (Sept 16, 2024); Natural Earth; GeoNames',
      'Суджа, Курська область: українські війська з 6 серпня',
    ]) {
      const lines = wrapText(text, 12, 150);
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(150);
    }
  });
});

describe('textBlock', () => {
  it('stacks lines with a baseline per line, centring ascent and descent', () => {
    const block = textBlock('a b', 5, 100, 10, textWidth('b', 10));
    expect(block.lines).toEqual(['a', 'b']);
    // Line step 13; baseline = top + i × 13 + 6.5 + (1.069 − 0.293) / 2 × 10.
    expect(block.baselines[0]).toBeCloseTo(110.38, 10);
    expect(block.baselines[1]).toBeCloseTo(123.38, 10);
    expect(block).toMatchObject({ x: 5, y: 100, height: 26, fontSize: 10, weight: 'normal' });
    expect(block.width).toBeCloseTo(Math.max(textWidth('a', 10), textWidth('b', 10)), 10);
  });

  it('is empty for blank text', () => {
    expect(textBlock('', 0, 0, 10, 100)).toMatchObject({ lines: [], width: 0, height: 0 });
  });

  it('moves with its baselines', () => {
    const moved = moveBlock(textBlock('a', 0, 0, 10, 100), 3, 4);
    expect(moved.x).toBe(3);
    expect(moved.baselines[0]).toBeCloseTo(textBlock('a', 0, 0, 10, 100).baselines[0]! + 4, 10);
  });
});
