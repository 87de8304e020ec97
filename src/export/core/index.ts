/**
 * Public API of the map snapshot exporter's pure core (issue 5). No DOM, canvas or MapLibre:
 * the app renders the map raster itself and hands bytes and sizes to these functions.
 */
export { exportFileName, slugify, type ExportFormat, type FileNameParts } from './filename.ts';
export {
  PRESETS,
  PRINT_DPIS,
  SCREEN_DPI,
  presetGroup,
  resolveSize,
  type PageSize,
  type Preset,
  type PresetGroup,
  type PresetId,
  type ResolvedSize,
  type SizeRequest,
} from './presets.ts';
export {
  HARD_MAX_PIXELS,
  HARD_MAX_SIDE,
  checkRenderable,
  largestSize,
  type Renderability,
  type RenderLimits,
} from './render-limits.ts';
export { pngWithDpi, readPngDpi, readPngSize } from './png.ts';
export { jpegWithDpi, readJpegDpi, readJpegSize } from './jpeg.ts';
export { buildPdf, type PdfRequest } from './pdf.ts';
export { embedFonts, subsetTag, type FontSource } from './pdf-text.ts';
export {
  fontFileName,
  fontRuns,
  subsetOf,
  type FontFace,
  type Subset,
  type TextRun,
  type Weight,
} from './font-faces.ts';
export {
  parseColor,
  rectPath,
  type CircleItem,
  type GroupItem,
  type Hatch,
  type PathItem,
  type Point,
  type Rect,
  type SceneItem,
  type SubPath,
  type TextItem,
  type VectorScene,
} from './scene.ts';
export { fitInto, transformItem } from './scene-transform.ts';
export {
  fitBounds,
  metersPerPixel,
  project,
  unproject,
  worldSize,
  type MapView,
} from './projection.ts';
export {
  buildMapScene,
  type LayerRule,
  type MapFeature,
  type MapSceneOptions,
} from './map-scene.ts';
export { escapeXml, sceneToSvg, SVG_FONT_FAMILY, type SvgOptions } from './svg.ts';
export {
  layoutComposition,
  layoutUnit,
  type Layout,
  type LayoutRequest,
  type LegendEntry,
  type SwatchKind,
} from './layout.ts';
export { scaleBar, type ScaleBar } from './scale-bar.ts';
export { estimateTextWidth, textWidth, wrapText } from './text-measure.ts';
export {
  DEFAULT_COMPOSITION_STYLE,
  composeScene,
  compositionItems,
  type CompositionOptions,
  type CompositionStyle,
} from './composition.ts';
