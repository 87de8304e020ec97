/**
 * File names that say what the file is: story, place, size and format, e.g.
 * `city-budget_city-hall_a4-landscape_300dpi.png`. Print presets name their DPI, the others their
 * pixel size. Every part is slugified, so a name can never contain a path or a hidden file.
 */
import { presetGroup, type PresetId } from './presets.ts';
import { toAscii } from './transliterate.ts';

/** File formats of issue 5; JPEG files get the `.jpg` extension. */
export type ExportFormat = 'png' | 'jpeg' | 'pdf' | 'svg';

/** What a file name is made of. */
export interface FileNameParts {
  /** Story id or title, e.g. `city-budget`. */
  story: string;
  /** Selected place, e.g. `city-hall` or `Ратуша`. */
  place?: string;
  preset: PresetId;
  dpi: number;
  format: ExportFormat;
  width: number;
  height: number;
}

const EXTENSIONS: Record<ExportFormat, string> = {
  png: 'png',
  jpeg: 'jpg',
  pdf: 'pdf',
  svg: 'svg',
};
const MAX_PART = 60;

/**
 * Lowercase ASCII words joined by hyphens: Cyrillic transliterated, accents dropped, anything
 * else (slashes, dots, spaces, quotes) a separator. At most 60 characters.
 *
 * @example slugify('Ратуша / City Hall.. ') // 'ratusha-city-hall'
 */
export function slugify(text: string): string {
  return toAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_PART)
    .replace(/^-+|-+$/g, '');
}

/**
 * The download name for an export.
 *
 * @example exportFileName({ story: 'city-budget', place: 'city-hall', preset: 'a4-landscape',
 *   dpi: 300, format: 'png', width: 3508, height: 2480 }) // 'city-budget_city-hall_a4-landscape_300dpi.png'
 * @example exportFileName({ story: 'city-budget', preset: 'view-2x', dpi: 192, format: 'png',
 *   width: 2400, height: 1600 }) // 'city-budget_view-2x_2400x1600.png'
 */
export function exportFileName(parts: FileNameParts): string {
  const story = slugify(parts.story) || 'map';
  const place = parts.place ? slugify(parts.place) : '';
  const size =
    presetGroup(parts.preset) === 'print'
      ? `${Math.round(parts.dpi)}dpi`
      : `${Math.round(parts.width)}x${Math.round(parts.height)}`;
  const name = [story, place, parts.preset, size].filter(Boolean).join('_');
  return `${name}.${EXTENSIONS[parts.format]}`;
}
