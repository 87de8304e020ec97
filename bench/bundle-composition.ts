/**
 * Where a bundle's bytes come from: each generated span is charged to the group of the source it
 * maps to (source-groups.ts). Each group's spans are also gzipped on their own, an estimate of
 * what the group costs over the wire.
 */
import { gzipSync } from 'node:zlib';
import { OTHER, readGroupedBundle } from './source-groups.ts';

export interface Share {
  group: string;
  raw: number;
  gzip: number;
}

/** The composition of one built JS file that has a `.map` next to it, largest group first. */
export function bundleComposition(jsFile: string): Share[] {
  const { lines, segments } = readGroupedBundle(jsFile);
  const spans = new Map<string, string[]>();
  const charge = (group: string, text: string) => {
    if (!text) return;
    const list = spans.get(group);
    if (list) list.push(text);
    else spans.set(group, [text]);
  };
  // A span with no mapping (such as the rest of a multi-line template literal: MapLibre's GLSL
  // shaders) belongs to the source of the mapped span before it.
  let current = OTHER;
  lines.forEach((line, n) => {
    // Each segment starts a span that runs to the next segment (or the end of the line).
    const starts = segments[n] ?? [];
    charge(current, line.slice(0, starts[0]?.column ?? line.length) + '\n');
    starts.forEach(({ column, group }, i) => {
      current = group || current;
      charge(current, line.slice(column, starts[i + 1]?.column));
    });
  });
  return [...spans]
    .map(([group, texts]) => {
      const text = texts.join('');
      return { group, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
}
