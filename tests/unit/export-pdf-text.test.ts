import { describe, expect, it } from 'vitest';
import { encodeWinAnsi, helveticaWidth } from '../../src/export/pdf-text.ts';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('encodeWinAnsi', () => {
  it('keeps ASCII as it is', () => {
    expect([...encodeWinAnsi('Kursk 2024!')]).toEqual([...Buffer.from('Kursk 2024!', 'ascii')]);
  });

  it('keeps Latin-1 letters as single bytes', () => {
    expect([...encodeWinAnsi('Zürich é')]).toEqual([
      0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68, 0x20, 0xe9,
    ]);
  });

  it('maps Windows-1252 punctuation to 0x80–0x9F', () => {
    expect([...encodeWinAnsi('–—“”‘’€…•')]).toEqual([
      0x96, 0x97, 0x93, 0x94, 0x91, 0x92, 0x80, 0x85, 0x95,
    ]);
  });

  it('transliterates Russian and Ukrainian Cyrillic', () => {
    expect(latin1(encodeWinAnsi('Суджа'))).toBe('Sudzha');
    expect(latin1(encodeWinAnsi('Курская область'))).toBe('Kurskaya oblast');
    expect(latin1(encodeWinAnsi('Київ, Щорс'))).toBe('Kiyiv, Shchors');
  });

  it('drops accents WinAnsi lacks and writes "?" for the rest', () => {
    expect(latin1(encodeWinAnsi('Dőbrő'))).toBe('Dobro');
    expect(latin1(encodeWinAnsi('ﬁre'))).toBe('fire');
    expect(latin1(encodeWinAnsi('中国'))).toBe('??');
    expect(latin1(encodeWinAnsi('a\u0001b'))).toBe('a?b');
  });

  it('turns tabs and line breaks into spaces', () => {
    expect(latin1(encodeWinAnsi('a\tb\nc'))).toBe('a b c');
  });
});

describe('helveticaWidth', () => {
  it('sums AFM widths for ASCII (Helvetica: K667 u556 r333 s500 k500 = 2556)', () => {
    expect(helveticaWidth(encodeWinAnsi('Kursk'), 10)).toBeCloseTo(25.56, 10);
  });

  it('uses Helvetica-Bold widths when bold (K722 u611 r389 s556 k556 = 2834)', () => {
    expect(helveticaWidth(encodeWinAnsi('Kursk'), 10, true)).toBeCloseTo(28.34, 10);
  });

  it('gives space 278, digits 556 and W 944', () => {
    expect(helveticaWidth(encodeWinAnsi(' '), 1000)).toBe(278);
    expect(helveticaWidth(encodeWinAnsi('0123456789'), 1000)).toBe(5560);
    expect(helveticaWidth(encodeWinAnsi('W'), 1000)).toBe(944);
  });

  it('measures accented letters as their base letter', () => {
    expect(helveticaWidth(encodeWinAnsi('É'), 1000)).toBe(667);
    expect(helveticaWidth(encodeWinAnsi('é'), 1000)).toBe(556);
    expect(helveticaWidth(encodeWinAnsi('ü'), 1000, true)).toBe(611);
  });

  it('knows the dashes and scales linearly with size', () => {
    expect(helveticaWidth(encodeWinAnsi('–—'), 1000)).toBe(1556);
    expect(helveticaWidth(encodeWinAnsi('Sudzha'), 24)).toBeCloseTo(
      2 * helveticaWidth(encodeWinAnsi('Sudzha'), 12),
      10,
    );
  });
});
