/**
 * Build a story's `data/stories/<id>/story.json` from its article text, story settings and places,
 * checking that every excerpt is verbatim in the paragraph it names.
 */
import type { BasemapInfo, Excerpt, StoryFile } from '../../src/types.ts';
import { buildLayers } from '../../src/map/layers.ts';
import { parseArticle } from './article.ts';
import type { PlacesFile, StorySource } from './story-spec.ts';

export class StoryBuildError extends Error {
  override name = 'StoryBuildError';
}

const SHORT_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** "2024-09-16" -> "16 Sep 2024". */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${SHORT_MONTHS[Number(m) - 1] ?? ''} ${y ?? ''}`;
}

/** "AFP contributed reporting." -> "AFP"; empty when the line names no agency. */
export function agencyOf(credit: string): string {
  return /^(.+?) contributed reporting\.?$/.exec(credit)?.[1] ?? '';
}

export interface StoryCredits {
  /** e.g. "Natural Earth 1:10m (public domain)" */
  boundaries: string;
  /** e.g. "GeoNames (CC BY 4.0)" */
  places: string;
}

/**
 * Every problem with the excerpts, as messages; empty when all are verbatim. Features in
 * `mayBeEmpty` (claimed territories the article does not name) may have none.
 */
export function excerptProblems(
  paragraphs: readonly { text: string }[],
  excerpts: Record<string, readonly Excerpt[]>,
  mayBeEmpty: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  for (const [id, list] of Object.entries(excerpts)) {
    if (list.length === 0 && !mayBeEmpty.has(id)) problems.push(`feature "${id}": has no excerpt`);
    list.forEach((e, i) => {
      const paragraph = paragraphs[e.paragraph - 1];
      if (!paragraph) {
        problems.push(`feature "${id}": excerpt ${i + 1} names missing paragraph ${e.paragraph}`);
      } else if (e.text.length === 0 || !paragraph.text.includes(e.text)) {
        problems.push(
          `feature "${id}": excerpt ${i + 1} is not found verbatim in paragraph ${e.paragraph}`,
        );
      }
    });
  }
  return problems;
}

/** What a story is drawn with, besides its own files. */
export interface StoryContext {
  basemap: BasemapInfo;
  credits: StoryCredits;
}

/**
 * Groups whose map layers (named `<group>-fill`, `<group>-line`, …) take an id the basemap's layers
 * or another group's already use: MapLibre refuses the whole style, so the map would never draw.
 * @example layerIdProblems([{ id: 'regions', symbol: 'region', … }]) // ['group "regions": …']
 */
export function layerIdProblems(groups: StorySource['groups']): string[] {
  const ids = buildLayers('en', groups).map((l) => l.id);
  const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  // A group's layers are named after it: `${group.id}-<kind>`.
  return twice.flatMap((layer) =>
    groups
      .filter((g) => layer.startsWith(`${g.id}-`))
      .map(
        (g) =>
          `group "${g.id}": its map layer "${layer}" has the id of another layer; choose another group id`,
      ),
  );
}

/** Settings that name places the story does not have, or groups no place uses. */
export function settingsProblems(source: StorySource, places: PlacesFile): string[] {
  const ids = new Set(Object.keys(places.places));
  const groups = new Set(source.groups.map((g) => g.id));
  const problems: string[] = [];
  const place = (id: string, where: string) => {
    if (!ids.has(id)) problems.push(`${where} names "${id}", which is not a place of the story`);
  };
  source.view.home.places.forEach((id) => place(id, 'view.home.places'));
  source.facts.distanceToLine.forEach((r, i) => place(r.line, `facts.distanceToLine[${i}]`));
  source.facts.distanceFrom.forEach((id) => place(id, 'facts.distanceFrom'));
  if (source.view.home.places.length === 0) problems.push('view.home.places is empty');
  for (const [id, p] of Object.entries(places.places)) {
    if (!groups.has(p.group)) problems.push(`place "${id}": group "${p.group}" is not in groups`);
  }
  problems.push(...layerIdProblems(source.groups));
  return problems;
}

/**
 * @example buildStory(articleText, source, places, context).paragraphs[0].role // 'caption'
 */
export function buildStory(
  articleText: string,
  source: StorySource,
  places: PlacesFile,
  context: StoryContext,
): StoryFile {
  const parsed = parseArticle(articleText);
  const excerpts: Record<string, Excerpt[]> = {};
  const placeText: StoryFile['placeText'] = {};
  for (const [id, f] of Object.entries(places.places)) {
    excerpts[id] = f.excerpts.map((e) => ({ text: e.text, paragraph: e.paragraph }));
    if (f.kindLabel || f.note) {
      placeText[id] = {
        ...(f.kindLabel ? { kindLabel: f.kindLabel } : {}),
        ...(f.note ? { note: f.note } : {}),
      };
    }
  }
  const claimed = Object.entries(places.places).filter(([, f]) => f.kind === 'claimed-territory');
  const problems = [
    ...excerptProblems(parsed.paragraphs, excerpts, new Set(claimed.map(([id]) => id))),
    ...settingsProblems(source, places),
  ];
  if (problems.length > 0) throw new StoryBuildError(problems.join('\n'));
  const { publisher } = source.article;
  const agency = agencyOf(parsed.credit);
  const storyBy = agency ? `${publisher} / ${agency}` : publisher;
  const credits = context.credits;
  return {
    id: source.id,
    ...(source.testFixture ? { testFixture: true } : {}),
    article: {
      title: parsed.title,
      publisher,
      date: parsed.date,
      ...(parsed.byline ? { byline: parsed.byline } : {}),
      credit: parsed.credit,
      ...(agency ? { agency } : {}),
      url: parsed.url,
      photoCredit: parsed.photoCredit,
      ...(parsed.related ? { related: parsed.related } : {}),
    },
    paragraphs: parsed.paragraphs,
    excerpts,
    credit: [
      `Story: ${storyBy}, ${shortDate(parsed.date)}, ${parsed.url}`,
      `Boundaries: ${credits.boundaries}`,
      `Places: ${credits.places}`,
    ].join(' · '),
    basemap: context.basemap,
    view: source.view,
    groups: source.groups,
    facts: source.facts,
    placeText,
    ...(source.timeline ? { timeline: source.timeline } : {}),
  };
}
