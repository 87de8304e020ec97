/** Which legend swatch stands for a place of each kind. */
import { STORY_GROUPS, type StoryGroupInfo } from '../map/layers.ts';
import { PALETTE } from '../map/palette.ts';
import type { StoryFeature } from '../story/types.ts';

export function groupOf(feature: StoryFeature): StoryGroupInfo {
  const { kind, id } = feature.properties;
  const groupId =
    kind === 'region'
      ? 'kursk-region'
      : kind === 'border'
        ? 'border'
        : kind === 'town'
          ? 'sudzha'
          : kind === 'capital'
            ? 'capitals'
            : 'claimed';
  const group = STORY_GROUPS.find((g) => g.id === groupId);
  if (!group) throw new Error(`no legend group for ${id}`);
  return group;
}

/** The swatch drawn beside a place: the whole border is thinner and purple, its Kursk stretch red. */
export function swatchOf(feature: StoryFeature): {
  kind: StoryGroupInfo['swatch'] | 'dash' | 'claim';
  colour: string;
} {
  if (feature.properties.id === 'ukraine-border') return { kind: 'dash', colour: PALETTE.border };
  const group = groupOf(feature);
  // Claimed in 2022 (not all held) is drawn lighter and dashed than occupied since 2014.
  if (feature.properties.kind === 'claimed-territory' && feature.properties.claimed_since !== 2014)
    return { kind: 'claim', colour: group.colour };
  return { kind: group.swatch, colour: group.colour };
}
