/**
 * The SHA-256 of some bytes, in hex, by Web Crypto (which hashes off the main thread). Null where
 * there is none (crypto.subtle exists only in secure contexts: https, localhost) or when the hash
 * fails, so callers fall back to what they do without one. Used for the story files' receipts
 * (src/story/load.ts) and for recognising a reader's file seen before (src/ui/user-file-worker.ts).
 * @example const digest = await sha256(await file.arrayBuffer())
 */
export async function sha256(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const hash = new Uint8Array(await subtle.digest('SHA-256', bytes));
    return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}
