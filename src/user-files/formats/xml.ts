/**
 * KML and GPX to GeoJSON with `@tmcw/togeojson`, parsed by `@xmldom/xmldom` (a Web Worker has no
 * DOMParser; xmldom runs in Node tests too). Nothing here can fetch: togeojson only reads the
 * document, so a NetworkLink, an Icon or a GroundOverlay `href` stays text in the properties.
 * KML styles become simplestyle-spec properties (`fill`, `stroke`, …) and TimeStamp/TimeSpan
 * become `timestamp`/`timespan`; all are kept for the layer's drawing and panel.
 */
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { refusal, type Converted, type FormatName } from './format.ts';
import { rootElementName, xmlDeclarationProblem } from './xml-safety.ts';

/** Elements togeojson does not follow, counted for a notice so nothing is silently dropped. */
const NOT_FOLLOWED = ['NetworkLink', 'GroundOverlay', 'PhotoOverlay', 'ScreenOverlay'];

function parse(
  text: string,
): { doc: ReturnType<DOMParser['parseFromString']> } | { error: string } {
  const problems: string[] = [];
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message.split('\n')[0] ?? message);
      },
    }).parseFromString(text, 'text/xml');
    if (problems.length > 0) return { error: problems[0] ?? 'malformed' };
    return { doc };
  } catch (error) {
    return { error: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
  }
}

/**
 * Reads KML or GPX text (`format` says which the caller expects: the root element decides).
 * @example convertXml('<kml><Document>…</Document></kml>', 'areas.kml', 'KML')
 */
export function convertXml(text: string, file: string, format: FormatName = 'KML'): Converted {
  const declared = xmlDeclarationProblem(text);
  if (declared) return refusal(file, declared);
  const root = rootElementName(text);
  if (root !== 'kml' && root !== 'gpx') {
    return refusal(file, `is XML with the root element <${root ?? '?'}>, not KML or GPX`);
  }
  const parsed = parse(text);
  if ('error' in parsed) return refusal(file, `is not well-formed XML (${parsed.error})`);
  const notices: string[] = [];
  if (root === 'gpx') return { ok: true, format: 'GPX', data: gpx(parsed.doc), notices };
  for (const tag of NOT_FOLLOWED) {
    const n = parsed.doc.getElementsByTagName(tag).length;
    if (n > 0)
      notices.push(`${n} ${tag} element(s) not followed: links in a file are never fetched`);
  }
  return { ok: true, format: format === 'KMZ' ? 'KMZ' : 'KML', data: kml(parsed.doc), notices };
}
