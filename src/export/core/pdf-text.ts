/**
 * Text in the PDF with the bundled Noto Sans embedded through pdf-lib and fontkit: each
 * @fontsource file a text uses (Latin or Cyrillic, regular or bold) becomes a subset Type 0
 * font with a ToUnicode map, so every label is the same text as on screen and can be selected
 * and extracted. Text is split into runs exactly as the page's `unicode-range` splits it.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { fontRuns, type FontFace, type Subset, type Weight } from './font-faces.ts';
import { pdfNumber, type PdfTextWriter } from './pdf-content.ts';
import type { SceneItem } from './scene.ts';

/** Gives the bytes of one bundled WOFF file (fetched in the browser, read from disk in Node). */
export type FontSource = (face: FontFace) => Promise<Uint8Array>;

/** The faces in resource order: F1 Latin regular, F2 Cyrillic regular, F3 and F4 bold. */
const FACES: FontFace[] = [
  { subset: 'latin', weight: 'normal' },
  { subset: 'cyrillic', weight: 'normal' },
  { subset: 'latin', weight: 'bold' },
  { subset: 'cyrillic', weight: 'bold' },
];

const key = (subset: Subset, weight: Weight) => `${subset}-${weight}`;

/**
 * A subset tag (§9.9.2: six capital letters and "+") computed from the subset's characters,
 * so the same text always gives the same file (pdf-lib's own suffix is not a subset tag).
 */
export function subsetTag(chars: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < chars.length; i++) h = Math.imul(h ^ chars.charCodeAt(i), 0x01000193);
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + ((h >>> 0) % 26));
    h = Math.imul(h ^ i, 0x01000193) >>> 0 || 1;
  }
  return tag;
}

/** Every character each face draws in these items. */
function charsByFace(items: SceneItem[], into = new Map<string, Set<string>>()) {
  for (const item of items) {
    if (item.type === 'group') charsByFace(item.items, into);
    else if (item.type === 'text') {
      for (const run of fontRuns(item.text)) {
        const k = key(run.subset, item.weight ?? 'normal');
        const set = into.get(k) ?? new Set();
        for (const ch of run.text) set.add(ch);
        into.set(k, set);
      }
    }
  }
  return into;
}

/** Embeds the faces `items` use, as subsets, and returns a writer showing text with them. */
export async function embedFonts(
  doc: PDFDocument,
  items: SceneItem[],
  source: FontSource,
): Promise<{ writer: PdfTextWriter; fonts: Map<string, PDFFont> }> {
  doc.registerFontkit(fontkit);
  const used = charsByFace(items);
  const fonts = new Map<string, PDFFont>();
  const names = new Map<string, string>();
  for (const [i, face] of FACES.entries()) {
    const chars = used.get(key(face.subset, face.weight));
    if (!chars) continue;
    const postscript = face.weight === 'bold' ? 'NotoSans-Bold' : 'NotoSans-Regular';
    const font = await doc.embedFont(await source(face), {
      subset: true,
      customName: `${subsetTag(`${key(face.subset, face.weight)}:${[...chars].sort().join('')}`)}+${postscript}`,
      // No ligatures, so a glyph is a character: widths match the layout's and text extracts as typed.
      features: { liga: false, clig: false, dlig: false, calt: false },
    });
    fonts.set(`F${i + 1}`, font);
    names.set(key(face.subset, face.weight), `F${i + 1}`);
  }
  const writer: PdfTextWriter = {
    show(text, weight, size) {
      let ops = '';
      let width = 0;
      for (const run of fontRuns(text)) {
        const name = names.get(key(run.subset, weight));
        const font = name ? fonts.get(name) : undefined;
        if (!name || !font) continue;
        ops += `/${name} ${pdfNumber(size)} Tf ${font.encodeText(run.text).toString()} Tj `;
        width += font.widthOfTextAtSize(run.text, size);
      }
      return { ops: ops.trim(), width };
    },
  };
  return { writer, fonts };
}
