/**
 * Keeps a reader's colours apart from the story's (issue 11): a colour whose CIEDE2000 distance
 * to one of the story's marking colours is below MIN_DELTA_E would read as the story's own
 * accent, selection, border or incursion, so it is shifted round the hue circle (in OKLCH, which
 * keeps its lightness and strength) until it is clear of them all. Plain TypeScript (culori).
 */
import {
  clampChroma,
  converter,
  differenceCiede2000,
  formatHex,
  modeHsl,
  modeLab65,
  modeOklch,
  modeRgb,
  parse,
  useMode,
  type Color,
} from 'culori/fn';
import { PALETTE } from '../map/palette.ts';

// culori/fn registers only the colour spaces it is given: CSS names, hex, rgb() and hsl() parse.
useMode(modeRgb);
useMode(modeHsl);
useMode(modeLab65);
useMode(modeOklch);

const toOklch = converter('oklch');
const deltaE = differenceCiede2000();

/**
 * Below this CIEDE2000 distance two map colours are taken for one. About four times a just
 * noticeable difference: the selection blue and a darker blue at 12 still read as two colours
 * side by side on the map; the story's border purple and a layer at 5 do not.
 */
export const MIN_DELTA_E = 10;

/** What a story colour means on the map (the interface names it in the reader's language). */
export type StoryColourRole =
  'accent' | 'selection' | 'border' | 'incursion' | 'claimed' | 'regionOutline';

/** The story's colours a reader's layer must not look like, by what they mean on the map. */
export const STORY_COLOURS: readonly { role: StoryColourRole; colour: string }[] = [
  { role: 'accent', colour: PALETTE.accent },
  { role: 'selection', colour: PALETTE.select },
  { role: 'border', colour: PALETTE.border },
  { role: 'incursion', colour: PALETTE.highlight },
  { role: 'claimed', colour: PALETTE.claimed },
  { role: 'regionOutline', colour: PALETTE.areaLine },
];

const STORY = STORY_COLOURS.map((s) => ({ ...s, parsed: parse(s.colour)! }));

/** What the check made of a colour. */
export interface CheckedColour {
  /** `#rrggbb`, safe to draw beside the story. */
  colour: string;
  /** The story colour the input was too close to (then `colour` is the shifted one), or null. */
  near: StoryColourRole | null;
}

/** The closest story colour to `c`, and how far it is. */
function nearest(c: Color): { role: StoryColourRole; distance: number } {
  let best: { role: StoryColourRole; distance: number } = { role: 'accent', distance: Infinity };
  for (const s of STORY) {
    const distance = deltaE(c, s.parsed);
    if (distance < best.distance) best = { role: s.role, distance };
  }
  return best;
}

/**
 * Parses a CSS colour and keeps it clear of the story's colours; null when it is not a colour.
 * Transparency is dropped: opacity is a separate setting (simplestyle `fill-opacity` etc.).
 * @example
 * checkColour('#33a02c') // { colour: '#33a02c', near: null }
 * checkColour('#d7191c') // { colour: <a colour at least MIN_DELTA_E away>, near: 'incursion' }
 * checkColour('not a colour') // null
 */
export function checkColour(input: string): CheckedColour | null {
  if (input.length > 64) return null;
  const parsed = parse(input.trim());
  if (!parsed) return null;
  const colour = formatHex(parsed);
  const close = nearest(parse(colour)!);
  if (close.distance >= MIN_DELTA_E) return { colour, near: null };
  return { colour: shifted(colour), near: close.role };
}

/** The first hue step (30° at a time, either way) that is clear of every story colour. */
function shifted(hex: string): string {
  const base = toOklch(parse(hex)!);
  // A grey has no hue to turn: give it some colour first.
  const chroma = Math.max(base.c, 0.08);
  const hue = base.h ?? 0;
  let best = { hex, distance: -1 };
  for (let step = 1; step <= 6; step++) {
    for (const sign of [1, -1]) {
      const h = (hue + sign * step * 30 + 360) % 360;
      const candidate = formatHex(clampChroma({ mode: 'oklch', l: base.l, c: chroma, h }, 'oklch'));
      const distance = nearest(parse(candidate)!).distance;
      if (distance >= MIN_DELTA_E) return candidate;
      if (distance > best.distance) best = { hex: candidate, distance };
    }
  }
  return best.hex;
}
