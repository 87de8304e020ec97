/**
 * Names from a dropped file: the text cleaner, the name in messages, the display name, the
 * layer id, that the name decides no format, and the byte sizes messages state.
 */
import { describe, expect, it } from 'vitest';
import { displayName, layerId, messageFileName } from '../../src/user-files/file-name.ts';
import { checkUserFile } from '../../src/user-files/parse-user-layer.ts';
import { formatBytes } from '../../src/user-files/limits.ts';
import { cleanLine, cleanText, truncate } from '../../src/user-files/text.ts';

describe('text', () => {
  it('removes bidi controls and control characters, keeping marks and joiners', () => {
    expect(cleanLine('a\u202eb\u202ac\u2067d\u0007e\u009bf\ufeffg', 50)).toBe('abcdefg');
    expect(cleanLine('\u200fעברית\u200e 👩\u200d💻 मि\u200cत्र', 50)).toBe(
      '\u200fעברית\u200e 👩\u200d💻 मि\u200cत्र',
    );
  });

  it('makes one line of a name and keeps lines in values', () => {
    expect(cleanLine('  Kursk\n\tregion  ', 50)).toBe('Kursk region');
    expect(cleanText('  Kursk\r\n\tregion  ', 50)).toBe('  Kursk\n\tregion  ');
  });

  it('cuts with an ellipsis, also when only hidden characters were beyond the window', () => {
    expect(truncate('Kursk region', 6)).toBe('Kursk…');
    expect(truncate('Kursk', 6)).toBe('Kursk');
    expect(cleanLine(`ab${'\u202e'.repeat(100)}cd`, 10)).toBe('ab…');
    expect(cleanLine('x'.repeat(1_000_000), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('file names', () => {
  it.each(['kursk.kml', 'kursk.geojson.txt', 'kursk.shp', 'kursk', 'Kursk.GeoJSON '])(
    'does not judge %j by its name: the content decides the format (issue 11)',
    (name) => {
      expect(checkUserFile({ name, size: 100 })).toEqual([]);
    },
  );

  it('names the file in messages without hidden characters', () => {
    expect(messageFileName('kursk\u202egpj.geojson')).toBe('kurskgpj.geojson');
    expect(messageFileName('\u202e')).toBe('the file');
    expect(messageFileName(`${'n'.repeat(200)}.geojson`)).toBe(`${'n'.repeat(79)}…`);
  });

  it('makes a display name without the extension, bounded, never empty', () => {
    expect(displayName('Kursk incursion.geojson')).toBe('Kursk incursion');
    expect(displayName('<b>bold</b>.json')).toBe('<b>bold</b>');
    expect(displayName('notes.md')).toBe('notes.md');
    expect(displayName('front.KMZ')).toBe('front');
    expect(displayName(`${'n'.repeat(200)}.geojson`)).toBe(`${'n'.repeat(79)}…`);
    expect(displayName('   .geojson')).toBe('Untitled layer');
    expect(displayName('  ')).toBe('Untitled layer');
  });

  it('makes ASCII ids that avoid the ones given', () => {
    expect(layerId('Sudzha – Ŝtreets!.geojson', new Set())).toBe('user-sudzha-streets');
    expect(layerId('Kursk.geojson', new Set(['user-kursk', 'user-kursk-2']))).toBe('user-kursk-3');
    expect(layerId('Курськ.geojson', new Set())).toBe('user-kursk');
    expect(layerId('東京.geojson', new Set(['user-layer']))).toBe('user-layer-2');
    expect(layerId(`${'long-'.repeat(30)}.geojson`, new Set())).toBe(
      `user-${'long-'.repeat(11)}long`,
    );
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1536, '1.5 KB'],
    [10 * 2 ** 20, '10 MB'],
    [10 * 2 ** 20 + 1, '10.1 MB'],
    [2 ** 31, '2 GB'],
  ])('formats %i as %j', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
