/**
 * Places an excerpt in its sentence, so a short quote ("in the old town") is read with the
 * words around it. The excerpt itself is unchanged: it is marked inside the sentence.
 */
export interface ExcerptInContext {
  before: string;
  text: string;
  after: string;
}

/** Abbreviations whose period does not end a sentence (the article has "Aug. 6"). */
const ABBREVIATIONS = new Set(
  'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr St Gen Col Lt No vs'.split(' '),
);

/** Character offsets where sentences start in `text`. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const boundary = /([.!?])(["'”’)]*)\s+(?=["“'‘(]?[A-Z0-9])/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const word = /(\S+)$/.exec(text.slice(0, m.index))?.[1] ?? '';
    if (m[1] === '.' && ABBREVIATIONS.has(word.replace(/^\W+/, ''))) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/**
 * The sentence(s) of `paragraph` around the first occurrence of `excerpt`, split into the text
 * before it, the excerpt, and the text after it. Null when the excerpt is not in the paragraph.
 * @example excerptInContext('One. Two three. Four.', 'three') // { before: 'Two ', text: 'three', after: '.' }
 */
export function excerptInContext(paragraph: string, excerpt: string): ExcerptInContext | null {
  const at = paragraph.indexOf(excerpt);
  if (at < 0 || excerpt === '') return null;
  const end = at + excerpt.length;
  const starts = sentenceStarts(paragraph);
  const from = Math.max(...starts.filter((s) => s <= at));
  const to = Math.min(...starts.filter((s) => s >= end), paragraph.length);
  return {
    before: paragraph.slice(from, at),
    text: excerpt,
    after: paragraph.slice(end, to).trimEnd(),
  };
}
