/** The export benchmark's results as Markdown: the comparison, then where our time goes. */
import type { PngInfo } from './export-png.ts';
import type { FrameCost } from './export-frame-cost.ts';
import type { ExportRun, MapView } from './export-runs.ts';

export interface ExportBenchResults {
  runs: number;
  ours: ExportRun[];
  theirs: ExportRun[];
  oursPng: PngInfo;
  theirsPng: PngInfo;
  medianOursMs: number;
  medianTheirsMs: number;
  /** Median time of maplibre-gl-export over ours: above 2 meets issue 5's aim. */
  ratio: number;
  frameCost: FrameCost;
  view: MapView;
  /** maplibre-gl versions: the app's, the comparison page's map, and the plugin's renderer. */
  versions: { app: string; page: string; plugin: string };
  /** `load`: the 1-minute load average at the start and at the end. */
  machine: { cores: number; cpu: string; load: number[]; chromium: string; webgl: string };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) throw new Error('median of nothing');
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (v: number) => v.toFixed(0);
const spread = (v: number[]) => `${ms(median(v))} (${ms(Math.min(...v))}–${ms(Math.max(...v))})`;
const px = (p: PngInfo) => `${p.width} × ${p.height}`;
const mb = (runs: ExportRun[]) => (median(runs.map((r) => r.bytes)) / 2 ** 20).toFixed(1);
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

const STAGES: [key: string, label: string][] = [
  ['layout', 'layout: page frame, legend, scale bar, inset geometry'],
  ['render', 'render: offscreen map, style, GeoJSON tiling, symbol placement, draw calls'],
  ['readBack', 'read-back: WebGL canvas → 2D canvas (runs the queued GPU work)'],
  ['composition', 'composition: title, legend, scale bar, arrow, inset on the 2D canvas'],
  ['encode', 'encode: PNG (`canvas.toBlob`) and the 300 DPI pHYs chunk'],
  ['transfer', "benchmark hook only: base64 of the file for DevTools (not in the dialog's path)"],
];

function stageTable(runs: ExportRun[], rows: [string, string][]): string {
  const wall = median(runs.map((r) => r.wallMs));
  const lines = rows.map(([key, label]) => {
    const m = median(runs.map((r) => r.stages[key] ?? 0));
    return row([label, ms(m), `${((m / wall) * 100).toFixed(0)} %`]);
  });
  return [row(['stage', 'median ms', 'share']), row(['---', '--:', '--:']), ...lines].join('\n');
}

/** "median (min–max)" of each run's theirs / ours, pairing the i-th run of each. */
function pairedRatios(r: ExportBenchResults): string {
  const ratios = r.ours.map((run, i) => (r.theirs[i]?.wallMs ?? NaN) / run.wallMs);
  const f = (v: number) => `${v.toFixed(2)}×`;
  return `${f(median(ratios))} (${f(Math.min(...ratios))}–${f(Math.max(...ratios))})`;
}

export function exportMarkdown(r: ExportBenchResults): string {
  const dpi = (p: PngInfo) => (p.dpi === null ? 'none (viewers assume 72 or 96)' : `${p.dpi}`);
  const count = (runs: ExportRun[], key: 'draws' | 'frames') => ms(median(runs.map((x) => x[key])));
  const v = r.view;
  const m = r.machine;
  const stage = (key: string) => median(r.ours.map((run) => run.stages[key] ?? 0));
  const share = (value: number) => `${((value / r.medianOursMs) * 100).toFixed(0)} %`;
  const fc = r.frameCost;
  const drawShare = `${(median(r.ours.map((x) => ((x.stages['render'] ?? 0) + (x.stages['readBack'] ?? 0)) / x.wallMs)) * 100).toFixed(0)} %`;
  const clamped = r.theirsPng.width < 3508 || r.theirsPng.height < 2480;
  return `## Results

- Machine: ${m.cores} cores (${m.cpu}), load average ${m.load.map((x) => x.toFixed(1)).join(' → ')} (start → end: other work shares the cores, so single runs are noisy), Chromium ${m.chromium} headless.
- WebGL: ${m.webgl}${/swiftshader/i.test(m.webgl) ? ', i.e. in software: no GPU' : ''}.
- ${r.runs} exports of each, alternating (ours, theirs, then theirs, ours, …) after one discarded warm-up of each, one page each in one browser. Time is measured in the page, from the call to the file's bytes being ready.
- Default view: ${v.lng.toFixed(4)}, ${v.lat.toFixed(4)}, zoom ${v.zoom.toFixed(3)}, bearing ${v.bearing}; map ${v.width} × ${v.height} CSS px in a 1280 × 800 viewport. The comparison page shows the same style (\`buildStyle\`, same data) at the same view and size. Both export that view's center and zoom on a 1123 × 794 CSS px page at 3.125 px per CSS px, so they draw the same area (ours is given the view; from the dialog it would zoom in a little to fit the on-screen view to the page).
- maplibre-gl ${r.versions.app} draws the app and the comparison page's map; maplibre-gl-export draws its export with its own nested maplibre-gl ${r.versions.plugin}.

| A4 landscape, 300 DPI, PNG | ours (app) | maplibre-gl-export | theirs / ours |
| --- | --: | --: | --: |
| ms, median (min–max) | ${spread(r.ours.map((x) => x.wallMs))} | ${spread(r.theirs.map((x) => x.wallMs))} | **${r.ratio.toFixed(2)}×** |
| same, per pair of runs | | | ${pairedRatios(r)} |
| pixels | ${px(r.oursPng)} | ${px(r.theirsPng)} | |
| DPI in the file | ${dpi(r.oursPng)} | ${dpi(r.theirsPng)} | |
| file size, MB | ${mb(r.ours)} | ${mb(r.theirs)} | |
| what is drawn | map, title, date, legend, scale bar, north arrow, inset, credits | map, north arrow | |
| MapLibre frames drawn (median) | ${count(r.ours, 'frames')} | ${count(r.theirs, 'frames')} | |
| WebGL draw calls (median) | ${count(r.ours, 'draws')} | ${count(r.theirs, 'draws')} | |

Issue 5 aims for at least twice as fast: ${r.ratio >= 2 ? 'met' : '**missed**'} (${r.ratio.toFixed(2)}×).${clamped ? " maplibre-gl-export's file is smaller than A4 at 300 DPI (3508 × 2480 px): it clamps the canvas without saying so." : ''}

### Where our time goes

${stageTable(r.ours, STAGES)}

Drawing the map is ${drawShare} of the export (median). MapLibre's draw calls return at once: they queue commands for the GPU, and here the GPU is SwiftShader, on the same ${m.cores} cores. The read-back waits for all of them, so it holds the rasterising of every frame drawn so far, not a copy (with a real GPU it would be close to one). MapLibre draws a frame whenever a source's tiles arrive or labels are placed: our export draws ${count(r.ours, 'frames')} frames (median), all but the last at a quarter of the pixel ratio (src/export/browser/render-map.ts), so only one is rasterised at ${px(r.oursPng)} px; maplibre-gl-export draws every one of its frames at full size. For scale, one frame at that size costs ${ms(median(fc.oneFrameMs))} ms here (median of ${fc.oneFrameMs.length} single-frame read-backs; the probe's first read-back after idle, holding the ${fc.framesToIdle} frames before it, took ${ms(fc.firstReadBackMs)} ms). The render line is MapLibre's own JavaScript (style, GeoJSON tiling, label placement, issuing the draws). PNG encoding is ${share(stage('encode'))}; layout and composition are negligible.

### Where maplibre-gl-export's time goes

${stageTable(r.theirs, [
  ['render', 'render: offscreen map at devicePixelRatio 3.125, until idle'],
  ['readBackEncode', 'read-back and PNG encoding (`canvas.toDataURL()`)'],
])}

Its \`toDataURL()\` likewise waits for the GPU work queued before it, then encodes. It draws ${count(r.theirs, 'frames')} frames and ${count(r.theirs, 'draws')} draw calls (medians) where we draw ${count(r.ours, 'frames')} and ${count(r.ours, 'draws')}, and SwiftShader rasterises every one of them at full print size. (Its sequence: a new map at \`devicePixelRatio\` 3.125, \`load\`, its north-arrow image, source and layer added, \`idle\`, \`toDataURL()\`.)
`;
}
