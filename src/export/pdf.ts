/**
 * A minimal PDF 1.4 writer with no dependencies: one page whose MediaBox is exactly the paper
 * size, optionally a JPEG drawn over the whole page (DCTDecode, so the JPEG bytes go in as they
 * are) and a {@link VectorScene} drawn on top as real paths and Helvetica text.
 * Structure per PDF 32000-1 §7.5: header, objects, cross-reference table, trailer.
 */
import { readJpegSize } from './jpeg.ts';
import { pdfNumber, sceneToPdfContent } from './pdf-content.ts';
import type { VectorScene } from './scene.ts';

/** One page: its size, an optional raster and optional vectors. */
export interface PdfRequest {
  /** Page size in PostScript points (1/72 in), e.g. 595.2756 × 841.8898 for A4 portrait. */
  widthPt: number;
  heightPt: number;
  /** A raster (the rendered map) stretched over the full page. */
  jpeg?: { bytes: Uint8Array; width: number; height: number };
  /** Vector layers drawn over the raster, scaled from scene pixels to the page. */
  vector?: VectorScene;
  /** Document information dictionary entries. */
  info?: { title?: string; subject?: string; creator?: string };
}

const FONTS = { F1: 'Helvetica', F2: 'Helvetica-Bold' } as const;

/** ASCII text to bytes; the writer emits only ASCII outside of image data. */
function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0x7f);
}

/** A PDF text string in UTF-16BE with a byte-order mark, as a hex string. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex.toUpperCase()}>`;
}

/**
 * Builds a one-page PDF.
 *
 * @example buildPdf({ widthPt: 595.2756, heightPt: 841.8898, vector: scene }) // A4 portrait
 * @throws RangeError for a non-positive page size.
 */
export function buildPdf(request: PdfRequest): Uint8Array {
  const { widthPt, heightPt, jpeg, vector } = request;
  if (!(widthPt > 0 && heightPt > 0)) {
    throw new RangeError(`Page size must be positive, got ${widthPt}×${heightPt} pt`);
  }
  const objects: (string | Uint8Array[])[] = [];
  const add = (body: string | Uint8Array[]): number => objects.push(body);
  const stream = (dict: string, data: Uint8Array): Uint8Array[] => [
    ascii(`<< ${dict} /Length ${data.length} >>\nstream\n`),
    data,
    ascii('\nendstream'),
  ];
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  add('');
  const page = objects.length;
  let ops = '';
  const resources: string[] = [];
  if (jpeg) {
    const { components } = readJpegSize(jpeg.bytes);
    const space = components === 1 ? 'DeviceGray' : components === 4 ? 'DeviceCMYK' : 'DeviceRGB';
    const dict =
      `/Type /XObject /Subtype /Image /Width ${jpeg.width} /Height ${jpeg.height} ` +
      `/ColorSpace /${space} /BitsPerComponent 8 /Filter /DCTDecode`;
    const image = add(stream(dict, jpeg.bytes));
    resources.push(`/XObject << /Im1 ${image} 0 R >>`);
    ops += `q ${pdfNumber(widthPt, 4)} 0 0 ${pdfNumber(heightPt, 4)} 0 0 cm /Im1 Do Q\n`;
  }
  if (vector) {
    const content = sceneToPdfContent(vector, widthPt, heightPt);
    ops += content.ops;
    const fonts = [...content.fonts].sort().map((name) => {
      const ref = add(
        `<< /Type /Font /Subtype /Type1 /BaseFont /${FONTS[name]} /Encoding /WinAnsiEncoding >>`,
      );
      return `/${name} ${ref} 0 R`;
    });
    if (fonts.length > 0) resources.push(`/Font << ${fonts.join(' ')} >>`);
    const states = [...content.alphas].map(
      ([name, a]) =>
        `/${name} << /Type /ExtGState /ca ${pdfNumber(a.fill)} /CA ${pdfNumber(a.stroke)} >>`,
    );
    if (states.length > 0) resources.push(`/ExtGState << ${states.join(' ')} >>`);
  }
  const contents = add(stream('', ascii(ops)));
  const box = `[0 0 ${pdfNumber(widthPt, 4)} ${pdfNumber(heightPt, 4)}]`;
  objects[page - 1] =
    `<< /Type /Page /Parent 2 0 R /MediaBox ${box} ` +
    `/Resources << ${resources.join(' ')} >> /Contents ${contents} 0 R >>`;
  const info = Object.entries({
    Title: request.info?.title,
    Subject: request.info?.subject,
    Creator: request.info?.creator,
  })
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => `/${key} ${pdfTextString(value)}`);
  const infoRef = info.length > 0 ? add(`<< ${info.join(' ')} >>`) : 0;
  return serialise(objects, infoRef);
}

/** Header, numbered objects, xref table with exact byte offsets, trailer. */
function serialise(objects: (string | Uint8Array[])[], infoRef: number): Uint8Array {
  // A comment with bytes above 127 tells transfer tools the file is binary (§7.5.2).
  const parts: Uint8Array[] = [
    ascii('%PDF-1.4\n'),
    Uint8Array.of(0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a),
  ];
  let offset = parts.reduce((n, p) => n + p.length, 0);
  const offsets: number[] = [];
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    offset += bytes.length;
  };
  objects.forEach((body, i) => {
    offsets.push(offset);
    push(ascii(`${i + 1} 0 obj\n`));
    if (typeof body === 'string') push(ascii(body));
    else body.forEach(push);
    push(ascii('\nendobj\n'));
  });
  const xrefAt = offset;
  // Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, CR LF.
  const entries = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n\r\n`).join('');
  const info = infoRef ? ` /Info ${infoRef} 0 R` : '';
  push(
    ascii(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n${entries}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info} >>\nstartxref\n${xrefAt}\n%%EOF\n`,
    ),
  );
  const out = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
