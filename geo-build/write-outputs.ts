/**
 * Atomic replacement of the build outputs: write every file to a temp name, validate the temp
 * files, and rename them over the old ones only when all are valid. On failure the temp files are
 * removed, and so are the folders this call made: the old outputs stay as they were.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ValidationIssue } from '../src/validate/validate.ts';

export type Check<F extends string> = (read: (file: F) => unknown) => ValidationIssue[];

/** Makes the missing folders of `dir`; returns them, deepest first. */
function makeFolders(dir: string): string[] {
  const made: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) made.push(d);
  mkdirSync(dir, { recursive: true });
  return made;
}

/**
 * @returns the validation issues; empty means every file was replaced.
 * @example writeOutputsAtomically(root, outputs, (read) => checkOutputs(files, read))
 */
export function writeOutputsAtomically<F extends string>(
  root: string,
  outputs: Readonly<Record<F, string>>,
  check: Check<F>,
): ValidationIssue[] {
  const files = Object.keys(outputs) as F[];
  const temp = (file: F) => join(root, `${file}.tmp-${process.pid}`);
  const made: string[] = [];
  let done = false;
  try {
    for (const file of files) made.push(...makeFolders(dirname(join(root, file))));
    for (const file of files) writeFileSync(temp(file), outputs[file]);
    const issues = check((file) => JSON.parse(readFileSync(temp(file), 'utf8')));
    if (issues.length > 0) return issues;
    for (const file of files) renameSync(temp(file), join(root, file));
    done = true;
    return [];
  } finally {
    for (const file of files) rmSync(temp(file), { force: true });
    if (!done) for (const dir of made) rmSync(dir, { recursive: true, force: true });
  }
}
