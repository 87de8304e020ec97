import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  moveBlock,
  textBlock,
  wrapText,
} from '../../src/export/text-measure.ts';

describe('estimateTextWidth', () => {
  it('counts 0.55 em per glyph, 0.6 em bold', () => {
    expect(estimateTextWidth('Kursk', 20)).toBeCloseTo(55, 10);
    expect(estimateTextWidth('Kursk', 20, 'bold')).toBeCloseTo(60, 10);
    expect(estimateTextWidth('', 20)).toBe(0);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(estimateTextWidth('🗺a', 10)).toBeCloseTo(11, 10);
  });
});

describe('wrapText', () => {
  it('wraps greedily by words (12 characters fit in 70 px at 10 px)', () => {
    expect(wrapText('Kursk region incursion', 10, 70)).toEqual(['Kursk region', 'incursion']);
  });

  it('collapses whitespace and returns nothing for blank text', () => {
    expect(wrapText('  a   b \n c ', 10, 1000)).toEqual(['a b c']);
    expect(wrapText('   ', 10, 100)).toEqual([]);
  });

  it('breaks a word longer than a line between characters', () => {
    expect(wrapText('ab Natural-Earth-GeoNames', 10, 55)).toEqual([
      'ab',
      'Natural-Ea',
      'rth-GeoNam',
      'es',
    ]);
  });

  it('fits fewer bold characters per line', () => {
    // 61 px holds 11 regular glyphs (5.5 px each) but only 10 bold ones (6 px each).
    expect(wrapText('aaaaa bbbbb', 10, 61)).toEqual(['aaaaa bbbbb']);
    expect(wrapText('aaaaa bbbbb', 10, 61, 'bold')).toEqual(['aaaaa', 'bbbbb']);
  });

  it('keeps every word, in order', () => {
    const text = 'Sources: The Moscow Times / AFP (Sept 16, 2024); Natural Earth; GeoNames';
    const lines = wrapText(text, 12, 150);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(150);
  });
});

describe('textBlock', () => {
  it('stacks lines with a baseline per line', () => {
    const block = textBlock('a b', 5, 100, 10, 5.5);
    expect(block.lines).toEqual(['a', 'b']);
    // Line step 13; baseline = top + i × 13 + 6.5 + 3.5.
    expect(block.baselines).toEqual([110, 123]);
    expect(block).toMatchObject({ x: 5, y: 100, height: 26, fontSize: 10, weight: 'normal' });
    expect(block.width).toBeCloseTo(5.5, 10);
  });

  it('is empty for blank text', () => {
    expect(textBlock('', 0, 0, 10, 100)).toMatchObject({ lines: [], width: 0, height: 0 });
  });

  it('moves with its baselines', () => {
    const moved = moveBlock(textBlock('a', 0, 0, 10, 100), 3, 4);
    expect(moved).toMatchObject({ x: 3, y: 4, baselines: [14] });
  });
});
