/**
 * The story's `timeline` (the article's own dates for the time slider, issue 11): each entry a
 * real calendar day with words found verbatim in the paragraph it names, in date order.
 */
import { isIsoDate } from '../story/iso-date.ts';
import { describe, isNonEmptyString, isRecord, own } from './json-guards.ts';

/**
 * Reports each problem of `timeline` as `timeline entry N …` (1-based); an absent timeline is fine.
 * @param texts the story's paragraph texts, block 1 first (null where a block has no text).
 * @example checkTimeline([{ date: '2024-08-06', text: 'on Aug. 6', paragraph: 4 }], texts, report)
 */
export function checkTimeline(
  timeline: unknown,
  texts: readonly (string | null)[],
  report: (message: string) => void,
): void {
  if (timeline === undefined) return;
  if (!Array.isArray(timeline)) {
    report(`timeline must be an array (got ${describe(timeline)})`);
    return;
  }
  let previous = '';
  timeline.forEach((entry: unknown, i) => {
    const at = `timeline entry ${i + 1}`;
    if (!isRecord(entry)) return report(`${at} must be an object (got ${describe(entry)})`);
    const date = own(entry, 'date');
    const text = own(entry, 'text');
    const paragraph = own(entry, 'paragraph');
    const approximate = own(entry, 'approximate');
    if (typeof date !== 'string' || !isIsoDate(date))
      report(`${at}: date must be a calendar date YYYY-MM-DD (got ${describe(date)})`);
    else if (date < previous)
      report(`${at}: ${date} comes before ${previous}; list entries in date order`);
    else previous = date;
    if (approximate !== undefined && typeof approximate !== 'boolean') {
      report(
        `${at}: approximate, when given, must be true or false (got ${describe(approximate)})`,
      );
    }
    if (!isNonEmptyString(text)) return report(`${at}: text must be a non-empty string`);
    if (typeof paragraph !== 'number' || !Number.isInteger(paragraph) || paragraph < 1) {
      return report(`${at}: paragraph must be a block number from 1 (got ${describe(paragraph)})`);
    }
    const target = texts[paragraph - 1];
    if (target === undefined) report(`${at} names paragraph ${paragraph}, which does not exist`);
    else if (target === null || !target.includes(text)) {
      report(`${at}: “${text.slice(0, 40)}” is not found verbatim in paragraph ${paragraph}`);
    }
  });
}
