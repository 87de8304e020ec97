/**
 * Turns the names found in an article into a draft places file for the editor: each place with
 * its ranked candidates (population, coordinates), the sentences that mention it as candidate
 * excerpts, the words as spelt as mentions, a confidence, and a status — matched, ambiguous
 * (several comparable candidates: a person chooses, so `from` stays null) or unmatched.
 */
import type { Excerpt } from '../../../src/types.ts';
import type { FoundName } from './find-places.ts';
import type { Candidate, CandidateSource } from './gazetteer.ts';

export type DraftStatus = 'matched' | 'ambiguous' | 'unmatched';

export interface RankedCandidate extends Candidate {
  /** Higher is likelier; see `scoreCandidate`. */
  score: number;
}

export interface DraftPlace {
  kind: Candidate['kind'] | null;
  /** Its legend group in the drafted story.json ("" for a person to choose). */
  group: string;
  name: string;
  /** The chosen dataset record; null until a person picks one (ambiguous, unmatched). */
  from: CandidateSource | null;
  aliases: string[];
  /** Whole sentences that name the place: trim each to the clause that speaks of it. */
  excerpts: Excerpt[];
  /** The words as the article spells them, for the article pane's links. */
  mentions: Excerpt[];
  draft: { status: DraftStatus; confidence: number; candidates: RankedCandidate[] };
}

export interface DraftSummary {
  found: number;
  matched: number;
  ambiguous: number;
  unmatched: number;
}

/** Two candidates closer than this in score (a factor of 10 in population) are a person's call. */
export const AMBIGUITY_MARGIN = 1;

/** What else the article says that makes one candidate likelier than another. */
export interface DraftContext {
  /** ISO codes of the countries the article names outright. */
  countries: ReadonlySet<string>;
  /** Regions the article calls "<X> region": a bare "<X>" elsewhere is then more likely the town. */
  regionsNamedAsRegions: ReadonlySet<string>;
}

/**
 * log10(population) for towns (+1 for capitals), 6 for regions (+3 when the text says "region",
 * −2 for a bare name when the text calls that region "<X> region" elsewhere), 7 for countries;
 * +2 for a place in a country the article names.
 */
export function scoreCandidate(c: Candidate, found: FoundName, context: DraftContext): number {
  const named = context.countries;
  let score =
    c.kind === 'country'
      ? 7
      : c.kind === 'region'
        ? 6 +
          (found.cue === 'region'
            ? 3
            : context.regionsNamedAsRegions.has(JSON.stringify(c.from))
              ? -2
              : 0)
        : Math.log10(Math.max(1, c.population ?? 1)) + (c.kind === 'capital' ? 1 : 0);
  if (c.kind !== 'country' && named.has(c.country)) score += 2;
  return Math.round(score * 100) / 100;
}

/** "Kursk region" -> "kursk-region"; Cyrillic and other letters kept, lower case. */
export function placeId(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'place'
  );
}

function unique(list: Excerpt[]): Excerpt[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.paragraph}\n${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function draftPlace(found: FoundName, context: DraftContext): DraftPlace {
  const candidates = found.candidates
    .map((c) => ({ ...c, score: scoreCandidate(c, found, context) }))
    .sort((a, b) => b.score - a.score || (b.population ?? 0) - (a.population ?? 0));
  const [top, second] = candidates;
  const margin = top && second ? top.score - second.score : Infinity;
  const status: DraftStatus = !top
    ? 'unmatched'
    : margin < AMBIGUITY_MARGIN
      ? 'ambiguous'
      : 'matched';
  const confidence = !top ? 0 : second ? Math.min(0.95, 0.5 + margin / 8) : 0.95;
  const mentions = unique(found.occurrences.map((o) => ({ text: o.text, paragraph: o.paragraph })));
  const kind = status === 'matched' ? (top?.kind ?? null) : null;
  return {
    kind,
    group:
      kind === 'region'
        ? 'regions'
        : kind === 'town'
          ? 'towns'
          : kind === 'capital'
            ? 'capitals'
            : '',
    name: status === 'matched' && top ? top.name : found.name,
    from: status === 'matched' && top ? top.from : null,
    aliases: [...new Set(mentions.map((m) => m.text))],
    excerpts: unique(found.occurrences.map((o) => ({ text: o.sentence, paragraph: o.paragraph }))),
    mentions,
    draft: { status, confidence: Math.round(confidence * 100) / 100, candidates },
  };
}

/**
 * @returns places keyed by id, in the order the article first names them, and the counts.
 */
export function draftPlaces(found: readonly FoundName[]): {
  places: Record<string, DraftPlace>;
  summary: DraftSummary;
} {
  // Countries the article names outright make their places likelier ("Moscow" in Russia).
  const context: DraftContext = {
    countries: new Set(
      found.flatMap((f) =>
        f.candidates.length > 0 && f.candidates.every((c) => c.kind === 'country')
          ? f.candidates.map((c) => c.country)
          : [],
      ),
    ),
    regionsNamedAsRegions: new Set(
      found.flatMap((f) =>
        f.cue === 'region'
          ? f.candidates.filter((c) => c.kind === 'region').map((c) => JSON.stringify(c.from))
          : [],
      ),
    ),
  };
  const places: Record<string, DraftPlace> = {};
  const summary: DraftSummary = { found: 0, matched: 0, ambiguous: 0, unmatched: 0 };
  for (const f of found) {
    const place = draftPlace(f, context);
    let id = placeId(f.name);
    for (let n = 2; id in places; n++) id = `${placeId(f.name)}-${n}`;
    places[id] = place;
    summary.found++;
    summary[place.draft.status]++;
  }
  return { places, summary };
}
