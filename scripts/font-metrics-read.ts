/** Reads advance widths from the bundled @fontsource Noto Sans WOFF files with fontkit. */
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fontFileName, subsetOf, type Subset, type Weight } from '../src/export/core/font-faces.ts';

const require = createRequire(import.meta.url);

/** The bytes of one bundled font file, read from node_modules. */
export function fontFile(subset: Subset, weight: Weight): Uint8Array {
  return readFileSync(
    require.resolve(`@fontsource/noto-sans/files/${fontFileName({ subset, weight })}`),
  );
}

export interface Advances {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  missing: number;
  advances: Map<number, number>;
}

/** Every code point the page can draw in one weight, with the advance of the file drawing it. */
export function readAdvances(weight: Weight): Advances {
  const advances = new Map<number, number>();
  const faces = (['latin', 'cyrillic'] as const).map((subset) => {
    const font = fontkit.create(fontFile(subset, weight) as Buffer);
    for (const cp of font.characterSet) {
      if (subsetOf(cp) === subset && cp >= 0x20 && cp !== 0xffff) {
        advances.set(cp, Math.round(font.glyphForCodePoint(cp).advanceWidth));
      }
    }
    return font;
  });
  const latin = faces[0]!;
  return {
    unitsPerEm: latin.unitsPerEm,
    ascent: latin.ascent,
    descent: latin.descent,
    missing: Math.round(latin.getGlyph(0).advanceWidth),
    advances: new Map([...advances].sort((a, b) => a[0] - b[0])),
  };
}

/** `cp:adv` pairs in base 36, separated by spaces. */
export function encodeAdvances(advances: Map<number, number>): string {
  return [...advances].map(([cp, adv]) => `${cp.toString(36)}:${adv.toString(36)}`).join(' ');
}
