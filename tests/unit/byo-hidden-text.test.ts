/** Hidden characters, empty names and look-alike link hosts from a reader's file (issue 16). */
import { describe, expect, it } from 'vitest';
import { layerNaming, messageFileName } from '../../src/user-files/file-name.ts';
import { parseUserLayer } from '../../src/user-files/parse-user-layer.ts';
import { mixedScripts, propertyRows } from '../../src/user-files/properties.ts';
import { cleanLine, hasVisible } from '../../src/user-files/text.ts';

describe('hidden characters', () => {
  it('removes bidi overrides, isolates and zero-width characters', () => {
    expect(cleanLine('a\u202Eb\u2066c\u2069d\u200Be\u2060f\uFEFFg', 80)).toBe('abcdefg');
  });
  it('keeps joiners between visible characters (emoji, Persian) and drops them elsewhere', () => {
    expect(cleanLine('👩\u200D💻', 80)).toBe('👩\u200D💻');
    expect(cleanLine('می\u200Cخواهم', 80)).toBe('می\u200Cخواهم');
    expect(cleanLine('\u200D\u200Ckursk\u200D', 80)).toBe('kursk');
  });
  it('says whether anything visible is left', () => {
    expect(hasVisible('\u200D \u0301')).toBe(false);
    expect(hasVisible('Суджа')).toBe(true);
  });
});

describe('names that are empty once cleaned', () => {
  it('become "Untitled layer N", numbered by what is on the map', () => {
    expect(layerNaming('\u200B\u202E.geojson', new Set())).toEqual({
      name: 'Untitled layer 1',
      id: 'user-untitled-layer-1',
    });
    expect(layerNaming('\u3164.geojson', new Set(['user-untitled-layer-1']))).toEqual({
      name: 'Untitled layer 2',
      id: 'user-untitled-layer-2',
    });
    expect(messageFileName('\u200B\u2066')).toBe('the file');
  });
  it('an accepted file with such a name is listed as "Untitled layer 1"', () => {
    const text = '{"type":"Point","coordinates":[35.27,51.2]}';
    const result = parseUserLayer({ name: '\u200B.geojson', size: text.length, text }, new Set());
    expect(result.ok && result.layer.name).toBe('Untitled layer 1');
  });
  it('long names are cut with an ellipsis in refusal messages too', () => {
    const name = `${'k'.repeat(300)}.kml`;
    const result = parseUserLayer({ name, size: 1, text: '' }, new Set());
    const error = result.ok ? '' : (result.errors[0] ?? '');
    expect(error.startsWith(`${'k'.repeat(79)}…: is empty`)).toBe(true);
  });
});

describe('link hosts that mix scripts', () => {
  it('finds Latin mixed with Cyrillic', () => {
    expect(mixedScripts('\u0430pple.com')).toEqual(['Latin', 'Cyrillic']);
    expect(mixedScripts('example.org')).toBeNull();
    expect(mixedScripts('президент.рф')).toBeNull();
  });
  it('shows such a link with its punycode host and a warning', () => {
    const [row] = propertyRows({ source: 'https://\u0430pple.com/login' });
    expect(row).toEqual({
      key: 'source',
      text: 'https://xn--pple-43d.com/login',
      href: 'https://xn--pple-43d.com/login',
      warning:
        'The address mixes Latin and Cyrillic letters and may imitate another site; it goes to xn--pple-43d.com',
    });
  });
  it('leaves ordinary links alone', () => {
    expect(propertyRows({ u: 'https://example.org/a' })).toEqual([
      { key: 'u', text: 'https://example.org/a', href: 'https://example.org/a' },
    ]);
  });
});
