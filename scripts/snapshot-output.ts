/**
 * Output files of `npm run snapshot`: checked before rendering (folder there and writable, not a
 * device or a folder), then written to a temporary name beside the target and renamed, so a
 * failure never leaves a partial file under the real name.
 */
import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Throws Error with the message for the user when `out` cannot be written. */
export function checkOutput(out: string): void {
  const path = resolve(out);
  const folder = dirname(path);
  let dir;
  try {
    dir = statSync(folder);
  } catch {
    throw new Error(`--out ${out}: the folder ${folder} does not exist.`);
  }
  if (!dir.isDirectory()) throw new Error(`--out ${out}: ${folder} is not a folder.`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new Error(`--out ${out}: the folder ${folder} is not writable.`);
  }
  let file;
  try {
    file = statSync(path);
  } catch {
    return;
  }
  if (file.isDirectory()) throw new Error(`--out ${out} is a folder; give a file name.`);
  if (!file.isFile()) {
    throw new Error(
      `--out ${out} is not a regular file (a device or a pipe); refusing to replace it.`,
    );
  }
}

/** Writes `bytes` to `out` through a temporary file; throws Error naming the file on failure. */
export function writeAtomically(out: string, bytes: Uint8Array): void {
  const path = resolve(out);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOSPC' ? 'no space left on the device' : err.message;
    throw new Error(`could not write ${out}: ${why}.`, { cause: e });
  }
}
