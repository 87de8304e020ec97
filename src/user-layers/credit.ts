/**
 * Who made a reader's layer and when (issue 11): the source and its date, checked, and the
 * credit line the attribution, the legend and every export show, e.g. "Control areas: ISW,
 * September 15, 2024". An export with a layer that has no source is refused. Plain TypeScript.
 */
import { escapeHtml } from '../story/credits.ts';
import { formatDate } from '../story/story.ts';
import { cleanLine, hasVisible } from '../user-files/text.ts';
import { isIsoDate } from '../story/iso-date.ts';

/** The longest credit source kept, in characters; a credit is a line, not a paragraph. */
export const MAX_SOURCE_LENGTH = 120;

/** A layer's credit: `date` is ISO `YYYY-MM-DD`, or null when the source gives none. */
export interface UserCredit {
  source: string;
  date: string | null;
}

/** Earliest date accepted: before this it is a typing mistake, not a control map. */
export const MIN_DATE = '1900-01-01';

/** Why a credit was not accepted; the interface says each in the reader's language. */
export type CreditProblem = 'no-source' | 'source-too-long' | 'bad-date' | 'future-date';

/** A credit with no source yet: the form asks for one. */
export const NO_CREDIT: UserCredit = { source: '', date: null };

/**
 * Checks what a reader typed (or a file said): the source is cleaned to one visible line; the
 * date is empty (unknown) or a real date from MIN_DATE to `today`.
 * @param today `YYYY-MM-DD`, the reader's today (a control map cannot come from the future).
 * @example
 * checkCredit(' ISW ', '2024-09-15', '2026-01-01') // { ok: true, credit: { source: 'ISW', date: '2024-09-15' } }
 * checkCredit('', '15/09/2024', '2026-01-01') // { ok: false, problems: ['no-source', 'bad-date'] }
 */
export function checkCredit(
  source: string,
  date: string,
  today: string,
): { ok: true; credit: UserCredit } | { ok: false; problems: CreditProblem[] } {
  const problems: CreditProblem[] = [];
  const cleaned = cleanLine(source, MAX_SOURCE_LENGTH + 1).trim();
  if (!hasVisible(cleaned)) problems.push('no-source');
  else if ([...cleaned].length > MAX_SOURCE_LENGTH) problems.push('source-too-long');
  const day = date.trim();
  if (day !== '' && (!isIsoDate(day) || day < MIN_DATE)) problems.push('bad-date');
  else if (day !== '' && day > today) problems.push('future-date');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, credit: { source: cleaned, date: day === '' ? null : day } };
}

/**
 * The credit line for a layer: its name, the source and the date.
 * @example creditLine('Control areas', { source: 'ISW', date: '2024-09-15' }) // 'Control areas: ISW, September 15, 2024'
 * @example creditLine('Lines', { source: 'DeepState', date: null }) // 'Lines: DeepState'
 */
export function creditLine(name: string, credit: UserCredit): string {
  const date = credit.date ? `, ${formatDate(credit.date)}` : '';
  return `${name}: ${credit.source}${date}`;
}

/**
 * The credit as MapLibre's attribution control takes it (HTML): escaped, never a link.
 * @example attributionHtml('a<b', { source: 'ISW', date: null }) // 'a&lt;b: ISW'
 */
export function attributionHtml(name: string, credit: UserCredit): string {
  return escapeHtml(creditLine(name, credit));
}

/** Whether a layer has the credit an export needs. */
export const hasCredit = (credit: UserCredit): boolean => hasVisible(credit.source);

/**
 * Why an export with these layers is refused, for the command line and the page hook (the
 * dialog says it in the reader's language); '' when every layer is credited.
 * @example missingCreditMessage([{ name: 'Lines', credit: NO_CREDIT }])
 * // 'Your layer “Lines” has no source: fill in its source (and date) under Your layers before exporting.'
 */
export function missingCreditMessage(
  layers: readonly { name: string; credit: UserCredit }[],
): string {
  const names = layers.filter((l) => !hasCredit(l.credit)).map((l) => `“${l.name}”`);
  if (names.length === 0) return '';
  const which =
    names.length === 1 ? `Your layer ${names[0]} has` : `Your layers ${names.join(', ')} have`;
  return `${which} no source: fill in its source (and date) under Your layers before exporting.`;
}
