/**
 * One-page vector PDF through pdf-lib: the page's MediaBox is exactly the paper size, the
 * {@link VectorScene} is drawn as real paths and text (no bitmap), the bundled Noto Sans is
 * embedded as subsets (`pdf-text.ts`), and each top-level group of the scene is an optional
 * content group (a PDF layer). The output is byte-for-byte reproducible: no dates, no random
 * ids, subset tags derived from the text.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFString,
  type PDFRef,
} from 'pdf-lib';
import { pdfNumber, sceneToPdfContent } from './pdf-content.ts';
import { embedFonts, type FontSource } from './pdf-text.ts';
import type { VectorScene } from './scene.ts';

export type { FontSource } from './pdf-text.ts';

/** One page: its size and the vectors drawn on it. */
export interface PdfRequest {
  /** Page size in PostScript points (1/72 in), e.g. 595.2756 × 841.8898 for A4 portrait. */
  widthPt: number;
  heightPt: number;
  /** Everything on the page, scaled from scene pixels to the page. */
  vector: VectorScene;
  /** The bundled font files, loaded only for the faces the text uses. */
  fonts: FontSource;
  /** Document information dictionary entries. */
  info?: { title?: string; subject?: string; creator?: string };
}

/**
 * Builds a one-page PDF.
 *
 * @example await buildPdf({ widthPt: 595.2756, heightPt: 841.8898, vector: scene, fonts }) // A4 portrait
 * @throws RangeError for a non-positive page size.
 */
export async function buildPdf(request: PdfRequest): Promise<Uint8Array> {
  const { widthPt, heightPt, vector } = request;
  if (!(widthPt > 0 && heightPt > 0)) {
    throw new RangeError(`Page size must be positive, got ${widthPt}×${heightPt} pt`);
  }
  // No CreationDate, ModDate or random document id: identical inputs give identical bytes.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const { context } = doc;
  if (request.info?.title) doc.setTitle(request.info.title, { showInWindowTitleBar: true });
  if (request.info?.subject) doc.setSubject(request.info.subject);
  if (request.info?.creator) doc.setCreator(request.info.creator);
  doc.setProducer('pdf-lib');
  const page = doc.addPage([widthPt, heightPt]);
  const { writer, fonts } = await embedFonts(doc, vector.items, request.fonts);
  const content = sceneToPdfContent(vector, widthPt, heightPt, writer);

  const resources = context.obj({}) as PDFDict;
  const fontDict = context.obj({}) as PDFDict;
  for (const [name, font] of fonts) fontDict.set(PDFName.of(name), font.ref);
  resources.set(PDFName.of('Font'), fontDict);
  const states = context.obj({}) as PDFDict;
  for (const [name, a] of content.alphas) {
    const state = context.obj({ Type: 'ExtGState' }) as PDFDict;
    state.set(PDFName.of('ca'), PDFNumber.of(Number(pdfNumber(a.fill))));
    state.set(PDFName.of('CA'), PDFNumber.of(Number(pdfNumber(a.stroke))));
    states.set(PDFName.of(name), state);
  }
  resources.set(PDFName.of('ExtGState'), states);

  const groups: PDFRef[] = [];
  const properties = context.obj({}) as PDFDict;
  for (const layer of content.layers) {
    const ocg = context.obj({ Type: 'OCG' }) as PDFDict;
    ocg.set(PDFName.of('Name'), PDFString.of(layer.name));
    const ref = context.register(ocg);
    groups.push(ref);
    properties.set(PDFName.of(layer.tag), ref);
  }
  if (groups.length > 0) {
    resources.set(PDFName.of('Properties'), properties);
    const list = () => {
      const array = PDFArray.withContext(context);
      for (const ref of groups) array.push(ref);
      return array;
    };
    const defaults = context.obj({}) as PDFDict;
    defaults.set(PDFName.of('Order'), list());
    defaults.set(PDFName.of('ON'), list());
    const ocProperties = context.obj({}) as PDFDict;
    ocProperties.set(PDFName.of('OCGs'), list());
    ocProperties.set(PDFName.of('D'), defaults);
    doc.catalog.set(PDFName.of('OCProperties'), ocProperties);
  }
  page.node.set(PDFName.of('Resources'), resources);
  page.node.set(PDFName.of('Contents'), context.register(context.flateStream(content.ops)));
  return doc.save({ useObjectStreams: false });
}
