/**
 * The bundled Noto Sans as the page loads it (`src/fonts.css`): @fontsource ships Latin and
 * Cyrillic as separate files, each claiming a `unicode-range`, in a regular and a bold weight.
 * The text measure and the PDF writer split text the same way the browser does, so every
 * character is measured and drawn with the file that draws it on screen.
 */

/** Font weights the exporter uses. */
export type Weight = 'normal' | 'bold';

/** The @fontsource subsets the app bundles. */
export type Subset = 'latin' | 'cyrillic';

/** One bundled font file. */
export interface FontFace {
  subset: Subset;
  weight: Weight;
}

/** Inclusive code point ranges of the Cyrillic file, as in `src/fonts.css` (@fontsource's). */
const CYRILLIC: [number, number][] = [
  [0x0301, 0x0301],
  [0x0400, 0x045f],
  [0x0490, 0x0491],
  [0x04b0, 0x04b1],
  [0x2116, 0x2116],
];

/** Which file draws a code point: the Cyrillic one inside its range, the Latin one otherwise. */
export function subsetOf(codePoint: number): Subset {
  return CYRILLIC.some(([a, b]) => codePoint >= a && codePoint <= b) ? 'cyrillic' : 'latin';
}

/** A stretch of text drawn with one file. */
export interface TextRun {
  subset: Subset;
  text: string;
}

/**
 * Splits text into runs of one subset, exactly as `unicode-range` picks files in the browser:
 * spaces and punctuation are in the Latin file (the Cyrillic one has only its letters).
 *
 * @example fontRuns('Мапа, Map') // [{ subset: 'cyrillic', text: 'Мапа' }, { subset: 'latin', text: ', Map' }]
 */
export function fontRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const ch of text) {
    const last = runs[runs.length - 1];
    const subset = subsetOf(ch.codePointAt(0) ?? 0);
    if (last && last.subset === subset) last.text += ch;
    else runs.push({ subset, text: ch });
  }
  return runs;
}

/** The @fontsource file name of a face, e.g. `noto-sans-cyrillic-700-normal.woff`. */
export function fontFileName({ subset, weight }: FontFace): string {
  return `noto-sans-${subset}-${weight === 'bold' ? 700 : 400}-normal.woff`;
}
