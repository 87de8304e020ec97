/**
 * One export, start to finish: the same code path for the dialog, the command line
 * (`npm run snapshot`) and the benchmark. Raster formats render the map offscreen with MapLibre
 * and draw the composition on top; SVG and PDF draw everything as vectors.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import {
  buildPdf,
  checkRenderable,
  compositionItems,
  composeScene,
  exportFileName,
  jpegWithDpi,
  layoutComposition,
  pngWithDpi,
  resolveSize,
  sceneToSvg,
  type ExportFormat,
  type Layout,
  type MapView,
  type Rect,
} from '../core/index.ts';
import { hatchLinesStyle } from '../../map/hatch.ts';
import { HATCH_IMAGE, groupStyle } from '../../map/layers.ts';
import { PALETTE } from '../../map/palette.ts';
import type { ArticleMeta, Lang, MapData, Story } from '../../types.ts';
import { formatDate } from '../../story/story.ts';
import {
  calloutFor,
  exportCredit,
  groupsInFrame,
  insetScene,
  legendEntries,
  userLegendEntries,
  type ExportUserLayer,
} from './composition-input.ts';
import { missingCreditMessage } from '../../user-layers/credit.ts';
import { labelBoxes } from './label-fit.ts';
import { bundledFonts } from './pdf-fonts.ts';
import { maxRenderSide, renderMap } from './render-map.ts';
import { drawScene } from './scene-canvas.ts';
import { markerRadius, styleScene } from './style-scene.ts';

import type { Snapshot, SnapshotOptions } from '../../types.ts';

export type { Snapshot, SnapshotOptions };

export interface SnapshotContext {
  live: MaplibreMap;
  story: Story;
  data: MapData;
  visible: Record<string, boolean>;
  lang: Lang;
  selectedId: string | null;
  /** The reader's layers on the map, bottom to top; each must have a credit (issue 11). */
  userLayers?: readonly ExportUserLayer[];
  signal?: AbortSignal;
  onProgress?: (stage: string) => void;
}

/** An export that cannot be made; `message` is for the reader. */
export class ExportError extends Error {
  override name = 'ExportError';
}

const MIME: Record<ExportFormat, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  pdf: 'application/pdf',
  svg: 'image/svg+xml',
};

function toBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new ExportError('The image could not be encoded.'))),
      type,
      quality,
    ),
  );
}

/** Makes one export. Throws ExportError (or an AbortError when cancelled). */
export async function createSnapshot(
  opts: SnapshotOptions,
  ctx: SnapshotContext,
): Promise<Snapshot> {
  const userLayers = ctx.userLayers ?? [];
  // A reader's layer goes out only with its credit: the dialog, the CLI and the hook all stop here.
  const uncredited = missingCreditMessage(userLayers);
  if (uncredited) throw new ExportError(uncredited);
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + now - t;
    t = now;
  };
  const container = ctx.live.getContainer();
  const liveSize = { width: container.clientWidth, height: container.clientHeight };
  let size;
  try {
    size = resolveSize({ preset: opts.preset, dpi: opts.dpi, custom: opts.custom, view: liveSize });
  } catch (e) {
    throw new ExportError((e as Error).message, { cause: e });
  }
  const needsCanvas = opts.format === 'png' || opts.format === 'jpeg';
  const max = maxRenderSide();
  const check = checkRenderable(size, needsCanvas ? { maxSide: max } : {});
  if (!check.ok) throw new ExportError(check.message);

  const { width, height, dpi, pixelRatio } = size;
  const cssWidth = width / pixelRatio;
  const cssHeight = height / pixelRatio;
  const liveCenter = ctx.live.getCenter();
  const base = opts.view ?? { center: [liveCenter.lng, liveCenter.lat], zoom: ctx.live.getZoom() };
  // Keep what the reader sees on screen inside the frame, whatever its shape.
  const fitZoom = opts.view
    ? 0
    : Math.log2(Math.min(cssWidth / liveSize.width, cssHeight / liveSize.height));
  const view: MapView = {
    center: base.center,
    zoom: base.zoom + fitZoom,
    bearing: ctx.live.getBearing(),
    width: cssWidth,
    height: cssHeight,
  };
  const s = opts.show;
  const style = ctx.live.getStyle();
  const marker = ctx.selectedId ? markerRadius(style, ctx.selectedId, view.zoom) : 0;
  const place = s.callout
    ? calloutFor(ctx.story, ctx.selectedId, view, pixelRatio, ctx.lang)
    : undefined;
  const callout = place && { ...place, markerRadius: marker * pixelRatio };
  const shown = groupsInFrame(ctx.story.file.groups, style.layers, storySources(style), view);
  const layout = layoutComposition({
    width,
    height,
    dpi,
    title: s.title ? opts.title : undefined,
    dateLine: s.date
      ? `${byLine(ctx.story.file.article)} · ${formatDate(ctx.story.file.article.date)}`
      : undefined,
    legend: s.legend
      ? [
          ...legendEntries(ctx.story, ctx.lang, ctx.visible, shown),
          ...userLegendEntries(userLayers, view),
        ]
      : undefined,
    scaleBar: s.scaleBar ? { lat: view.center[1], zoom: view.zoom } : undefined,
    northArrow: s.northArrow,
    inset: s.inset,
    callout,
    credit: exportCredit(ctx.story, userLayers),
  });
  const compositionOptions = {
    bearing: view.bearing,
    ...(layout.inset ? { inset: insetScene(ctx.data, ctx.story, view, layout.inset) } : {}),
  };
  const furniture = furnitureOf(layout);
  // Labels keep half a layout unit clear of every box, like MapLibre's collision padding.
  const pad = layout.unit / 2;
  const avoid = furniture.map(({ rect: r }) => ({
    x: (r.x - pad) / pixelRatio,
    y: (r.y - pad) / pixelRatio,
    width: (r.width + 2 * pad) / pixelRatio,
    height: (r.height + 2 * pad) / pixelRatio,
  }));
  lap('layout');

  let bytes: Uint8Array;
  ctx.onProgress?.(needsCanvas ? 'Rendering the map' : 'Placing the labels');
  const render = await renderMap(ctx.live, {
    width,
    height,
    pixelRatio,
    center: view.center,
    zoom: view.zoom,
    bearing: view.bearing ?? 0,
    selectedId: ctx.selectedId,
    ...(layout.callout && ctx.selectedId ? { hideLabelOf: ctx.selectedId } : {}),
    avoid,
    draw: needsCanvas,
    signal: ctx.signal,
  });
  lap('render');
  const labels = labelBoxes(render.style, view, render.labels, pixelRatio);
  if (render.canvas) {
    const canvas = render.canvas;
    drawScene(canvas.getContext('2d')!, compositionItems(layout, compositionOptions));
    lap('composition');
    ctx.onProgress?.('Encoding');
    const blob = await toBlob(canvas, MIME[opts.format], opts.quality ?? 0.92);
    const raw = new Uint8Array(await blob.arrayBuffer());
    bytes = opts.format === 'png' ? pngWithDpi(raw, dpi) : jpegWithDpi(raw, dpi);
    lap('encode');
  } else {
    ctx.onProgress?.('Drawing vectors');
    const { scene: map } = styleScene({
      style: await withUserData(render.style, userLayers),
      view,
      pixelRatio,
      selectedId: ctx.selectedId,
      labels: render.labels,
      patterns: { [HATCH_IMAGE]: hatchLinesStyle(PALETTE.claimed) },
      groupOf: (layerId) => groupOf(ctx.story, layerId, userLayers),
    });
    const scene = { ...composeScene(map, layout, compositionOptions), title: opts.title };
    lap('vectors');
    if (opts.format === 'svg') {
      bytes = new TextEncoder().encode(sceneToSvg(scene));
    } else {
      const page = size.page ?? { widthPt: (width * 72) / dpi, heightPt: (height * 72) / dpi };
      bytes = await buildPdf({
        widthPt: page.widthPt,
        heightPt: page.heightPt,
        vector: scene,
        fonts: bundledFonts,
        info: { title: opts.title, creator: 'Story map' },
      });
    }
    lap('encode');
  }
  if (ctx.signal?.aborted) throw new DOMException('Export cancelled', 'AbortError');
  const fileName = exportFileName({
    story: ctx.story.file.id,
    ...(ctx.selectedId ? { place: ctx.selectedId } : {}),
    preset: opts.preset,
    dpi,
    format: opts.format,
    width,
    height,
  });
  const placement = {
    furniture,
    labels: labels.map(({ layerId, text, box }) => ({ layerId, text, box })),
    legend: layout.legend?.rows.map((r) => r.entry.label) ?? [],
  };
  return { bytes, mime: MIME[opts.format], fileName, width, height, dpi, timings, placement };
}

/**
 * The story group or reader's layer a style layer belongs to, for the scene's layer groups
 * (a reader's layer `user-x` draws with `user-x:fill`, `user-x:line`, `user-x:circle`).
 */
function groupOf(
  story: Story,
  layerId: string,
  userLayers: readonly ExportUserLayer[],
): { id: string; label: string } | undefined {
  const group = story.file.groups.find((g) => groupStyle(g).layers.includes(layerId));
  if (group) return { id: group.id, label: group.label.en };
  const user = userLayers.find((l) => layerId.startsWith(`${l.id}:`));
  return user && { id: user.id, label: user.name };
}

/** "Publisher, with Agency" when the article credits an agency. */
function byLine(article: ArticleMeta): string {
  return article.agency ? `${article.publisher}, with ${article.agency}` : article.publisher;
}

/**
 * The style with each reader's layer's data inline: the map loads it from a `blob:` URL, the
 * vector scene needs the features themselves (read from the Blob the page keeps; no fetch).
 */
async function withUserData(
  style: StyleSpecification,
  userLayers: readonly ExportUserLayer[],
): Promise<StyleSpecification> {
  const sources = { ...style.sources };
  for (const layer of userLayers) {
    const source = sources[layer.id];
    if (source?.type !== 'geojson') continue;
    const data = JSON.parse(await layer.data.text()) as FeatureCollection;
    sources[layer.id] = { ...source, data };
  }
  return { ...style, sources };
}

/** The style's inline GeoJSON features by source. */
function storySources(style: StyleSpecification): Record<string, Feature[]> {
  const out: Record<string, Feature[]> = {};
  for (const [id, source] of Object.entries(style.sources)) {
    if (source.type !== 'geojson' || typeof source.data === 'string') continue;
    const data = source.data as FeatureCollection | Feature;
    out[id] = data.type === 'FeatureCollection' ? data.features : [data as Feature];
  }
  return out;
}

/** Every composition box, named, in output pixels. */
function furnitureOf(layout: Layout): { id: string; rect: Rect }[] {
  const boxes: [string, Rect | undefined][] = [
    ['title', layout.titlePanel],
    ['legend', layout.legend],
    ['inset', layout.inset],
    ['north-arrow', layout.northArrow],
    ['scale-bar', layout.scaleBar],
    ['callout', layout.callout?.box],
    ['credit', layout.creditBand],
  ];
  return boxes
    .filter((b): b is [string, Rect] => !!b[1])
    .map(([id, r]) => ({ id, rect: { x: r.x, y: r.y, width: r.width, height: r.height } }));
}
