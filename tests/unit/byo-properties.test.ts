/**
 * propertyRows: any property value becomes bounded plain text, and only absolute http(s) URLs
 * with nothing hidden in them become links. Never throws, whatever it is given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { propertyRows, safeHref, valueText } from '../../src/user-files/properties.ts';

const DIR = join(import.meta.dirname, '../fixtures/hostile');

describe('safeHref', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript\u200b:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/a',
    'blob:https://example.org/uuid',
    '/relative/path',
    '//evil.example/x',
    'http:evil.example',
    'https:\\\\evil.example',
    'https://',
    ' https://example.org',
    'https://example.org ',
    'https://exa mple.org',
    'https://exa\tmple.org',
    'https://example.org/\u202egpj.exe',
    'https://bank.example@evil.example/',
    'https://user:secret@example.org/',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('gives no link for %j', (value) => {
    expect(safeHref(value)).toBeNull();
  });

  it.each([
    ['https://example.org', 'https://example.org/'],
    ['HTTP://Example.ORG/Kursk?a=1#map', 'http://example.org/Kursk?a=1#map'],
    ['https://пример.рф/', 'https://xn--e1afmkfd.xn--p1ai/'],
    ['https://example.org/a<b>"c', 'https://example.org/a%3Cb%3E%22c'],
  ])('links %j as %j', (value, href) => {
    expect(safeHref(value)).toBe(href);
  });

  it('gives no link for values that are not strings', () => {
    expect(
      [1, null, { href: 'https://example.org' }, ['https://example.org']].map(safeHref),
    ).toEqual([null, null, null, null]);
  });
});

describe('valueText', () => {
  it.each([
    [42, '42'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1e21, '1e+21'],
    [-0, '0'],
    [1234567, '1234567'],
    [true, 'true'],
    [null, 'null'],
    [undefined, ''],
    [[1, 'a', null], '[1,"a",null]'],
    [{ a: { b: [true] } }, '{"a":{"b":[true]}}'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['line 1\r\nline 2\rline 3', 'line 1\nline 2\nline 3'],
    ['a\u202eb\u2066c\u0000d\u001be\u007f', 'abcde'],
    ['سلام\u200fدنیا', 'سلام\u200fدنیا'],
  ])('shows %j as %j', (value, text) => {
    expect(valueText(value)).toBe(text);
  });

  it('cuts long strings to 500 characters without splitting a surrogate pair', () => {
    expect(valueText('x'.repeat(10_000))).toBe(`${'x'.repeat(499)}…`);
    const text = valueText(`${'x'.repeat(498)}😀😀`);
    expect(text).toBe(`${'x'.repeat(498)}…`);
  });

  it('cuts long JSON and marks cycles instead of throwing', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic['self'] = cyclic;
    expect(valueText(cyclic)).toBe('{"name":"loop","self":"[circular]"}');
    const big = valueText(Array.from({ length: 100_000 }, (_, i) => i));
    expect(big).toHaveLength(500);
    expect(big.endsWith('…')).toBe(true);
  });

  it('survives 10,000 levels of nesting and getters that throw', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(valueText(deep)).toBe(`${'['.repeat(20)}[…]${']'.repeat(20)}`);
    const trap = {
      ok: 1,
      get bad(): never {
        throw new Error('boom');
      },
    };
    expect(valueText(trap)).toBe('{"ok":1,"bad":…');
  });
});

describe('propertyRows', () => {
  it('links only the http(s) values of the dangerous-urls fixture', () => {
    const fixture = JSON.parse(readFileSync(join(DIR, 'dangerous-urls.geojson'), 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    const rows = propertyRows(fixture.features[0]?.properties);
    expect(rows.filter((r) => r.href !== null)).toEqual([
      {
        key: 'https',
        text: 'https://example.org/kursk?a=1#map',
        href: 'https://example.org/kursk?a=1#map',
      },
      { key: 'http', text: 'http://example.org', href: 'http://example.org/' },
    ]);
    expect(rows.find((r) => r.key === 'js_tab')).toEqual({
      key: 'js_tab',
      text: 'java\tscript:alert(1)',
      href: null,
    });
  });

  it('cleans and bounds keys', () => {
    const rows = propertyRows({ 'file\u202e\nname': 1, ['k'.repeat(300)]: 2, '': 3 });
    expect(rows.map((r) => r.key)).toEqual(['file name', `${'k'.repeat(99)}…`, '(empty)']);
  });

  it('shows 50 rows and counts the rest', () => {
    const properties = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`p${i}`, i]));
    const rows = propertyRows(properties);
    expect(rows).toHaveLength(51);
    expect(rows[49]).toEqual({ key: 'p49', text: '49', href: null });
    expect(rows[50]).toEqual({ key: '…', text: '10 more properties', href: null });
  });

  it('has no rows for null, arrays and primitives', () => {
    expect([null, undefined, [1, 2], 'text', 7].map(propertyRows)).toEqual([[], [], [], [], []]);
  });

  it('does not run getters on the properties object itself', () => {
    let ran = false;
    const properties = {
      get name() {
        ran = true;
        return 'x';
      },
    };
    expect(propertyRows(properties)).toEqual([{ key: 'name', text: '', href: null }]);
    expect(ran).toBe(false);
  });

  it('opens even when the properties are a proxy that throws', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(propertyRows(hostile)).toEqual([
      { key: '…', text: '(properties could not be read)', href: null },
    ]);
  });
});
