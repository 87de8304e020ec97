/** The kind line of a place in the reader's language: Crimea is occupied, the 2022 oblasts claimed. */
import type { Messages } from '../i18n/index.ts';
import type { StoryFeature } from '../story/types.ts';

export function placeKind(feature: StoryFeature, t: Messages): string {
  const p = feature.properties;
  if (p.kind === 'claimed-territory' && p.claimed_since === 2014) return t.occupiedKind;
  return t.kinds[p.kind];
}
