/**
 * Which places the article names, as opposed to those it only refers to ("the cross-border
 * incursion", "eastern Ukraine"): a place is named when its own name or an alias that is a proper
 * name (it begins with a capital letter) stands as a whole word in the title or the text. The map
 * summary counts from this, so it says what the text does (issue 15). Plain TypeScript.
 */
import { findMentions } from './mentions.ts';
import type { Story, StoryFeature } from '../types.ts';

const isProperName = (term: string) => /^\p{Lu}/u.test(term.trim());

/** Every place of the story, split into named and only referred to, each in story order. */
export function namedPlaces(story: Story): { named: StoryFeature[]; referred: StoryFeature[] } {
  const texts = [story.file.article.title, ...story.file.paragraphs.map((p) => p.text)];
  const named: StoryFeature[] = [];
  const referred: StoryFeature[] = [];
  for (const place of story.places) {
    const p = place.properties;
    const terms = new Map(
      [p.name, ...p.aliases]
        .filter(isProperName)
        .map((term) => [term, [p.id]] as [string, string[]]),
    );
    // Case matters here: a proper name is written with its capital.
    const said = texts.some((text) =>
      findMentions(text, terms).some((m) => isProperName(text.slice(m.start, m.end))),
    );
    (said ? named : referred).push(place);
  }
  return { named, referred };
}
