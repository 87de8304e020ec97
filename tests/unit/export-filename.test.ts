import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from '../../src/export/core/filename.ts';
import { toAscii, transliterate } from '../../src/export/core/transliterate.ts';

describe('exportFileName', () => {
  it('names print exports by story, place, preset and DPI', () => {
    expect(
      exportFileName({
        story: 'kursk-story',
        place: 'sudzha',
        preset: 'a4-landscape',
        dpi: 300,
        format: 'png',
        width: 3508,
        height: 2480,
      }),
    ).toBe('kursk-story_sudzha_a4-landscape_300dpi.png');
    expect(
      exportFileName({
        story: 'kursk-story',
        preset: 'letter-portrait',
        dpi: 150,
        format: 'pdf',
        width: 1275,
        height: 1650,
      }),
    ).toBe('kursk-story_letter-portrait_150dpi.pdf');
  });

  it('names screen, social and custom exports by pixel size', () => {
    expect(
      exportFileName({
        story: 'kursk-story',
        preset: 'view-2x',
        dpi: 192,
        format: 'png',
        width: 2400,
        height: 1600,
      }),
    ).toBe('kursk-story_view-2x_2400x1600.png');
    expect(
      exportFileName({
        story: 'kursk-story',
        preset: 'social-square',
        dpi: 96,
        format: 'svg',
        width: 1080,
        height: 1080,
      }),
    ).toBe('kursk-story_social-square_1080x1080.svg');
    expect(
      exportFileName({
        story: 'kursk-story',
        place: 'Sudzha',
        preset: 'custom',
        dpi: 96,
        format: 'jpeg',
        width: 1500,
        height: 1000,
      }),
    ).toBe('kursk-story_sudzha_custom_1500x1000.jpg');
  });

  it('transliterates a Cyrillic place name', () => {
    expect(
      exportFileName({
        story: 'kursk-story',
        place: 'Суджа',
        preset: 'a3-portrait',
        dpi: 300,
        format: 'pdf',
        width: 1,
        height: 1,
      }),
    ).toBe('kursk-story_sudzha_a3-portrait_300dpi.pdf');
  });

  it('cannot be steered into another folder or a hidden file', () => {
    const name = exportFileName({
      story: '../../etc/passwd',
      place: '.hidden\\..\\x',
      preset: 'view-1x',
      dpi: 96,
      format: 'png',
      width: 10,
      height: 10,
    });
    expect(name).toBe('etc-passwd_hidden-x_view-1x_10x10.png');
    expect(name).toMatch(/^[a-z0-9][a-z0-9_-]*\.[a-z]+$/);
  });

  it('falls back to "map" for an empty story and leaves out an empty place', () => {
    expect(
      exportFileName({
        story: '///',
        place: '★',
        preset: 'view-1x',
        dpi: 96,
        format: 'png',
        width: 5,
        height: 6,
      }),
    ).toBe('map_view-1x_5x6.png');
  });
});

describe('slugify', () => {
  it('lowercases ASCII words joined by single hyphens', () => {
    expect(slugify('  Kursk Story: Sept. 16, 2024!  ')).toBe('kursk-story-sept-16-2024');
    expect(slugify('Zürich ﬁle')).toBe('zurich-file');
  });

  it('caps the length at 60 without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('transliterate', () => {
  it('romanises Russian place names (BGN/PCGN, simplified)', () => {
    expect(transliterate('Суджа, Курская область')).toBe('Sudzha, Kurskaya oblast');
    expect(transliterate('Льгов')).toBe('Lgov');
    expect(transliterate('Щёкино')).toBe('Shchyokino');
  });

  it('covers the Ukrainian letters and leaves Latin text alone', () => {
    expect(transliterate('Ґ є і ї')).toBe('G ye i yi');
    expect(transliterate('Kyiv 2024 & co')).toBe('Kyiv 2024 & co');
  });

  it('toAscii also drops accents and characters without an ASCII form', () => {
    expect(toAscii('Zürich – Суджа 中')).toBe('Zurich  Sudzha ');
  });
});
