/**
 * `window.__storyExport`: the export as the command line (`npm run snapshot`) and the benchmark
 * call it, through the same `createSnapshot` as the dialog. Bytes come back as base64.
 */
import type { Snapshot, SnapshotOptions } from './snapshot.ts';

export interface PageSnapshot extends Omit<Snapshot, 'bytes'> {
  base64: string;
}

export type PageExport = (opts: SnapshotOptions) => Promise<PageSnapshot>;

/** Base64 in chunks, so multi-megabyte exports do not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function installPageHook(run: (opts: SnapshotOptions) => Promise<Snapshot>): () => void {
  window.__storyExport = async (opts) => {
    const { bytes, ...rest } = await run(opts);
    return { ...rest, base64: toBase64(bytes) };
  };
  return () => delete window.__storyExport;
}
