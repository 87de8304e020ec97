/** The interface's message catalogues: every language complete, translated, and well formed. */
import { describe, expect, it } from 'vitest';
import { listIn, messages, type Messages } from '../../src/i18n/index.ts';
import { STORY_GROUPS } from '../../src/map/layers.ts';

/** Every string of a catalogue, functions called with sample arguments, keyed by path. */
function strings(t: Messages): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => string;
      const args = path === 'summary' ? [['A', 'B'], ['C'], listIn('en')] : ['X', 2];
      out.set(path, fn(...args));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(t, '');
  return out;
}

describe('interface messages', () => {
  const en = strings(messages('en'));

  it('give English legend labels the same as the map layers (and the export legend)', () => {
    for (const g of STORY_GROUPS) expect(messages('en').groups[g.id].label).toBe(g.label);
    expect(messages('en').groups.claimed.label).toMatch(/claimed/i);
  });

  for (const lang of ['uk', 'ru'] as const) {
    it(`are complete and translated in ${lang}`, () => {
      const t = strings(messages(lang));
      expect([...t.keys()].sort()).toEqual([...en.keys()].sort());
      const script = /[\u0400-\u04ff]/;
      for (const [key, value] of t) {
        expect(value.trim(), `${lang} ${key}`).not.toBe('');
        // Every message is in Cyrillic, except what is a proper name in every language.
        expect(value, `${lang} ${key}`).toMatch(script);
      }
      expect(messages(lang).paragraph(8)).toContain('8');
      expect(messages(lang).inTheArticle(2, 7)).toMatch(/2.*7/);
    });
  }

  it('summarise with the language’s own list', () => {
    expect(messages('en').summary(['Kyiv', 'Moscow'], [], listIn('en'))).toContain(
      'names 2 of the places on the map: Kyiv and Moscow.',
    );
    expect(messages('uk').summary(['Київ', 'Москва'], ['x'], listIn('uk'))).toContain(
      'Київ і Москва',
    );
  });
});
