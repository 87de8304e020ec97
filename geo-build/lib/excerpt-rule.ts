/**
 * The excerpt rule (geo-build/README.md, "Excerpts and mentions"): an excerpt is a quotable passage —
 * at least the clause, never under 20 characters — and is attached only to the places its words
 * name. The words that name a place are its English name, its aliases, and its mentions in that
 * paragraph (a phrase such as "eastern Ukraine" names Donetsk and Luhansk oblasts only where the
 * story says so, as a mention of that paragraph). Mentions are verbatim too.
 */
import type { Excerpt } from '../../src/types.ts';

export const MIN_EXCERPT_CHARS = 20;

export interface RulePlace {
  id: string;
  name: string;
  aliases: readonly string[];
  mentions: readonly Excerpt[];
  excerpts: readonly Excerpt[];
}

/**
 * Every breach of the rule, as messages naming the feature; empty when the story keeps it.
 * @example excerptRuleProblems([{ text: 'In Sudzha, …' }], places) // []
 */
export function excerptRuleProblems(
  paragraphs: readonly { text: string }[],
  places: readonly RulePlace[],
): string[] {
  const problems: string[] = [];
  for (const p of places) {
    p.mentions.forEach((m, i) => {
      const text = paragraphs[m.paragraph - 1]?.text;
      if (text === undefined || m.text.length === 0 || !text.includes(m.text)) {
        problems.push(
          `feature "${p.id}": mention ${i + 1} is not verbatim in paragraph ${m.paragraph}`,
        );
      }
    });
    p.excerpts.forEach((e, i) => {
      const where = `feature "${p.id}": excerpt ${i + 1} (paragraph ${e.paragraph})`;
      if (e.text.length < MIN_EXCERPT_CHARS) {
        problems.push(`${where} has ${e.text.length} characters, fewer than ${MIN_EXCERPT_CHARS}`);
      }
      const terms = [
        p.name,
        ...p.aliases,
        ...p.mentions.filter((m) => m.paragraph === e.paragraph).map((m) => m.text),
      ].map((t) => t.toLowerCase());
      if (!terms.some((t) => t.length > 0 && e.text.toLowerCase().includes(t))) {
        problems.push(`${where} does not name the place: none of its names or mentions is in it`);
      }
    });
  }
  return problems;
}
