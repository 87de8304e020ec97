import { describe, expect, it } from 'vitest';
import { buildPdf, pdfTextString } from '../../src/export/pdf.ts';
import { circlePath, pdfNumber } from '../../src/export/pdf-content.ts';
import type { VectorScene } from '../../src/export/scene.ts';

// A 16 × 8 px RGB JPEG encoded by libjpeg-turbo's cjpeg.
const RGB_JPEG_B64 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAUDBAQEAwUEBAQFBQUGBwwIBwcHBw8LCwkMEQ8SEhEPERETFhwXExQaFR' +
  'ERGCEYGh0dHx8fExciJCIeJBweHx7/2wBDAQUFBQcGBw4ICA4eFBEUHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4e' +
  'Hh4eHh4eHh4eHh4eHh4eHh4eHh4eHh7/wAARCAAIABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAw' +
  'QFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkK' +
  'FhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmq' +
  'KjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEB' +
  'AQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRob' +
  'HBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOE' +
  'hYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+P' +
  'n6/9oADAMBAAIRAxEAPwDjtC+FP3f9G/8AHa73QvhT93/Rv/HaKK4M0z/Ha+8eHwLxPmPu++f/2Q==';

const jpeg = () => new Uint8Array(Buffer.from(RGB_JPEG_B64, 'base64'));
const A4_LANDSCAPE = { widthPt: 841.8897637795276, heightPt: 595.2755905511812 };

/** A minimal reader for the writer's own output: xref table, objects and streams. */
function parsePdf(bytes: Uint8Array) {
  const text = Buffer.from(bytes).toString('latin1');
  const tail = /startxref\n(\d+)\n%%EOF\n$/.exec(text);
  if (!tail) throw new Error('no startxref/%%EOF at the end');
  const xrefAt = Number(tail[1]);
  const head = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt));
  if (!head) throw new Error('startxref does not point at "xref"');
  const count = Number(head[1]);
  const entriesAt = xrefAt + head[0].length;
  const entries = Array.from({ length: count }, (_, i) =>
    text.slice(entriesAt + 20 * i, entriesAt + 20 * (i + 1)),
  );
  const trailer = text.slice(entriesAt + 20 * count);
  const offsets = entries.map((e) => Number(e.slice(0, 10)));
  const object = (n: number): string => {
    const start = offsets[n]!;
    return text.slice(start, text.indexOf('\nendobj\n', start));
  };
  const stream = (n: number): Uint8Array => {
    const obj = object(n);
    const length = Number(/\/Length (\d+)/.exec(obj)?.[1]);
    const start = offsets[n]! + obj.indexOf('stream\n') + 'stream\n'.length;
    expect(text.slice(start + length, start + length + 10)).toBe('\nendstream');
    return bytes.subarray(start, start + length);
  };
  return { text, entries, offsets, trailer, object, stream, count };
}

const ref = (dict: string, key: string): number =>
  Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

function pageOf(pdf: ReturnType<typeof parsePdf>) {
  const pages = pdf.object(ref(pdf.object(1), 'Pages'));
  const page = Number(/\/Kids \[(\d+) 0 R\]/.exec(pages)?.[1]);
  return {
    page: pdf.object(page),
    content: Buffer.from(pdf.stream(ref(pdf.object(page), 'Contents'))).toString('latin1'),
  };
}

const scene: VectorScene = {
  width: 800,
  height: 400,
  background: '#ffffff',
  items: [
    {
      type: 'group',
      id: 'layer-kursk-region',
      label: 'Kursk region',
      items: [
        {
          type: 'path',
          subpaths: [
            {
              points: [
                [10, 10],
                [110, 10],
                [110, 60],
              ],
              closed: true,
            },
          ],
          fill: 'rgba(255, 0, 0, 0.5)',
          stroke: '#000000',
          strokeWidth: 2,
          dash: [4, 2],
        },
        { type: 'circle', cx: 200, cy: 100, r: 10, fill: '#00ff00' },
      ],
    },
    { type: 'text', x: 100, y: 50, text: 'Kursk', size: 10, fill: '#000', anchor: 'middle' },
    { type: 'text', x: 300, y: 50, text: 'Суджа', size: 12, weight: 'bold', fill: '#333' },
  ],
};

describe('buildPdf: file structure', () => {
  it('starts with a PDF 1.4 header and a binary comment, and ends with %%EOF', () => {
    const bytes = buildPdf({ ...A4_LANDSCAPE });
    expect(Buffer.from(bytes.subarray(0, 9)).toString('latin1')).toBe('%PDF-1.4\n');
    expect(bytes[9]).toBe(0x25);
    expect([...bytes.subarray(10, 14)].every((b) => b > 127)).toBe(true);
    expect(Buffer.from(bytes.subarray(-6)).toString('latin1')).toBe('%%EOF\n');
  });

  it('has an xref table whose offsets point at "N 0 obj" for every object', () => {
    const pdf = parsePdf(
      buildPdf({
        ...A4_LANDSCAPE,
        jpeg: { bytes: jpeg(), width: 16, height: 8 },
        vector: scene,
        info: { title: 'T' },
      }),
    );
    expect(pdf.entries[0]).toBe('0000000000 65535 f\r\n');
    for (let n = 1; n < pdf.count; n++) {
      expect(pdf.entries[n]).toMatch(/^\d{10} 00000 n\r\n$/);
      expect(pdf.text.slice(pdf.offsets[n], pdf.offsets[n]! + `${n} 0 obj\n`.length)).toBe(
        `${n} 0 obj\n`,
      );
    }
    // Catalog, pages, page, image, 2 fonts, contents, info.
    expect(pdf.count).toBe(9);
    expect(pdf.trailer).toContain(`/Size ${pdf.count} /Root 1 0 R /Info 8 0 R`);
    expect(pdf.object(1)).toContain('/Type /Catalog');
  });

  it('puts the MediaBox at exactly the page size (A4 landscape 841.8898 × 595.2756 pt)', () => {
    const { page } = pageOf(parsePdf(buildPdf({ ...A4_LANDSCAPE })));
    expect(page).toContain('/Type /Page ');
    expect(page).toContain('/MediaBox [0 0 841.8898 595.2756]');
    const letter = pageOf(parsePdf(buildPdf({ widthPt: 612, heightPt: 792 }))).page;
    expect(letter).toContain('/MediaBox [0 0 612 792]');
  });

  it('refuses a non-positive page size', () => {
    expect(() => buildPdf({ widthPt: 0, heightPt: 100 })).toThrow(RangeError);
    expect(() => buildPdf({ widthPt: 100, heightPt: Number.NaN })).toThrow(RangeError);
  });

  it('writes the title as UTF-16BE so any script survives', () => {
    const pdf = parsePdf(
      buildPdf({ widthPt: 100, heightPt: 100, info: { title: 'Суджа & Kursk' } }),
    );
    const info = pdf.object(ref(pdf.trailer, 'Info'));
    const hex = /\/Title <([0-9A-F]+)>/.exec(info)?.[1] ?? '';
    expect(hex.slice(0, 4)).toBe('FEFF');
    expect(Buffer.from(hex.slice(4), 'hex').swap16().toString('utf16le')).toBe('Суджа & Kursk');
    expect(pdfTextString('A')).toBe('<FEFF0041>');
  });
});

describe('buildPdf: raster', () => {
  it('embeds the JPEG bytes unchanged as a DCTDecode image stretched over the page', () => {
    const bytes = jpeg();
    const pdf = parsePdf(buildPdf({ ...A4_LANDSCAPE, jpeg: { bytes, width: 16, height: 8 } }));
    const { page, content } = pageOf(pdf);
    const image = ref(page, 'Im1');
    const dict = pdf.object(image);
    for (const part of [
      '/Subtype /Image',
      '/Width 16',
      '/Height 8',
      '/ColorSpace /DeviceRGB',
      '/BitsPerComponent 8',
      '/Filter /DCTDecode',
    ]) {
      expect(dict).toContain(part);
    }
    expect(Buffer.from(pdf.stream(image)).equals(Buffer.from(bytes))).toBe(true);
    expect(content).toBe('q 841.8898 0 0 595.2756 0 0 cm /Im1 Do Q\n');
  });
});

describe('buildPdf: vectors', () => {
  const pdf = parsePdf(
    buildPdf({
      widthPt: 600,
      heightPt: 300,
      jpeg: { bytes: jpeg(), width: 16, height: 8 },
      vector: scene,
    }),
  );
  const { page, content } = pageOf(pdf);

  it('draws the raster first, then maps scene pixels onto the page with y flipped', () => {
    expect(content.indexOf('/Im1 Do')).toBeLessThan(content.indexOf('re'));
    // 600 pt / 800 px = 0.75.
    expect(content).toContain('q 0.75 0 0 -0.75 0 300 cm\n');
  });

  it('paints a white background over the whole scene', () => {
    expect(content).toContain('q 1 1 1 rg 0 0 800 400 re f* Q');
  });

  it('draws a filled, stroked, dashed polygon with its alpha in an ExtGState', () => {
    expect(content).toContain(
      '/GS1 gs 1 0 0 rg 0 0 0 RG 2 w 1 J 1 j [4 2] 0 d 10 10 m 110 10 l 110 60 l h B*',
    );
    expect(page).toMatch(/\/ExtGState << \/GS1 << \/Type \/ExtGState \/ca 0.5 \/CA 1 >> >>/);
  });

  it('draws a circle as four Béziers', () => {
    const circle = /q 0 1 0 rg (210 100 m .*? h) f\* Q/.exec(content)?.[1] ?? '';
    expect(circle.match(/ c/g)).toHaveLength(4);
    expect(circle).toContain('210 105.523 205.523 110 200 110 c');
  });

  it('centres text with Helvetica widths: "Kursk" at 10 px is 25.56 wide, so it starts at 87.22', () => {
    // K 667 + u 556 + r 333 + s 500 + k 500 = 2556 / 1000 × 10.
    expect(content).toContain('BT /F1 10 Tf 1 0 0 -1 87.22 50 Tm <4b7572736b> Tj ET');
  });

  it('writes Cyrillic in Latin letters with Helvetica-Bold', () => {
    const hex = /BT \/F2 12 Tf 1 0 0 -1 300 50 Tm <([0-9a-f]+)> Tj ET/.exec(content)?.[1] ?? '';
    expect(Buffer.from(hex, 'hex').toString('latin1')).toBe('Sudzha');
  });

  it('declares both standard fonts with WinAnsiEncoding', () => {
    const f1 = pdf.object(ref(page, 'F1'));
    const f2 = pdf.object(ref(page, 'F2'));
    expect(f1).toContain('/Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding');
    expect(f2).toContain('/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding');
  });

  it('keeps q and Q balanced', () => {
    const ops = content.split(/\s+/);
    expect(ops.filter((o) => o === 'q').length).toBe(ops.filter((o) => o === 'Q').length);
    expect(ops.filter((o) => o === 'BT').length).toBe(ops.filter((o) => o === 'ET').length);
  });
});

describe('buildPdf: hatch, halo, stroke-only', () => {
  const hatched: VectorScene = {
    width: 100,
    height: 100,
    items: [
      {
        type: 'path',
        subpaths: [
          {
            points: [
              [0, 0],
              [50, 0],
              [50, 50],
            ],
            closed: true,
          },
        ],
        stroke: '#ff0000',
        hatch: { color: '#0000ff', width: 1, spacing: 10, angle: 45 },
      },
      {
        type: 'path',
        subpaths: [
          {
            points: [
              [0, 90],
              [100, 90],
            ],
            closed: false,
          },
        ],
        stroke: '#000',
      },
      {
        type: 'text',
        x: 5,
        y: 80,
        text: 'A',
        size: 10,
        fill: '#000',
        halo: { color: '#fff', width: 2 },
      },
    ],
  };
  const { content } = pageOf(parsePdf(buildPdf({ widthPt: 100, heightPt: 100, vector: hatched })));

  it('clips hatch lines to the shape with the even-odd rule, then strokes the outline', () => {
    const clip = content.indexOf('0 0 m 50 0 l 50 50 l h W* n');
    expect(clip).toBeGreaterThan(-1);
    expect(content.slice(clip)).toMatch(/^[^Q]*0 0 1 RG 1 w .* S Q/);
    expect(content.indexOf('1 0 0 RG', clip)).toBeGreaterThan(clip);
  });

  it('strokes an open line without filling it', () => {
    expect(content).toContain('0 90 m 100 90 l S Q');
  });

  it('draws a halo as stroked text (twice the halo width) before the fill', () => {
    const halo = content.indexOf('1 1 1 RG 4 w 1 j 1 J 1 Tr BT');
    const fill = content.indexOf('0 0 0 rg 0 Tr BT');
    expect(halo).toBeGreaterThan(-1);
    expect(fill).toBeGreaterThan(halo);
  });
});

describe('pdfNumber and circlePath', () => {
  it('formats numbers without exponents or trailing zeros', () => {
    expect(pdfNumber(1 / 3)).toBe('0.333');
    expect(pdfNumber(2)).toBe('2');
    expect(pdfNumber(-0.0001)).toBe('0');
    expect(pdfNumber(1e-7)).toBe('0');
    expect(pdfNumber(123456789.5)).toBe('123456789.5');
    expect(pdfNumber(595.2755905511812, 4)).toBe('595.2756');
  });

  it('uses κ = 0.5523 for the quarter-circle control points', () => {
    expect(circlePath({ type: 'circle', cx: 0, cy: 0, r: 1 })).toBe(
      '1 0 m 1 0.552 0.552 1 0 1 c -0.552 1 -1 0.552 -1 0 c -1 -0.552 -0.552 -1 0 -1 c 0.552 -1 1 -0.552 1 0 c h',
    );
  });
});
