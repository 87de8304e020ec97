import { describe, expect, it } from 'vitest';
import type { VectorScene } from '../../src/export/core/scene.ts';
import { escapeXml, fmt, pathData, sceneToSvg } from '../../src/export/core/svg.ts';

/**
 * A strict little XML 1.0 well-formedness check: every byte is markup or text, tags nest,
 * attribute values are quoted and unique, and `&` only starts a predefined or numeric entity.
 */
function assertWellFormed(xml: string): void {
  const token =
    /<\?xml[^?]*\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
  const stack: string[] = [];
  let roots = 0;
  let match: RegExpExecArray | null;
  while (token.lastIndex < xml.length && (match = token.exec(xml))) {
    const [, closing, name, attrs, selfClosing, text] = match;
    const raw = text ?? attrs ?? '';
    if (raw.replace(entity, '').includes('&')) throw new Error(`bare & in ${raw}`);
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) throw new Error(`text outside the root: ${text}`);
      continue;
    }
    if (!name) continue;
    const names = [...(attrs ?? '').matchAll(/([\w:.-]+)="/g)].map((m) => m[1]);
    if (new Set(names).size !== names.length) throw new Error(`duplicate attribute in <${name}>`);
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong element`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name);
    }
  }
  if (token.lastIndex !== xml.length)
    throw new Error(`not XML at ${xml.slice(token.lastIndex, token.lastIndex + 40)}`);
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

describe('assertWellFormed (the test helper)', () => {
  it.each([
    '<svg><g></svg>',
    '<svg>a & b</svg>',
    '<svg a="1" a="2"/>',
    '<svg x=1/>',
    '<svg/><svg/>',
    '<svg><text>a < b</text></svg>',
  ])('rejects %s', (xml) => {
    expect(() => assertWellFormed(xml)).toThrow();
  });
});

const nasty = `<Sudzha & "Kursk's">`;

const scene: VectorScene = {
  width: 1200,
  height: 675,
  background: '#f5f3ee',
  title: `Map: ${nasty}`,
  items: [
    {
      type: 'group',
      id: 'layer-kursk-region',
      label: `Region ${nasty}`,
      items: [
        {
          type: 'path',
          subpaths: [
            {
              points: [
                [10.126, 20.5],
                [30, 40],
                [5, 40],
              ],
              closed: true,
            },
            {
              points: [
                [0, 0],
                [1.5, 1e-7],
              ],
              closed: false,
            },
          ],
          fill: 'rgba(255, 0, 0, 0.5)',
          stroke: '#000',
          strokeWidth: 1.5,
          dash: [4, 2.5],
          opacity: 0.5,
        },
        { type: 'circle', cx: 100, cy: 50.555, r: 4, fill: '#00ff00' },
      ],
    },
    {
      type: 'path',
      subpaths: [
        {
          points: [
            [0, 0],
            [10, 0],
            [10, 10],
          ],
          closed: true,
        },
      ],
      fill: '#ffffff',
      stroke: '#333333',
      hatch: { color: '#c00', width: 1, spacing: 6, angle: 45 },
    },
    {
      type: 'text',
      x: 600,
      y: 40,
      text: nasty,
      size: 28,
      weight: 'bold',
      fill: '#111',
      anchor: 'middle',
      halo: { color: '#fff', width: 2 },
    },
    { type: 'group', id: '2024 story', items: [] },
  ],
};

describe('sceneToSvg', () => {
  const svg = sceneToSvg(scene);

  it('is well-formed XML with an XML declaration', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    assertWellFormed(svg);
  });

  it('declares SVG 1.1 with exactly the scene size as width, height and viewBox', () => {
    const root = /<svg [^>]*>/.exec(svg)?.[0] ?? '';
    expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root).toContain('version="1.1"');
    expect(root).toContain('width="1200" height="675" viewBox="0 0 1200 675"');
    expect(root).toContain('font-family="Noto Sans, sans-serif"');
  });

  it('escapes every string: text, group titles and the document title', () => {
    const escaped = '&lt;Sudzha &amp; &quot;Kursk&apos;s&quot;&gt;';
    expect(svg).toContain(`<title>Map: ${escaped}</title>`);
    expect(svg).toContain(`<title>Region ${escaped}</title>`);
    expect(svg).toContain(`>${escaped}</text>`);
    expect(svg).not.toContain(nasty);
  });

  it('puts the document title first, as SVG recommends', () => {
    expect(svg.split('\n')[2]).toMatch(/^ {2}<title>Map: /);
  });

  it('names layers with valid ids', () => {
    expect(svg).toContain('<g id="layer-kursk-region">');
    expect(svg).toContain('<g id="_2024-story">');
  });

  it('writes path data with at most two decimals and no exponents', () => {
    expect(svg).toContain('d="M10.13 20.5L30 40L5 40ZM0 0L1.5 0"');
    expect(svg).not.toMatch(/\de-\d/);
  });

  it('writes colours as #rrggbb with alpha times opacity in *-opacity', () => {
    expect(svg).toContain(
      'fill-rule="evenodd" fill="#ff0000" fill-opacity="0.25" stroke="#000000" stroke-opacity="0.5" stroke-width="1.5"',
    );
    expect(svg).toContain('stroke-dasharray="4 2.5"');
    expect(svg).toContain('<circle cx="100" cy="50.56" r="4" fill="#00ff00"/>');
  });

  it('paints the background first', () => {
    expect(svg).toContain('<rect width="1200" height="675" fill="#f5f3ee"/>');
    expect(svg.indexOf('<rect')).toBeLessThan(svg.indexOf('<g '));
  });

  it('hatches with a pattern between the fill and the outline', () => {
    expect(svg).toMatch(
      /<pattern id="hatch-1" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate\(45\)"><line x1="0" y1="3" x2="6" y2="3" stroke="#cc0000" stroke-width="1"\/><\/pattern>/,
    );
    const d = 'd="M0 0L10 0L10 10Z" fill-rule="evenodd"';
    const fill = svg.indexOf(`<path ${d} fill="#ffffff"/>`);
    const hatch = svg.indexOf(`<path ${d} fill="url(#hatch-1)"/>`);
    const outline = svg.indexOf(`<path ${d} fill="none" stroke="#333333"`);
    expect(fill).toBeGreaterThan(-1);
    expect(hatch).toBeGreaterThan(fill);
    expect(outline).toBeGreaterThan(hatch);
  });

  it('draws a text halo as a stroked copy before the text', () => {
    const attrs = 'x="600" y="40" font-size="28" font-weight="bold" text-anchor="middle"';
    const halo = svg.indexOf(`<text ${attrs} fill="none" stroke="#ffffff" stroke-width="4"`);
    const text = svg.indexOf(`<text ${attrs} fill="#111111">`);
    expect(halo).toBeGreaterThan(-1);
    expect(text).toBeGreaterThan(halo);
  });

  it('nests group children and closes every group', () => {
    expect(svg.match(/<g /g)).toHaveLength(2);
    expect(svg.match(/<\/g>/g)).toHaveLength(2);
  });

  it('puts a base map raster under the vectors when given', () => {
    const withMap = sceneToSvg(scene, { basemapHref: 'data:image/jpeg;base64,AAA&x' });
    assertWellFormed(withMap);
    expect(withMap).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
    expect(withMap).toContain(
      '<image x="0" y="0" width="1200" height="675" xlink:href="data:image/jpeg;base64,AAA&amp;x"/>',
    );
    expect(withMap.indexOf('<image')).toBeLessThan(withMap.indexOf('<g '));
  });

  it('writes a minimal document for an empty scene', () => {
    const empty = sceneToSvg({ width: 10, height: 20, items: [] });
    assertWellFormed(empty);
    expect(empty).not.toContain('<defs>');
    expect(empty).not.toContain('<rect');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('drops characters XML 1.0 forbids and keeps everything else', () => {
    expect(escapeXml('a\u0000b\u0008c\u001fd\ufffe')).toBe('abcd');
    expect(escapeXml('tab\there\nline')).toBe('tab\there\nline');
    expect(escapeXml('Суджа 🗺')).toBe('Суджа 🗺');
    expect(escapeXml('lone \ud800 surrogate')).toBe('lone  surrogate');
  });
});

describe('fmt and pathData', () => {
  it('rounds to two decimals without trailing zeros or negative zero', () => {
    expect(fmt(3.14159)).toBe('3.14');
    expect(fmt(100)).toBe('100');
    expect(fmt(2.5)).toBe('2.5');
    expect(fmt(-0.001)).toBe('0');
    expect(fmt(-12.345678)).toBe('-12.35');
  });

  it('skips empty subpaths', () => {
    expect(
      pathData([
        { points: [], closed: true },
        { points: [[1, 2]], closed: false },
      ]),
    ).toBe('M1 2');
  });
});
