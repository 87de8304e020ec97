/** The kind line of a place in the reader's language: the story's own words, else the kind's. */
import type { Messages } from '../i18n/index.ts';
import { localText, placeKindText } from '../story/story.ts';
import type { Lang, Story, StoryFeature } from '../types.ts';

export function placeKind(story: Story, feature: StoryFeature, t: Messages, lang: Lang): string {
  const own = placeKindText(story, feature);
  return own ? localText(own, lang) : t.kinds[feature.properties.kind];
}
