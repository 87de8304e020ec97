import { describe, expect, it } from 'vitest';
import * as exporter from '../../src/export/core/index.ts';
import type { LayerRule, MapFeature } from '../../src/export/core/index.ts';
import { diskFonts, pdfinfo, pdftotext } from './pdf-tools.ts';

const features: MapFeature[] = [
  {
    type: 'Feature',
    properties: { id: 'kursk-oblast', name: 'Kursk region', kind: 'region' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [34.0, 50.9],
          [36.5, 50.9],
          [36.5, 52.2],
          [34.0, 52.2],
          [34.0, 50.9],
        ],
      ],
    },
  },
  {
    type: 'Feature',
    properties: { id: 'sudzha', name: 'Sudzha <town> & "centre"', kind: 'town' },
    geometry: { type: 'Point', coordinates: [35.27, 51.19] },
  },
];

const rules: LayerRule[] = [
  {
    id: 'kursk-region',
    label: 'Kursk region',
    kinds: ['region'],
    fill: 'rgba(232, 213, 176, 0.7)',
    stroke: '#806040',
    strokeWidth: 1,
  },
  {
    id: 'towns',
    label: 'Towns',
    kinds: ['town'],
    fill: '#b22222',
    radius: 4,
    text: { size: 13, fill: '#111', halo: '#fff' },
  },
];

describe('export pipeline through the public index', () => {
  const size = exporter.resolveSize({ preset: 'a4-landscape', dpi: 150 });
  const frame = { width: size.width / size.pixelRatio, height: size.height / size.pixelRatio };
  const { center, zoom } = exporter.fitBounds(
    [34.0, 50.9, 36.5, 52.2],
    frame.width,
    frame.height,
    40,
  );
  const view = { center, zoom, ...frame };
  const map = exporter.buildMapScene(features, rules, view, {
    pixelRatio: size.pixelRatio,
    background: '#f4f1ea',
  });
  const [sx, sy] = exporter.project([35.27, 51.19], view).map((v) => v * size.pixelRatio) as [
    number,
    number,
  ];
  const layout = exporter.layoutComposition({
    width: size.width,
    height: size.height,
    dpi: size.dpi,
    title: 'Kursk incursion',
    legend: rules.map((r) => ({
      label: r.label,
      swatch: r.kinds[0] === 'town' ? 'point' : 'fill',
      color: r.fill ?? '#000',
    })),
    scaleBar: { lat: center[1], zoom },
    northArrow: true,
    callout: { x: sx, y: sy, label: 'Sudzha' },
    credit: 'The Moscow Times / AFP; Natural Earth; GeoNames',
  });
  const scene = exporter.composeScene(map, layout);

  it('builds a scene of exactly the output size', () => {
    expect([scene.width, scene.height]).toEqual([1754, 1240]);
    expect(exporter.checkRenderable(size, { maxSide: 8192 })).toEqual({ ok: true });
  });

  it('writes an SVG with the layers, the escaped label and the credit as text', () => {
    const svg = exporter.sceneToSvg(scene);
    expect(svg).toContain('width="1754" height="1240" viewBox="0 0 1754 1240"');
    expect(svg).toContain('<g id="layer-kursk-region">');
    expect(svg).toContain('Sudzha &lt;town&gt; &amp; &quot;centre&quot;');
    expect(svg).toContain('>The Moscow Times / AFP; Natural Earth; GeoNames</text>');
    expect(svg).not.toContain('<image');
  });

  it('writes a PDF page of 841.89 × 595.28 pt with the same text, in embedded Noto Sans', async () => {
    const pdf = await exporter.buildPdf({
      widthPt: size.page!.widthPt,
      heightPt: size.page!.heightPt,
      vector: scene,
      fonts: diskFonts,
    });
    expect(pdfinfo(pdf)).toMatch(/Page size:\s+841\.89 x 595\.276 pts \(A4\)/);
    const lines = pdftotext(pdf).split('\n');
    expect(lines).toContain('The Moscow Times / AFP; Natural Earth; GeoNames');
    expect(lines.join('\n')).toContain('Kursk incursion');
    expect(lines.join('\n')).toContain('Sudzha <town> & "centre"');
  });

  it('names the file', () => {
    const name = exporter.exportFileName({
      story: 'kursk-story',
      place: 'sudzha',
      preset: 'a4-landscape',
      dpi: size.dpi,
      format: 'pdf',
      width: size.width,
      height: size.height,
    });
    expect(name).toBe('kursk-story_sudzha_a4-landscape_150dpi.pdf');
  });
});
