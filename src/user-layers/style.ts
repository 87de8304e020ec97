/**
 * A reader's layer style: the colour its features take where the file gives none, and an
 * opacity over the whole layer (1 draws the file as it says). Plain TypeScript.
 */
import { checkColour, type StoryColourRole } from './palette-check.ts';

export interface UserStyle {
  /** `#rrggbb`, clear of the story's colours (palette-check.ts). */
  colour: string;
  /** 0.1–1; below 0.1 a layer is as good as hidden, which the list would not show. */
  opacity: number;
}

export const MIN_OPACITY = 0.1;

/**
 * A style from what a reader set or storage held: the colour kept clear of the story's colours
 * (`near` says which it was moved from), the opacity rounded to hundredths within range.
 * Null when the colour is not a colour.
 * @example styleFrom('#33a02c', 0.5) // { style: { colour: '#33a02c', opacity: 0.5 }, near: null }
 */
export function styleFrom(
  colour: string,
  opacity: number,
): { style: UserStyle; near: StoryColourRole | null } | null {
  const checked = checkColour(colour);
  if (!checked || !Number.isFinite(opacity)) return null;
  const clamped = Math.round(Math.min(1, Math.max(MIN_OPACITY, opacity)) * 100) / 100;
  return { style: { colour: checked.colour, opacity: clamped }, near: checked.near };
}
