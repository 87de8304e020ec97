/**
 * The story model: the article and its places, indexed for the UI. Plain TypeScript, tested in Node.
 */
import type {
  Excerpt,
  Lang,
  LegendGroup,
  LocalText,
  StoryFeature,
  StoryFeatureCollection,
  StoryFile,
  Story,
} from '../types.ts';

const firstParagraph = (excerpts: Excerpt[]): number =>
  excerpts.reduce((min, e) => Math.min(min, e.paragraph), Number.POSITIVE_INFINITY);

/** Joins the story file and the story features into one model. */
export function createStory(file: StoryFile, collection: StoryFeatureCollection): Story {
  const places = [...collection.features].sort(
    (a, b) =>
      firstParagraph(a.properties.excerpts) - firstParagraph(b.properties.excerpts) ||
      a.properties.name.localeCompare(b.properties.name),
  );
  return { file, places, byId: new Map(places.map((f) => [f.properties.id, f])) };
}

/** The place's name in the reader's language, falling back to English. */
export function placeName(feature: StoryFeature, lang: Lang): string {
  const p = feature.properties;
  if (lang === 'uk' && p.name_uk) return p.name_uk;
  if (lang === 'ru' && p.name_ru) return p.name_ru;
  return p.name;
}

/** A story's own text in the reader's language. */
export function localText(text: LocalText, lang: Lang): string {
  return text[lang] || text.en;
}

/** The legend group a place is drawn with. */
export function groupOf(story: Story, feature: StoryFeature): LegendGroup {
  const group = story.file.groups.find((g) => g.id === feature.properties.group);
  if (!group) throw new Error(`place "${feature.properties.id}" has no legend group`);
  return group;
}

/** The place's own kind line, else its group's; null: use the generic name of its kind. */
export function placeKindText(story: Story, feature: StoryFeature): LocalText | null {
  const own = story.file.placeText[feature.properties.id]?.kindLabel;
  return own ?? groupOf(story, feature).kindLabel ?? null;
}

/** What the map does not show about the place (its own note, else its group's), if anything. */
export function placeNote(story: Story, feature: StoryFeature): LocalText | null {
  const own = story.file.placeText[feature.properties.id]?.note;
  return own ?? groupOf(story, feature).note ?? null;
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "September 16, 2024" from "2024-09-16", independent of the machine's time zone. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return DATE_FORMAT.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Only http(s) links are ever rendered as links. */
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
