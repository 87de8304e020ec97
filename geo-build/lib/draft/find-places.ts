/**
 * Finds the place names of an article for `npm run story:new`: runs of capitalised words that the
 * gazetteer knows (longest first, a possessive "’s" dropped), "<Name> region/oblast/…" phrases,
 * and capitalised words the text itself marks as places ("the town of X", "X region") even
 * when no dataset knows them. Pure: the gazetteer is passed in.
 */
import type { SourceParagraph } from './article-source.ts';
import { nameKey, REGION_WORDS, type Candidate, type Gazetteer } from './gazetteer.ts';

export interface Occurrence {
  paragraph: number;
  /** The sentence it stands in, verbatim: a candidate excerpt. */
  sentence: string;
  /** The words as the article spells them ("Russia's Kursk region"): a mention. */
  text: string;
}

export interface FoundName {
  /** The name without a possessive, region word kept: "Kursk region", "Kyiv". */
  name: string;
  /** How the text marks it as a place, when it does. */
  cue: 'region' | 'settlement' | null;
  candidates: readonly Candidate[];
  occurrences: Occurrence[];
}

/** Capitalised words that are never places on their own (dates in news copy). */
const NOT_PLACES = new Set(
  [
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
    'January February March April May June July August September October November December',
    'Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec',
    // Directions qualify a place ("Eastern Ukraine"); "North Korea" still matches whole.
    'North South East West Northern Southern Eastern Western Central',
  ]
    .join(' ')
    .split(' '),
);

const SETTLEMENT_CUE = /\b(?:town|village|city|settlement|region|oblast) of $/i;
const WORD = /[\p{Lu}][\p{L}\p{M}'’-]*/gu;
const POSSESSIVE = /['’]s$/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Runs of capitalised words separated by single spaces, with their positions. */
function capitalisedRuns(sentence: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const word = { text: m[0], start: m.index, end: m.index + m[0].length };
    const prev = run.at(-1);
    if (prev && sentence.slice(prev.end, word.start) === ' ' && !POSSESSIVE.test(prev.text)) {
      run.push(word);
    } else {
      if (run.length) runs.push(run);
      run = [word];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** The lower-case word right after `end`, e.g. "region" in "Kursk region". */
function nextWord(sentence: string, end: number): string {
  return /^ (\p{Ll}+)/u.exec(sentence.slice(end))?.[1] ?? '';
}

/**
 * @example findPlaceNames([{ number: 1, text: 'Talks in Kyiv.', sentences: ['Talks in Kyiv.'] }], g)
 * // [{ name: 'Kyiv', cue: null, candidates: [{ kind: 'capital', from: { geonames: 703448 }, … }],
 * //    occurrences: [{ paragraph: 1, sentence: 'Talks in Kyiv.', text: 'Kyiv' }] }]
 */
export function findPlaceNames(
  paragraphs: readonly SourceParagraph[],
  gazetteer: Gazetteer,
): FoundName[] {
  const found = new Map<string, FoundName>();
  const record = (
    name: string,
    cue: FoundName['cue'],
    candidates: readonly Candidate[],
    o: Occurrence,
  ) => {
    const key = nameKey(name);
    const entry = found.get(key) ?? { name, cue, candidates, occurrences: [] };
    entry.occurrences.push(o);
    found.set(key, entry);
  };
  for (const p of paragraphs) {
    for (const sentence of p.sentences) {
      for (const run of capitalisedRuns(sentence)) {
        let i = 0;
        while (i < run.length) {
          let matched = false;
          for (let j = run.length; j > i && !matched; j--) {
            const words = run.slice(i, j);
            const first = words[0] as Word;
            const last = words.at(-1) as Word;
            const name = words
              .map((w) => w.text)
              .join(' ')
              .replace(POSSESSIVE, '');
            if (words.length === 1 && NOT_PLACES.has(name.replace(/\.$/, ''))) continue;
            // Acronyms ("UN", "ICRC") are organisations far more often than towns, and words
            // of one or two letters ("It", "Un") are words.
            if (words.length === 1 && (/^\p{Lu}{2,}$/u.test(name) || name.length < 3)) continue;
            const after = j === run.length ? nextWord(sentence, last.end) : '';
            const regionWord = REGION_WORDS.includes(after) ? after : '';
            const phrase = regionWord ? `${name} ${regionWord}` : name;
            const regional = regionWord ? gazetteer.lookup(phrase) : [];
            const candidates = regional.length ? regional : gazetteer.lookup(name);
            const cued = regionWord !== '' || SETTLEMENT_CUE.test(sentence.slice(0, first.start));
            if (candidates.length === 0 && !cued) continue;
            const end = regionWord ? last.end + 1 + regionWord.length : last.end;
            const text = sentence.slice(first.start, end);
            const cue = regionWord ? 'region' : cued ? 'settlement' : null;
            record(regional.length || !candidates.length ? phrase : name, cue, candidates, {
              paragraph: p.number,
              sentence,
              text,
            });
            i = j;
            matched = true;
          }
          if (!matched) i++;
        }
      }
    }
  }
  return [...found.values()];
}
