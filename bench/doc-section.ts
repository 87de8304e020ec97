/**
 * Writes a generated block into a Markdown file between `<!-- bench:ID:begin -->` and
 * `<!-- bench:ID:end -->`, leaving the rest of the file (hand-written analysis) as it is. A file
 * or block that does not exist yet is created.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function writeSection(file: string, id: string, title: string, markdown: string): void {
  const begin = `<!-- bench:${id}:begin (written by npm run bench; edits inside are lost) -->`;
  const end = `<!-- bench:${id}:end -->`;
  const block = `${begin}\n\n${markdown.trim()}\n\n${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `# ${title}\n`;
  const from = text.indexOf(`<!-- bench:${id}:begin`);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
