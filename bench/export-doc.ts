/**
 * Writes the export benchmark's results into docs/bench-export.md, between
 * `<!-- bench:export:begin … -->` and `<!-- bench:export:end -->`. The rest of the file is
 * hand-written (method, caveats) and kept. The markers are those of bench/doc-section.ts, so
 * `npm run bench` writing the same section id replaces the same block.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const ID = 'export';
const BEGIN = `<!-- bench:${ID}:begin (written by npm run bench; edits inside are lost) -->`;
const END = `<!-- bench:${ID}:end -->`;

const NEW_FILE = `# Export benchmark (issue 5)

Written by \`npm run bench\` (or \`npx tsx bench/export.ts\`).
`;

/** Replaces the generated block, or appends it when the file or block does not exist yet. */
export function writeExportDoc(file: string, markdown: string): void {
  const block = `${BEGIN}\n\n${markdown.trim()}\n\n${END}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : NEW_FILE;
  const from = text.indexOf(`<!-- bench:${ID}:begin`);
  const to = text.indexOf(END);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + END.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
