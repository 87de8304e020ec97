/**
 * The styles a reader's file carries, as the simplestyle-spec 1.1.0 names them (`fill`,
 * `fill-opacity`, `stroke`, `stroke-opacity`, `stroke-width`, `marker-color`; `title`), which
 * is also how KML styles arrive once converted. Colours are read here, once, in the page: each
 * distinct value is parsed and kept clear of the story's colours (palette-check.ts), and the map
 * draws them through a `match` on the original value. Plain TypeScript.
 */
import type { GeoJsonProperties } from 'geojson';
import { checkColour, type StoryColourRole } from './palette-check.ts';

/** The simplestyle properties that hold a colour. */
export const COLOUR_KEYS = ['fill', 'stroke', 'marker-color'] as const;
export type ColourKey = (typeof COLOUR_KEYS)[number];

/** A file's colours: the value as written to the colour drawn, per property. */
export type ColourMap = Record<ColourKey, Record<string, string>>;

/** A file colour that was moved away from a story colour. */
export interface ShiftedColour {
  key: ColourKey;
  from: string;
  to: string;
  /** The story colour's role it was too close to (see STORY_COLOURS). */
  near: StoryColourRole;
}

/**
 * At most this many distinct colours per property are drawn as written; later ones take the
 * layer colour. Keeps the paint expressions small for a file that colours each feature apart.
 */
export const MAX_COLOURS = 256;

/**
 * Reads the colours of every feature's simplestyle properties.
 * @returns the colour map for the paint expressions, and the colours it had to shift.
 * @example
 * const { colours } = fileColours([{ fill: '#33a02c' }, { fill: 'red' }, { fill: 'nope' }]);
 * colours.fill // { '#33a02c': '#33a02c', red: <red moved off the incursion red> }
 */
export function fileColours(properties: readonly GeoJsonProperties[]): {
  colours: ColourMap;
  shifted: ShiftedColour[];
} {
  const colours: ColourMap = { fill: {}, stroke: {}, 'marker-color': {} };
  const shifted: ShiftedColour[] = [];
  const seen: Record<ColourKey, Set<string>> = {
    fill: new Set(),
    stroke: new Set(),
    'marker-color': new Set(),
  };
  for (const p of properties) {
    if (!p) continue;
    for (const key of COLOUR_KEYS) {
      const value: unknown = Object.hasOwn(p, key) ? p[key] : undefined;
      if (typeof value !== 'string' || seen[key].has(value)) continue;
      seen[key].add(value);
      if (Object.keys(colours[key]).length >= MAX_COLOURS) continue;
      const checked = checkColour(value);
      if (!checked) continue;
      colours[key][value] = checked.colour;
      if (checked.near) shifted.push({ key, from: value, to: checked.colour, near: checked.near });
    }
  }
  return { colours, shifted };
}

/** The colour maps' own properties only: a reader's value `__proto__` stays a plain key. */
export function colourPairs(map: Record<string, string>): [string, string][] {
  return Object.keys(map).map((k) => [k, map[k]!]);
}

/**
 * A feature's own name for the panel: simplestyle `title`, else `name`, when it is text.
 * @example featureTitle({ title: 'North sector' }) // 'North sector'
 */
export function featureTitle(properties: GeoJsonProperties): string | null {
  for (const key of ['title', 'name']) {
    const value: unknown = properties && Object.hasOwn(properties, key) ? properties[key] : null;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}
