/** The interface's message catalogues: every language complete, translated, and well formed. */
import { describe, expect, it } from 'vitest';
import { listIn, messages, type Messages } from '../../src/i18n/index.ts';
import { storyFile } from './story-data.ts';
import { PRESETS } from '../../src/export/core/presets.ts';

/** Every string of a catalogue, functions called with sample arguments, keyed by path. */
function strings(t: Messages): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => string;
      const args =
        path === 'summary'
          ? [['A', 'B'], ['C'], listIn('en')]
          : path === 'link.issue'
            ? [{ kind: 'zoom', value: 20, min: 3, max: 13, used: 13 }]
            : ['X', 2];
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

  it("leave a story's own words (legend, notes, view names) to the story, in every language", () => {
    const keys = [...en.keys()];
    expect(keys.filter((k) => /groups|viewKursk|claimNote|occupied/.test(k))).toEqual([]);
    const script = /[\u0400-\u04ff]/;
    for (const g of storyFile.groups) {
      for (const text of [g.label, g.description, ...(g.keys ?? []).map((k) => k.text)]) {
        expect(text.en).not.toMatch(script);
        expect(text.uk).toMatch(script);
        expect(text.ru).toMatch(script);
      }
    }
    expect(storyFile.groups.find((g) => g.symbol === 'claimed')?.label.en).toMatch(/claimed/i);
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
      // Translated: no message is left as its English text (none is the same by nature yet).
      for (const [key, value] of t) expect(value, `${lang} ${key}`).not.toBe(en.get(key));
      // Each language in its own letters: Ukrainian has no ы э ъ ё, Russian no і ї є ґ.
      const foreign = lang === 'uk' ? /[ыэъё]/i : /[іїєґ]/i;
      for (const [key, value] of t) expect(value, `${lang} ${key}`).not.toMatch(foreign);
      expect(messages(lang).paragraph(8)).toContain('8');
      expect(messages(lang).inTheArticle(2, 7)).toMatch(/2.*7/);
    });
  }

  it('name the export dialog, the notices and the reader’s features in every language', () => {
    expect(messages('en').exportDialog.failed('boom')).toBe('Export failed: boom');
    expect(messages('uk').exportSnapshot).toBe('Експорт знімка');
    expect(messages('uk').exportDialog.cancel).toBe('Скасувати');
    expect(messages('ru').exportDialog.cancel).toBe('Отмена');
    expect(messages('uk').userFeature.kind(2, 5)).toBe('Ваш шар · об’єкт 2 з 5');
    expect(messages('ru').userFeature.fromFile('a.csv')).toContain('a.csv');
  });

  it('name every export size preset in every language, English from the presets themselves', () => {
    for (const p of PRESETS) expect(messages('en').exportDialog.presets[p.id]).toBe(p.label);
    expect(messages('uk').exportDialog.presets['a4-landscape']).toBe('A4, альбомна (297 × 210 мм)');
    expect(messages('ru').exportDialog.presets['social-square']).toBe(
      'Соцсети, квадрат (1080 × 1080 пикс.)',
    );
    for (const lang of ['uk', 'ru'] as const) {
      const names = Object.values(messages(lang).exportDialog.presets);
      expect(names).toHaveLength(PRESETS.length);
      // The paper and pixel sizes stay, with a decimal comma; no English word is left.
      for (const name of names)
        expect(name, name).not.toMatch(/portrait|landscape|Social|Custom|\bpx\b|\bin\)|\d\.\d/);
    }
  });

  it('summarise with the language’s own list', () => {
    expect(messages('en').summary(['Kyiv', 'Moscow'], [], listIn('en'))).toContain(
      'names 2 of the places on the map: Kyiv and Moscow.',
    );
    expect(messages('uk').summary(['Київ', 'Москва'], ['x'], listIn('uk'))).toContain(
      'Київ і Москва',
    );
  });
});
