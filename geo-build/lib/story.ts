/**
 * Build `data/stories/kursk/story.json` from the article text and the excerpt spec, checking that every excerpt
 * is verbatim in the paragraph it names.
 */
import type { Excerpt, StoryFile } from '../../src/story/types.ts';
import { parseArticle } from './article.ts';
import type { StorySpec } from './story-spec.ts';

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

/**
 * @example buildStory(articleText, spec, credits).paragraphs[0].role // 'caption'
 */
export function buildStory(articleText: string, spec: StorySpec, credits: StoryCredits): StoryFile {
  const parsed = parseArticle(articleText);
  const excerpts: Record<string, Excerpt[]> = {};
  for (const [id, f] of Object.entries(spec.features)) {
    excerpts[id] = f.excerpts.map((e) => ({ text: e.text, paragraph: e.paragraph }));
  }
  const context = Object.entries(spec.features).filter(([, f]) => f.kind === 'claimed-territory');
  const problems = excerptProblems(parsed.paragraphs, excerpts, new Set(context.map(([id]) => id)));
  if (problems.length > 0) throw new StoryBuildError(problems.join('\n'));
  const agency = agencyOf(parsed.credit);
  const storyBy = agency ? `${spec.article.publisher} / ${agency}` : spec.article.publisher;
  return {
    article: {
      title: parsed.title,
      publisher: spec.article.publisher,
      date: parsed.date,
      ...(parsed.byline ? { byline: parsed.byline } : {}),
      credit: parsed.credit,
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
  };
}
