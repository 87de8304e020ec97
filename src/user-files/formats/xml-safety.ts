/**
 * XML from a reader is read only when it cannot reach outside itself. A DOCTYPE can declare
 * external entities (files or URLs pulled in, XXE) and internal ones that expand without bound
 * ("billion laughs"); KML and GPX need neither. So any DOCTYPE or ENTITY declaration is refused
 * on the raw text, before a parser sees it.
 */

/**
 * Why `text` is refused before parsing, or null.
 * @example xmlDeclarationProblem('<!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]><kml/>')
 * // 'has a DOCTYPE declaration; XML with DOCTYPE or ENTITY declarations is not read (…)'
 */
export function xmlDeclarationProblem(text: string): string | null {
  const found = /<!\s*(DOCTYPE|ENTITY)/i.exec(text);
  if (!found) return null;
  return (
    `has ${found[1]?.toUpperCase() === 'ENTITY' ? 'an ENTITY' : 'a DOCTYPE'} declaration; ` +
    'XML with DOCTYPE or ENTITY declarations is not read (they can pull in other files or ' +
    'expand without bound)'
  );
}

/**
 * The root element's local name, read from the text without parsing it: after the XML
 * declaration, processing instructions and comments. Null when there is none.
 * @example rootElementName('<?xml version="1.0"?>\n<!-- x --><gpx version="1.1">') // 'gpx'
 */
export function rootElementName(text: string): string | null {
  const head = text.slice(0, 65_536).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  const name = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head);
  return name?.[2] ?? null;
}
