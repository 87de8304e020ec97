import { describe, expect, it } from 'vitest';
import {
  formatDate,
  localText,
  placeKindText,
  placeNote,
  placeName,
  safeHttpUrl,
} from '../../src/story/story.ts';
import { story } from './story-data.ts';

describe('the story model', () => {
  it('indexes every place by id', () => {
    expect([...story.byId.keys()].sort()).toEqual(
      [
        'crimea',
        'donetsk-oblast',
        'kherson-oblast',
        'kursk-region',
        'kursk-sumy-border',
        'kyiv',
        'luhansk-oblast',
        'moscow',
        'sevastopol',
        'sudzha',
        'ukraine-border',
        'zaporizhzhia-oblast',
      ].sort(),
    );
  });

  it('lists places in reading order: by the first paragraph that quotes them', () => {
    const first = (id: string) =>
      Math.min(...story.byId.get(id)!.properties.excerpts.map((e) => e.paragraph));
    const order = story.places.map((p) => first(p.properties.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(story.places.slice(0, 2).map((p) => p.properties.id)).toEqual([
      'kursk-region',
      'sudzha',
    ]);
  });

  it('names places in the reader’s language, from the data', () => {
    const kyiv = story.byId.get('kyiv')!;
    expect(placeName(kyiv, 'en')).toBe('Kyiv');
    expect(placeName(kyiv, 'uk')).toBe('Київ');
    expect(placeName(kyiv, 'ru')).toBe(kyiv.properties.name_ru);
  });

  it("labels kinds in the story's own words: its place's, else its group's, else none", () => {
    const crimea = story.byId.get('crimea')!;
    const kherson = story.byId.get('kherson-oblast')!;
    const kyiv = story.byId.get('kyiv')!;
    expect(placeKindText(story, crimea)?.en).toMatch(/occupied by Russia since 2014/);
    expect(placeKindText(story, kherson)?.en).toBe('Ukrainian territory claimed by Moscow');
    expect(placeKindText(story, kyiv)).toBeNull();
    expect(placeNote(story, kherson)?.uk).toMatch(/[\u0400-\u04ff]/);
    expect(localText({ en: 'E', uk: '', ru: 'Р' }, 'uk')).toBe('E');
  });

  it('formats the article date without depending on the time zone', () => {
    expect(formatDate('2024-09-16')).toBe('September 16, 2024');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('only lets http(s) URLs become links', () => {
    expect(safeHttpUrl(story.file.article.url)).toMatch(/^https:\/\/www\.themoscowtimes\.com\//);
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
  });
});
