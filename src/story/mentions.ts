/**
 * Finds where the article mentions its places, from the story data alone: every excerpt, and
 * every name or alias of a place ("Harbour district", "Oldtown", "the east bank"). Used to turn the
 * article text into links to the map. Plain TypeScript, tested in Node.
 */
import type { StoryFeature } from '../types.ts';

export interface Mention {
  start: number;
  end: number;
  /** Places this text refers to (an alias such as "eastern Ukraine" can name several). */
  ids: string[];
}

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'excerpt'; text: string; ids: string[] }
  | { kind: 'mention'; text: string; ids: string[] };

/** Letters, digits and marks count as word characters, so "Oldtowner" holds no "Oldtown". */
const WORD = /[\p{L}\p{N}\p{M}]/u;

/** Names and aliases of each place, each mapped to the places it names. */
export function placeTerms(places: StoryFeature[]): Map<string, string[]> {
  const terms = new Map<string, string[]>();
  for (const place of places) {
    const p = place.properties;
    for (const term of new Set([p.name, ...p.aliases])) {
      if (term.trim().length < 3) continue;
      const ids = terms.get(term) ?? [];
      if (!ids.includes(p.id)) ids.push(p.id);
      terms.set(term, ids);
    }
  }
  return terms;
}

/**
 * Whole-word, case-insensitive occurrences of any term in `text`. Overlaps are resolved to the longest match
 * (then the earliest): "the city's Harbour district" wins over "Harbour district" inside it.
 */
export function findMentions(text: string, terms: Map<string, string[]>): Mention[] {
  // Case-insensitive ("Harbour District" in a headline); lower-casing keeps offsets for this text.
  const lower = text.toLowerCase();
  const haystack = lower.length === text.length ? lower : text;
  const found: Mention[] = [];
  for (const [term, ids] of terms) {
    const needle = haystack === lower ? term.toLowerCase() : term;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (WORD.test(text[at - 1] ?? '') || WORD.test(text[end] ?? '')) continue;
      found.push({ start: at, end, ids });
    }
  }
  return pickLongest(found);
}

/** Keeps non-overlapping ranges, longest first, in text order. */
export function pickLongest<T extends { start: number; end: number }>(ranges: T[]): T[] {
  const kept: T[] = [];
  const byLength = [...ranges].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  for (const r of byLength) {
    if (kept.every((k) => r.end <= k.start || r.start >= k.end)) kept.push(r);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Excerpt ranges of paragraph `n` (1-based); one range for an excerpt several places share. */
export function excerptRanges(text: string, n: number, places: StoryFeature[]): Mention[] {
  return ranges(text, n, places, (p) => p.properties.excerpts);
}

/**
 * The places' own mentions in paragraph `n` (phrases such as "eastern Ukraine" that name a place
 * only where the story data says so), as ranges.
 */
export function mentionRanges(text: string, n: number, places: StoryFeature[]): Mention[] {
  return ranges(text, n, places, (p) => p.properties.mentions ?? []);
}

function ranges(
  text: string,
  n: number,
  places: StoryFeature[],
  listOf: (p: StoryFeature) => { text: string; paragraph: number }[],
): Mention[] {
  const byRange = new Map<string, Mention>();
  for (const place of places) {
    for (const e of listOf(place)) {
      if (e.paragraph !== n) continue;
      const start = text.indexOf(e.text);
      if (start < 0) continue;
      const key = `${start}:${e.text.length}`;
      const range = byRange.get(key) ?? { start, end: start + e.text.length, ids: [] };
      if (!range.ids.includes(place.properties.id)) range.ids.push(place.properties.id);
      byRange.set(key, range);
    }
  }
  return pickLongest([...byRange.values()]);
}

/** Splits paragraph `n` into plain text, excerpts and (outside excerpts) mentions. */
export function linkParagraph(
  text: string,
  n: number,
  places: StoryFeature[],
  terms: Map<string, string[]>,
): Segment[] {
  const segments: Segment[] = [];
  const own = mentionRanges(text, n, places);
  const plain = (from: number, to: number) => {
    let at = from;
    const found = [
      ...findMentions(text.slice(from, to), terms),
      ...own
        .filter((m) => m.start >= from && m.end <= to)
        .map((m) => ({ ...m, start: m.start - from, end: m.end - from })),
    ];
    for (const m of pickLongest(found)) {
      if (m.start > 0 && from + m.start > at)
        segments.push({ kind: 'text', text: text.slice(at, from + m.start) });
      segments.push({
        kind: 'mention',
        text: text.slice(from + m.start, from + m.end),
        ids: m.ids,
      });
      at = from + m.end;
    }
    if (at < to) segments.push({ kind: 'text', text: text.slice(at, to) });
  };
  let at = 0;
  for (const r of excerptRanges(text, n, places)) {
    plain(at, r.start);
    segments.push({ kind: 'excerpt', text: text.slice(r.start, r.end), ids: r.ids });
    at = r.end;
  }
  plain(at, text.length);
  return segments;
}
