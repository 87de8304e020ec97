/**
 * The URL hash holds the view and the selection:
 * `#map=<zoom>/<lat>/<lng>&place=<id>&lang=<code>&date=<YYYY-MM-DD>` (`date=`: the time slider's
 * day, for the reader's dated layers).
 * `map=` follows MapLibre's own hash format (zoom/lat/lng[/bearing[/pitch]]), so MapLibre's
 * `hash: 'map'` option and this module read and write the same parameter.
 */
import { LANGS, type Lang } from '../types.ts';

export { LANGS, type Lang };
import { isIsoDate } from './iso-date.ts';

export interface HashView {
  zoom: number;
  lat: number;
  lng: number;
  bearing?: number;
  pitch?: number;
}

export interface HashState {
  view?: HashView;
  place?: string;
  lang?: Lang;
  /** The time slider's day, a real calendar day `YYYY-MM-DD`. */
  date?: string;
}

/**
 * Something a link asked for that the map did not do, as data: the reader sees it in their
 * language (`linkIssueText` in src/i18n), the command line in `problems`/`notices` (English).
 */
export type LinkIssue =
  | { kind: 'map'; value: string }
  | { kind: 'latitude' | 'longitude'; value: number }
  | { kind: 'place' | 'lang' | 'date'; value: string }
  | { kind: 'zoom'; value: number; min: number; max: number; used: number }
  | { kind: 'rotation'; bearing?: number; pitch?: number };

export interface ParsedHash {
  state: HashState;
  /** Parameters that were present but unusable, in plain words. */
  problems: string[];
  /** The same, as data. */
  issues: LinkIssue[];
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A number as a link gave it, without float noise. */
export const shortNumber = (n: number) => String(Number(n.toPrecision(6)));

/** The English words of an issue (the command line's, and the notices' in English). */
export function linkIssueEnglish(issue: LinkIssue): string {
  switch (issue.kind) {
    case 'map':
      return `map=${issue.value} is not zoom/lat/lng`;
    case 'latitude':
    case 'longitude':
      return `${issue.kind} ${issue.value} is out of range`;
    case 'place':
      return `place=${issue.value} is not a place id`;
    case 'lang':
      return `lang=${issue.value} is not one of ${LANGS.join(', ')}`;
    case 'date':
      return `date=${issue.value} is not a calendar date YYYY-MM-DD`;
    case 'zoom':
      return `zoom ${shortNumber(issue.value)} is outside this map's range (${issue.min}–${issue.max}); using ${issue.used}`;
    case 'rotation': {
      const parts = [
        issue.bearing !== undefined ? `bearing ${shortNumber(issue.bearing)}°` : '',
        issue.pitch !== undefined ? `pitch ${shortNumber(issue.pitch)}°` : '',
      ].filter(Boolean);
      return `${parts.join(' and ')} ignored: this map is always north-up and flat`;
    }
  }
}

function parseView(value: string): HashView | LinkIssue {
  const parts = value.split('/').map(Number);
  const [zoom, lat, lng, bearing, pitch] = parts;
  if (parts.length < 3 || parts.length > 5 || parts.some((n) => !Number.isFinite(n))) {
    return { kind: 'map', value };
  }
  if (zoom === undefined || lat === undefined || lng === undefined) return { kind: 'map', value };
  // Any finite zoom is read: `linkView` clamps it to the map's range (with a notice).
  if (lat < -90 || lat > 90) return { kind: 'latitude', value: lat };
  if (lng < -180 || lng > 180) return { kind: 'longitude', value: lng };
  const view: HashView = { zoom, lat, lng };
  if (bearing !== undefined && bearing !== 0) view.bearing = bearing;
  if (pitch !== undefined && pitch !== 0) view.pitch = pitch;
  return view;
}

/**
 * Reads a location hash (with or without the leading `#`). Never throws. `place` is kept only
 * when it looks like a story id (lower-case letters, digits, hyphens); whether the story has
 * that id is the caller's check, by exact match (`__proto__`, an id in capitals, an id with `%00` never pass).
 */
export function parseHash(hash: string): ParsedHash {
  const state: HashState = {};
  const issues: LinkIssue[] = [];
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const map = params.get('map');
  if (map !== null) {
    const view = parseView(map);
    if ('kind' in view) issues.push(view);
    else state.view = view;
  }
  const place = params.get('place');
  if (place !== null && place !== '') {
    if (ID_PATTERN.test(place)) state.place = place;
    else issues.push({ kind: 'place', value: place.slice(0, 64) });
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else issues.push({ kind: 'lang', value: lang.slice(0, 16) });
  }
  const date = params.get('date');
  if (date !== null && date !== '') {
    if (isIsoDate(date)) state.date = date;
    else issues.push({ kind: 'date', value: date.slice(0, 32) });
  }
  return { state, problems: issues.map(linkIssueEnglish), issues };
}

const round = (n: number, digits: number): string => String(Number(n.toFixed(digits)));

/** Formats a view the way MapLibre's hash does (2 decimals of zoom, precision by zoom). */
export function formatView(view: HashView): string {
  const precision = Math.ceil((view.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
  const parts = [round(view.zoom, 2), round(view.lat, precision), round(view.lng, precision)];
  if (view.bearing || view.pitch) parts.push(round(view.bearing ?? 0, 1));
  if (view.pitch) parts.push(round(view.pitch, 0));
  return parts.join('/');
}

/** Writes the state as a hash string starting with `#` (or '' when empty). */
export function serialiseHash(state: HashState): string {
  const parts: string[] = [];
  if (state.view) parts.push(`map=${formatView(state.view)}`);
  if (state.place) parts.push(`place=${encodeURIComponent(state.place)}`);
  if (state.lang && state.lang !== 'en') parts.push(`lang=${state.lang}`);
  if (state.date) parts.push(`date=${state.date}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** Replaces some parameters of an existing hash, keeping the others (e.g. MapLibre's map=). */
export function updateHash(
  hash: string,
  changes: Partial<Record<'place' | 'lang' | 'date', string | null>>,
) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, value);
  }
  // URLSearchParams escapes '/', which MapLibre's map= reader does not expect.
  const text = params.toString().replace(/%2F/g, '/');
  return text ? `#${text}` : '';
}

/** The zoom levels the map allows. */
export interface ZoomRange {
  min: number;
  max: number;
}

export interface LinkView {
  /** The view to show: zoom inside the range, no bearing or pitch. */
  view: HashView;
  /** What was changed, in plain words, for a notice. */
  notices: string[];
  /** The same, as data. */
  issues: LinkIssue[];
  /** True when the zoom was outside the range: a place named by the link is framed instead. */
  zoomClamped: boolean;
}

/**
 * The view a link may set on this map. The zoom is clamped into `range`. Bearing and pitch are
 * dropped: the story map is north-up and flat (rotation and tilt are off for the reader, and the
 * exports' north arrow and scale bar assume it), so a rotated or tilted link is shown north-up.
 * @example linkView({ zoom: 30, lat: 51.2, lng: 35.3 }, { min: 3, max: 10 }).view.zoom // 10
 */
export function linkView(view: HashView, range: ZoomRange): LinkView {
  const issues: LinkIssue[] = [];
  const zoom = Math.min(Math.max(view.zoom, range.min), range.max);
  const zoomClamped = zoom !== view.zoom;
  if (zoomClamped) {
    issues.push({ kind: 'zoom', value: view.zoom, min: range.min, max: range.max, used: zoom });
  }
  if (view.bearing !== undefined || view.pitch !== undefined) {
    issues.push({
      kind: 'rotation',
      ...(view.bearing !== undefined ? { bearing: view.bearing } : {}),
      ...(view.pitch !== undefined ? { pitch: view.pitch } : {}),
    });
  }
  const notices = issues.map(linkIssueEnglish);
  return { view: { zoom, lat: view.lat, lng: view.lng }, notices, issues, zoomClamped };
}

/**
 * `hash` with its `map=` view made usable by `linkView`, or null when nothing needs to change.
 * Run it before MapLibre reads the hash (its own `hash: 'map'` reader applies bearing and pitch).
 */
export function fixLinkHash(hash: string, range: ZoomRange): (LinkView & { hash: string }) | null {
  const { view } = parseHash(hash).state;
  if (!view) return null;
  const fixed = linkView(view, range);
  if (fixed.notices.length === 0) return null;
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.set('map', formatView(fixed.view));
  return { ...fixed, hash: `#${params.toString().replace(/%2F/g, '/')}` };
}
