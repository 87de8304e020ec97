import { inflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFArray, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildPdf } from '../../src/export/core/pdf.ts';
import { circlePath, pdfNumber } from '../../src/export/core/pdf-content.ts';
import { subsetTag } from '../../src/export/core/pdf-text.ts';
import type { VectorScene } from '../../src/export/core/scene.ts';
import { diskFonts, pdffonts, pdfinfo, pdftoppm, pdftotext } from './pdf-tools.ts';

const A4_LANDSCAPE = { widthPt: 841.8897637795276, heightPt: 595.2755905511812 };

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
                [210, 10],
                [210, 160],
              ],
              closed: true,
            },
          ],
          fill: 'rgba(255, 0, 0, 0.5)',
          stroke: '#000000',
          strokeWidth: 2,
          dash: [4, 2],
        },
        { type: 'circle', cx: 300, cy: 100, r: 10, fill: '#00ff00' },
      ],
    },
    {
      type: 'group',
      id: 'layer-labels',
      label: 'Place labels',
      items: [
        {
          type: 'text',
          x: 100,
          y: 250,
          text: 'Kursk',
          size: 20,
          fill: '#000',
          anchor: 'middle',
          halo: { color: '#fff', width: 2 },
        },
        { type: 'text', x: 300, y: 250, text: 'Суджа', size: 24, weight: 'bold', fill: '#333' },
        { type: 'text', x: 500, y: 250, text: 'Київ, Луганська область', size: 16, fill: '#333' },
      ],
    },
    {
      type: 'text',
      x: 10,
      y: 380,
      text: 'Natural Earth · GeoNames · © MapLibre',
      size: 12,
      fill: '#000',
    },
  ],
};

const build = (vector: VectorScene = scene, page = A4_LANDSCAPE, title = 'Суджа & Kursk') =>
  buildPdf({ ...page, vector, fonts: diskFonts, info: { title, creator: 'test' } });

/** The page's decoded content stream and resources, read back with pdf-lib. */
async function pageOf(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const page = doc.getPage(0);
  const stream = page.node.lookup(PDFName.of('Contents')) as PDFRawStream;
  const content = inflateSync(stream.getContents()).toString('latin1');
  return { doc, page, content };
}

describe('buildPdf: read back by poppler', () => {
  it('has a page of exactly the paper size (pdfinfo)', async () => {
    const info = pdfinfo(await build());
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.276 pts/);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Title:\s+Суджа & Kursk\n/);
    const letter = pdfinfo(await build(scene, { widthPt: 612, heightPt: 792 }));
    expect(letter).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('embeds subsets of Noto Sans, regular and bold, Latin and Cyrillic (pdffonts)', async () => {
    const fonts = pdffonts(await build());
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSans-Bold',
      'NotoSans-Regular',
      'NotoSans-Regular',
    ]);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)$/);
      expect(font.line).toContain('CID TrueType');
      expect([font.emb, font.sub, font.uni]).toEqual(['yes', 'yes', 'yes']);
    }
  });

  it('gives the text back exactly as written, Cyrillic included (pdftotext)', async () => {
    const lines = pdftotext(await build())
      .split('\n')
      .map((l) => l.trim());
    expect(lines).toContain('Kursk Суджа Київ, Луганська область');
    expect(lines).toContain('Natural Earth · GeoNames · © MapLibre');
    // The halo carries an empty /ActualText: "Kursk" is extracted once, not twice.
    expect(lines.join(' ').match(/Kursk/g)).toHaveLength(1);
  });

  it('draws the shapes where the scene puts them (pdftoppm)', async () => {
    const png = PNG.sync.read(pdftoppm(await build(), 800, 400));
    const at = (x: number, y: number) => [
      ...png.data.subarray((y * 800 + x) * 4, (y * 800 + x) * 4 + 3),
    ];
    expect(at(150, 40)).toEqual([255, 128, 128].map((v) => expect.closeTo(v, -1.2)) as never);
    expect(at(300, 100)).toEqual([0, 255, 0]);
    expect(at(600, 20)).toEqual([255, 255, 255]);
  });

  it('gives identical bytes for identical input', async () => {
    const [a, b] = [await build(), await build()];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const text = Buffer.from(a).toString('latin1');
    expect(text).not.toMatch(/CreationDate|ModDate|\/ID\s*\[/);
  });

  it('refuses a non-positive page size', async () => {
    await expect(build(scene, { widthPt: 0, heightPt: 100 })).rejects.toThrow(RangeError);
    await expect(build(scene, { widthPt: 100, heightPt: Number.NaN })).rejects.toThrow(RangeError);
  });
});

describe('buildPdf: layers', () => {
  it('makes every top-level group an optional content group named after its label', async () => {
    const { doc, content } = await pageOf(await build());
    const oc = doc.catalog.lookup(PDFName.of('OCProperties'), PDFDict);
    const groups = oc.lookup(PDFName.of('OCGs'), PDFArray);
    const names = groups
      .asArray()
      .map((ref) =>
        (doc.context.lookup(ref, PDFDict).lookup(PDFName.of('Name')) as PDFString).decodeText(),
      );
    expect(names).toEqual(['Kursk region', 'Place labels']);
    const d = oc.lookup(PDFName.of('D'), PDFDict);
    expect(d.lookup(PDFName.of('ON'), PDFArray).size()).toBe(2);
    expect(content.match(/\/OC \/L\d BDC/g)).toEqual(['/OC /L1 BDC', '/OC /L2 BDC']);
    expect(content.match(/EMC/g)?.length).toBe(3); // two layers and the halo's span
  });
});

describe('buildPdf: content stream', () => {
  it('maps scene pixels onto the page with y flipped and paints the background', async () => {
    const { content } = await pageOf(await build(scene, { widthPt: 600, heightPt: 300 }));
    // 600 pt / 800 px = 0.75.
    expect(content).toContain('q 0.75 0 0 -0.75 0 300 cm\n');
    expect(content).toContain('q 1 1 1 rg 0 0 800 400 re f* Q');
  });

  it('draws a filled, stroked, dashed polygon with its alpha in an ExtGState', async () => {
    const { page, content } = await pageOf(await build());
    expect(content).toContain(
      '/GS1 gs 1 0 0 rg 0 0 0 RG 2 w 1 J 1 j [4 2] 0 d 10 10 m 210 10 l 210 160 l h B*',
    );
    const resources = page.node.Resources()!;
    const gs = resources
      .lookup(PDFName.of('ExtGState'), PDFDict)
      .lookup(PDFName.of('GS1'), PDFDict);
    expect(String(gs.get(PDFName.of('ca')))).toBe('0.5');
  });

  it('centres text with the font’s own advance widths', async () => {
    const { content } = await pageOf(await build());
    // "Kursk" in Noto Sans Regular: 619 + 618 + 413 + 479 + 534 = 2663 / 1000 × 20 = 53.26.
    expect(content).toMatch(/BT 1 0 0 -1 73\.37 250 Tm \/F1 20 Tf <[0-9A-F]{20}> Tj ET/);
  });

  it('switches fonts between Cyrillic and Latin runs inside one label', async () => {
    const { content } = await pageOf(await build());
    expect(content).toMatch(/Tm \/F2 16 Tf <[0-9A-F]+> Tj \/F1 16 Tf <[0-9A-F]+> Tj \/F2 16 Tf/);
    expect(content).toMatch(/BT 1 0 0 -1 300 250 Tm \/F4 24 Tf <[0-9A-F]{20}> Tj ET/);
  });

  it('draws a halo as stroked text (twice the halo width) before the fill', async () => {
    const { content } = await pageOf(await build());
    const halo = content.indexOf(
      '/Span << /ActualText <FEFF> >> BDC q 1 1 1 RG 4 w 1 j 1 J 1 Tr BT',
    );
    const fill = content.indexOf('0 0 0 rg 0 Tr BT');
    expect(halo).toBeGreaterThan(-1);
    expect(fill).toBeGreaterThan(halo);
  });

  it('clips hatch lines to the shape with the even-odd rule, then strokes the outline', async () => {
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
      ],
    };
    const { content } = await pageOf(await build(hatched, { widthPt: 100, heightPt: 100 }));
    const clip = content.indexOf('0 0 m 50 0 l 50 50 l h W* n');
    expect(clip).toBeGreaterThan(-1);
    expect(content.slice(clip)).toMatch(/^[^Q]*0 0 1 RG 1 w .* S Q/);
    expect(content.indexOf('1 0 0 RG', clip)).toBeGreaterThan(clip);
    expect(content).toContain('0 90 m 100 90 l S Q');
  });

  it('keeps q/Q, BT/ET and BDC/EMC balanced', async () => {
    const ops = (await pageOf(await build())).content.split(/\s+/);
    const count = (op: string) => ops.filter((o) => o === op).length;
    expect(count('q')).toBe(count('Q'));
    expect(count('BT')).toBe(count('ET'));
    expect(count('BDC')).toBe(count('EMC'));
  });
});

describe('subsetTag, pdfNumber and circlePath', () => {
  it('derives a six-letter tag from the characters', () => {
    expect(subsetTag('latin-normal:Kurs')).toMatch(/^[A-Z]{6}$/);
    expect(subsetTag('latin-normal:Kurs')).toBe(subsetTag('latin-normal:Kurs'));
    expect(subsetTag('latin-normal:Kurs')).not.toBe(subsetTag('latin-normal:Kursk'));
  });

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
