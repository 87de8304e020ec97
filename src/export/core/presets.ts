/**
 * Export sizes (issue 5): the current view at 1× and 2×, two social formats, A4, A3 and US
 * Letter in both orientations at 150 or 300 DPI, and a custom pixel size. Screen sizes are
 * 96 DPI, the CSS reference pixel, so `pixelRatio = dpi / 96` everywhere: a print export is
 * the map drawn at a device pixel ratio of 3.125 (300 DPI) on a frame of `width / 3.125` CSS px.
 */

export type PresetId =
  | 'view-1x'
  | 'view-2x'
  | 'social-landscape'
  | 'social-square'
  | 'a4-portrait'
  | 'a4-landscape'
  | 'a3-portrait'
  | 'a3-landscape'
  | 'letter-portrait'
  | 'letter-landscape'
  | 'custom';

/** Dialog sections. */
export type PresetGroup = 'view' | 'social' | 'print' | 'custom';

/** A size preset as the export dialog lists it. */
export interface Preset {
  id: PresetId;
  /** Label for the export dialog. */
  label: string;
  group: PresetGroup;
}

/** CSS reference pixels per inch. */
export const SCREEN_DPI = 96;
/** The resolutions offered for print presets. */
export const PRINT_DPIS = [150, 300] as const;
const MM_PER_INCH = 25.4;
const PT_PER_INCH = 72;

/** Paper sizes in millimetres, portrait (ISO 216; Letter is 8.5 × 11 in). */
const PAPER: Record<string, { widthMm: number; heightMm: number }> = {
  a4: { widthMm: 210, heightMm: 297 },
  a3: { widthMm: 297, heightMm: 420 },
  letter: { widthMm: 215.9, heightMm: 279.4 },
};

const SOCIAL: Record<string, { width: number; height: number }> = {
  'social-landscape': { width: 1200, height: 675 },
  'social-square': { width: 1080, height: 1080 },
};

/** Every preset in dialog order. */
export const PRESETS: readonly Preset[] = [
  { id: 'view-1x', label: 'Current view (1×)', group: 'view' },
  { id: 'view-2x', label: 'Current view (2×)', group: 'view' },
  { id: 'social-landscape', label: 'Social, landscape (1200 × 675 px)', group: 'social' },
  { id: 'social-square', label: 'Social, square (1080 × 1080 px)', group: 'social' },
  { id: 'a4-portrait', label: 'A4 portrait (210 × 297 mm)', group: 'print' },
  { id: 'a4-landscape', label: 'A4 landscape (297 × 210 mm)', group: 'print' },
  { id: 'a3-portrait', label: 'A3 portrait (297 × 420 mm)', group: 'print' },
  { id: 'a3-landscape', label: 'A3 landscape (420 × 297 mm)', group: 'print' },
  { id: 'letter-portrait', label: 'US Letter portrait (8.5 × 11 in)', group: 'print' },
  { id: 'letter-landscape', label: 'US Letter landscape (11 × 8.5 in)', group: 'print' },
  { id: 'custom', label: 'Custom size (px)', group: 'custom' },
];

/** The size choices made in the export dialog. */
export interface SizeRequest {
  preset: PresetId;
  /** CSS size of the map view on screen; needed by the view presets. */
  view?: { width: number; height: number };
  /** Print presets: 150 or 300 (300 when omitted). Custom: any positive DPI (96 when omitted). */
  dpi?: number;
  /** Custom preset: whole pixels. */
  custom?: { width: number; height: number };
}

/** A page size in PostScript points and millimetres. */
export interface PageSize {
  widthPt: number;
  heightPt: number;
  widthMm: number;
  heightMm: number;
}

/** The exact size of an export. */
export interface ResolvedSize {
  /** Output size in pixels: exactly what the file will have. */
  width: number;
  height: number;
  dpi: number;
  /** Output pixels per CSS pixel (`dpi / 96`). */
  pixelRatio: number;
  /** Physical page, for print presets. */
  page?: PageSize;
}

/** The group of a preset id. */
export function presetGroup(id: PresetId): PresetGroup {
  return PRESETS.find((p) => p.id === id)?.group ?? 'custom';
}

/**
 * The exact output size for a request.
 *
 * @example resolveSize({ preset: 'a4-landscape', dpi: 300 }) // { width: 3508, height: 2480, … }
 * @throws RangeError with a message for the dialog when the input cannot give an image.
 */
export function resolveSize(request: SizeRequest): ResolvedSize {
  const { preset } = request;
  if (preset === 'view-1x' || preset === 'view-2x') {
    const view = request.view;
    if (!view || !(view.width > 0 && view.height > 0)) {
      throw new RangeError('The current view has no size yet; wait for the map to load.');
    }
    const factor = preset === 'view-2x' ? 2 : 1;
    const [width, height] = [Math.round(view.width * factor), Math.round(view.height * factor)];
    return { width, height, dpi: SCREEN_DPI * factor, pixelRatio: factor };
  }
  const social = SOCIAL[preset];
  if (social) return { ...social, dpi: SCREEN_DPI, pixelRatio: 1 };
  if (preset === 'custom') {
    const { width = NaN, height = NaN } = request.custom ?? {};
    if (!isPositiveInteger(width) || !isPositiveInteger(height)) {
      throw new RangeError('Width and height must be whole numbers of pixels, at least 1.');
    }
    const dpi = request.dpi ?? SCREEN_DPI;
    if (!(dpi > 0)) throw new RangeError('DPI must be a positive number.');
    return { width, height, dpi, pixelRatio: dpi / SCREEN_DPI };
  }
  const [paperId, orientation] = preset.split('-');
  const paper = PAPER[paperId ?? ''];
  if (!paper) throw new RangeError(`Unknown preset "${preset}".`);
  const dpi = request.dpi ?? 300;
  if (!(PRINT_DPIS as readonly number[]).includes(dpi)) {
    throw new RangeError(`Print exports are 150 or 300 DPI, not ${dpi}.`);
  }
  const portrait = orientation === 'portrait';
  const widthMm = portrait ? paper.widthMm : paper.heightMm;
  const heightMm = portrait ? paper.heightMm : paper.widthMm;
  const toPx = (mm: number) => Math.round((mm / MM_PER_INCH) * dpi);
  const toPt = (mm: number) => (mm / MM_PER_INCH) * PT_PER_INCH;
  return {
    width: toPx(widthMm),
    height: toPx(heightMm),
    dpi,
    pixelRatio: dpi / SCREEN_DPI,
    page: { widthPt: toPt(widthMm), heightPt: toPt(heightMm), widthMm, heightMm },
  };
}

function isPositiveInteger(n: number): boolean {
  return Number.isInteger(n) && n >= 1;
}
