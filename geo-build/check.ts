/**
 * `npm run geo:check`: validate every committed output in data/ with the app's validator.
 * Exits non-zero, listing each issue, when any file is invalid.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue } from '../src/validate/validate.ts';
import { checkOutputs } from './lib/check-outputs.ts';
import { committedOutputs } from './lib/story-folders.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const started = Date.now();
const files = committedOutputs(ROOT);
const issues = checkOutputs(files, (file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')));
for (const issue of issues) console.error(formatIssue(issue));
const ms = Date.now() - started;
if (issues.length > 0) {
  console.error(`geo:check: ${issues.length} issue(s) in ${files.length} files`);
  process.exit(1);
}
console.log(`geo:check: ${files.length} files valid (${ms} ms)`);
