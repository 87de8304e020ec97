/**
 * Quoting a quote. The panel sets a sentence of the article in “double quotes”; quotation marks
 * the sentence has of its own then become ‘single’ ones, as nested quotations are printed, instead
 * of “"I instructed… (issue 15). The words are unchanged. Plain TypeScript, tested in Node.
 */

/** A straight quote opens after the start of the text, a space or an opening bracket or dash. */
const OPENS_AFTER = /[\s([{\u2014\u2013\u2018\u201c-]/u;

/**
 * The parts of one quoted text (e.g. before, marked excerpt, after) with their double quotes made
 * single; each part keeps its length, so offsets into it stay valid.
 * @example nestQuotes(['"I instructed', ' them," he said.']) // ['‘I instructed', ' them,’ he said.']
 */
export function nestQuotes(parts: readonly string[]): string[] {
  let previous = '';
  return parts.map((part) => {
    let out = '';
    for (const ch of part) {
      if (ch === '"') out += previous === '' || OPENS_AFTER.test(previous) ? '\u2018' : '\u2019';
      else if (ch === '\u201c') out += '\u2018';
      else if (ch === '\u201d') out += '\u2019';
      else out += ch;
      previous = ch;
    }
    return out;
  });
}
