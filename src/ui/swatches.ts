/** Which swatch stands for a place in the list: its group's, or the variant its symbol draws. */
import { groupStyle } from '../map/layers.ts';
import { PALETTE } from '../map/palette.ts';
import { groupOf } from '../story/story.ts';
import type { Story, StoryFeature, SwatchKind } from '../types.ts';

/**
 * A border is drawn thinner and purple, its highlighted stretch thick and red; a claimed
 * territory with a light hatch and dashed edge, an occupied one with the dense hatch.
 */
export function swatchOf(
  story: Story,
  feature: StoryFeature,
): { kind: SwatchKind; colour: string } {
  const style = groupStyle(groupOf(story, feature));
  const p = feature.properties;
  if (style.symbol === 'border' && p.emphasis !== 'highlight') {
    return { kind: 'dash', colour: PALETTE.border };
  }
  if (style.symbol === 'claimed' && p.status !== 'occupied') {
    return { kind: 'claim', colour: style.colour };
  }
  return { kind: style.swatch, colour: style.colour };
}
