/**
 * One snapshot to make, checked completely before any browser starts: the same rules for a
 * command line and for each entry of a manifest, so a typo never costs a render.
 */
import { extname } from 'node:path';
import { exportFileName, type ExportFormat } from '../src/export/core/filename.ts';
import {
  PRESETS,
  PRINT_DPIS,
  presetGroup,
  resolveSize,
  type PresetId,
} from '../src/export/core/presets.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_ZOOM, MIN_ZOOM } from '../src/map/camera.ts';
import { LANGS, parseHash, type HashView } from '../src/story/hash.ts';
import type { Lang, StoryFile, StoryIndex } from '../src/types.ts';

/** The built stories (`data/` beside this folder), read when a job is checked. */
const DATA = join(import.meta.dirname, '../data/stories');
const readJson = <T>(file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as T;

/** The story a job names (or the default) and how far its map may pan. */
function storyOf(id: string | undefined): {
  id: string;
  maxBounds: StoryFile['basemap']['maxBounds'];
} {
  const index = readJson<StoryIndex>('index.json');
  const chosen = id ?? index.default;
  if (!index.stories.some((s) => s.id === chosen)) {
    throw new Error(
      `--story "${chosen}" is not a story of this site (${index.stories.map((s) => s.id).join(', ')}).`,
    );
  }
  return { id: chosen, maxBounds: readJson<StoryFile>(`${chosen}/story.json`).basemap.maxBounds };
}

export const FORMATS: ExportFormat[] = ['png', 'jpeg', 'pdf', 'svg'];
/** Parts of the composition that `--no-<part>` hides. */
export const PARTS = ['legend', 'scale-bar', 'north-arrow', 'inset', 'date', 'title', 'callout'];
/** Most pixels per side and in total (the exporter's own caps; the page checks WebGL's). */
export const MAX_SIDE = 16384;
export const MAX_PIXELS = 200_000_000;
/** DPI a custom size may record. */
export const DPI_RANGE = [72, 1200] as const;
/** Largest PDF page side, in points (PDF 32000-1 Annex C: 14,400 units). */
export const MAX_PAGE_PT = 14400;

export interface SnapshotJob {
  /** The story's id (`?story=`); the site's default when omitted. */
  story: string;
  place?: string;
  view?: HashView;
  preset: PresetId;
  dpi?: number;
  custom?: { width: number; height: number };
  format: ExportFormat;
  quality: number;
  title?: string;
  lang: Lang;
  /** ISO date (YYYY-MM-DD) for dated layers; none is dated yet, so it is only recorded. */
  date?: string;
  hide: string[];
  /** Where to write; the export's own file name when omitted. */
  out?: string;
}

const EXTENSIONS: Record<string, ExportFormat> = {
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.pdf': 'pdf',
  '.svg': 'svg',
};

const whole = (name: string, raw: string): number => {
  const n = Number(raw);
  if (
    !/^-?\d+(\.\d+)?(e\d+)?$/i.test(raw.trim()) ||
    !Number.isInteger(n) ||
    n < 1 ||
    n > MAX_SIDE
  ) {
    throw new Error(
      `--${name} must be a whole number of pixels from 1 to ${MAX_SIDE}, not ${raw}.`,
    );
  }
  return n;
};

/** A real calendar date written YYYY-MM-DD. */
export function checkDate(raw: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const date = m ? new Date(`${raw}T00:00:00Z`) : null;
  if (!m || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw) {
    throw new Error(`--date must be a calendar date written YYYY-MM-DD, not "${raw}".`);
  }
  return raw;
}

/**
 * A job from option values (`{ place: 'sudzha', width: '800', … }`, as given after `--`).
 * Throws Error with the message for the user.
 */
export function jobFromValues(values: Record<string, string>, hide: string[] = []): SnapshotJob {
  if (values['story'] !== undefined && !/^[a-z0-9-]+$/.test(values['story'])) {
    throw new Error(`--story "${values['story']}" is not a story id.`);
  }
  const story = storyOf(values['story']);
  const job: SnapshotJob = {
    story: story.id,
    preset: 'social-landscape',
    format: 'png',
    quality: 0.9,
    lang: 'en',
    hide,
  };
  const v = values;
  if (v['place'] !== undefined) {
    if (!/^[a-z0-9-]+$/.test(v['place']))
      throw new Error(`--place "${v['place']}" is not a place id.`);
    job.place = v['place'];
  }
  if (v['view'] !== undefined) {
    const { state, problems } = parseHash(`map=${v['view']}`);
    if (!state.view) throw new Error(`--view: ${problems[0] ?? 'expected zoom/lat/lng'}.`);
    const { zoom, lat, lng } = state.view;
    // Refused, not clamped: a batch should not quietly export another view than it asked for.
    if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
      throw new Error(
        `--view: zoom ${zoom} is outside the map's range, ${MIN_ZOOM} to ${MAX_ZOOM} ` +
          `(the OpenStreetMap border is true to ${MAX_ZOOM}; see geo-build/README.md).`,
      );
    }
    const [[west, south], [east, north]] = story.maxBounds;
    if (lng < west || lng > east || lat < south || lat > north) {
      throw new Error(
        `--view: the centre ${lat}/${lng} is outside the map, latitude ${south} to ${north} ` +
          `and longitude ${west} to ${east}.`,
      );
    }
    job.view = state.view;
  }
  if (v['preset'] !== undefined) {
    if (!PRESETS.some((p) => p.id === v['preset'])) {
      throw new Error(
        `--preset "${v['preset']}" is not one of ${PRESETS.map((p) => p.id).join(', ')}.`,
      );
    }
    job.preset = v['preset'] as PresetId;
  }
  if (v['width'] !== undefined || v['height'] !== undefined) {
    if (v['width'] === undefined) throw new Error('--height needs --width too.');
    if (v['height'] === undefined) throw new Error('--width needs --height too.');
    if (v['preset'] !== undefined && v['preset'] !== 'custom') {
      throw new Error(
        `--width and --height make a custom size; leave out --preset ${v['preset']}.`,
      );
    }
    const width = whole('width', v['width']);
    const height = whole('height', v['height']);
    if (width * height > MAX_PIXELS) {
      throw new Error(
        `--width ${width} --height ${height} is ${Math.round((width * height) / 1e6)} megapixels; ` +
          `the most is ${MAX_PIXELS / 1e6}.`,
      );
    }
    job.custom = { width, height };
    job.preset = 'custom';
  }
  if (v['dpi'] !== undefined) {
    const dpi = Number(v['dpi']);
    if (!(dpi >= DPI_RANGE[0] && dpi <= DPI_RANGE[1])) {
      throw new Error(`--dpi must be from ${DPI_RANGE[0]} to ${DPI_RANGE[1]}, not ${v['dpi']}.`);
    }
    const group = presetGroup(job.preset);
    if (group === 'print' && !(PRINT_DPIS as readonly number[]).includes(dpi)) {
      throw new Error(`--dpi for print presets is ${PRINT_DPIS.join(' or ')}, not ${v['dpi']}.`);
    }
    if (group === 'social' || group === 'view') {
      throw new Error(`--dpi applies to print presets and custom sizes, not to ${job.preset}.`);
    }
    job.dpi = dpi;
  }
  const out = v['out'];
  const ext = out === undefined ? '' : extname(out).toLowerCase();
  const fromExt = EXTENSIONS[ext];
  if (out !== undefined && ext && !fromExt) {
    throw new Error(`--out ${out}: "${ext}" is not a snapshot format (.png, .jpg, .pdf, .svg).`);
  }
  if (v['format'] !== undefined) {
    if (!FORMATS.includes(v['format'] as ExportFormat)) {
      throw new Error(`--format "${v['format']}" is not one of ${FORMATS.join(', ')}.`);
    }
    job.format = v['format'] as ExportFormat;
    if (fromExt && fromExt !== job.format) {
      throw new Error(
        `--format ${job.format} does not match --out ${out}: name the file ` +
          `"${out!.slice(0, -ext.length)}.${job.format === 'jpeg' ? 'jpg' : job.format}" or drop --format.`,
      );
    }
  } else if (fromExt) job.format = fromExt;
  if (v['quality'] !== undefined) {
    const q = Number(v['quality']);
    if (!(q > 0 && q <= 1))
      throw new Error(`--quality must be between 0 and 1, not "${v['quality']}".`);
    if (job.format !== 'jpeg')
      throw new Error(`--quality applies to JPEG only, not ${job.format}.`);
    job.quality = q;
  }
  if (v['lang'] !== undefined) {
    if (!(LANGS as readonly string[]).includes(v['lang'])) {
      throw new Error(`--lang "${v['lang']}" is not one of ${LANGS.join(', ')}.`);
    }
    job.lang = v['lang'] as Lang;
  }
  if (v['date'] !== undefined) job.date = checkDate(v['date']);
  if (v['title'] !== undefined) {
    if (v['title'].length > 300) throw new Error('--title is longer than 300 characters.');
    job.title = v['title'];
  }
  if (out !== undefined) {
    if (out.trim() === '' || out.endsWith('/'))
      throw new Error(`--out "${out}" is not a file name.`);
    job.out = out;
  }
  checkSize(job);
  return job;
}

/** The size the job will have, when it can be known without the page (not for view presets). */
export function jobSize(job: SnapshotJob) {
  if (presetGroup(job.preset) === 'view') return undefined;
  return resolveSize({ preset: job.preset, dpi: job.dpi, custom: job.custom });
}

function checkSize(job: SnapshotJob): void {
  const size = jobSize(job);
  if (!size || job.format !== 'pdf') return;
  const side = Math.max(
    size.page?.widthPt ?? 0,
    size.page?.heightPt ?? 0,
    (Math.max(size.width, size.height) * 72) / size.dpi,
  );
  if (side > MAX_PAGE_PT) {
    throw new Error(
      `a PDF page of ${Math.round(side)} pt is larger than PDF allows (${MAX_PAGE_PT} pt, 200 in); ` +
        'use a higher --dpi or a smaller size.',
    );
  }
}

/**
 * The file name the page would give the export, with the language added for uk and ru (the
 * page's name has none, and a batch makes the same view in several languages).
 */
export function defaultOutName(job: SnapshotJob): string | undefined {
  const size = jobSize(job);
  if (!size) return undefined;
  const name = exportFileName({
    story: job.story,
    ...(job.place ? { place: job.place } : {}),
    preset: job.preset,
    dpi: size.dpi,
    format: job.format,
    width: size.width,
    height: size.height,
  });
  if (job.lang === 'en') return name;
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}_${job.lang}${name.slice(dot)}`;
}
