/** Export dialog defaults and the request the command line sends (same shape). */
import type { ExportFormat, PresetId } from '../core/index.ts';
import type { SnapshotOptions } from './snapshot.ts';

export const FORMATS: { id: ExportFormat; label: string; note: string }[] = [
  { id: 'png', label: 'PNG', note: 'lossless image, DPI recorded' },
  { id: 'jpeg', label: 'JPEG', note: 'smaller image, adjustable quality' },
  { id: 'pdf', label: 'PDF', note: 'vector, exact page size' },
  { id: 'svg', label: 'SVG', note: 'vector, editable paths and text' },
];

export function defaultOptions(title: string, hasSelection: boolean): SnapshotOptions {
  return {
    preset: 'social-landscape' satisfies PresetId,
    dpi: 300,
    custom: { width: 1600, height: 900 },
    format: 'png',
    quality: 0.9,
    title,
    show: {
      title: true,
      date: true,
      legend: true,
      scaleBar: true,
      northArrow: true,
      callout: hasSelection,
      inset: true,
    },
  };
}

/** Options for the small preview: the same frame, shrunk to `maxSide` pixels. */
export function previewOptions(
  opts: SnapshotOptions,
  size: { width: number; height: number; dpi: number },
  maxSide = 480,
): SnapshotOptions {
  const scale = Math.min(1, maxSide / Math.max(size.width, size.height));
  const width = Math.max(1, Math.round(size.width * scale));
  const height = Math.max(1, Math.round(size.height * scale));
  return {
    ...opts,
    preset: 'custom',
    custom: { width, height },
    dpi: size.dpi * scale,
    format: 'png',
  };
}
