/**
 * A Vite plugin that checks every story's files when the app is built and records, for each story
 * whose files passed every check, the SHA-256 of each file: its receipt (issue 13: start-up as
 * fast as the bare MapLibre page).
 *
 * The page (`src/story/load.ts`) hashes the bytes it fetched with Web Crypto, off the main thread;
 * when they match the receipt it uses the files as they are, without running the validator again
 * before the map is drawn nor the self-intersection check after it. Any other bytes (a file
 * edited after the build, a story the build found at fault, a host that changed a file, a page
 * without Web Crypto) get every check, as before. The checks are the page's own functions, run
 * here in Node, so the build and the page cannot disagree on what passes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import {
  checkData,
  checkSelfIntersections,
  dataFiles,
  type DataReceipt,
  type DataUrls,
  type Fetched,
} from '../src/story/load.ts';
import type { StoryIndex } from '../src/types.ts';

const VIRTUAL = 'virtual:data-receipts';

/** Why a story got no receipt: its id and its files' problems. */
export interface Refused {
  id: string;
  problems: string[];
}

/**
 * Checks every story listed in `root`/data/stories/index.json with the page's checks, and returns
 * the receipts of those that passed (by story id) and the problems of those that did not.
 * @example const { receipts } = buildReceipts(process.cwd())
 */
export function buildReceipts(root: string): {
  receipts: Record<string, DataReceipt>;
  refused: Refused[];
  files: string[];
} {
  const read = (file: string) => readFileSync(join(root, file));
  const index = JSON.parse(read('data/stories/index.json').toString('utf8')) as StoryIndex;
  const receipts: Record<string, DataReceipt> = {};
  const refused: Refused[] = [];
  const seen = new Set<string>();
  for (const { id, basemap } of index.stories) {
    const files = dataFiles(id, basemap);
    const keys = Object.keys(files) as (keyof DataUrls)[];
    const problems: string[] = [];
    const bytes = new Map<keyof DataUrls, Buffer>();
    const got = {} as Fetched;
    for (const key of keys) {
      seen.add(files[key]);
      try {
        const data = read(files[key]);
        bytes.set(key, data);
        got[key] = JSON.parse(new TextDecoder().decode(data));
      } catch (e) {
        problems.push(`${files[key]}: ${(e as Error).message}`);
        got[key] = null;
      }
    }
    if (problems.length === 0) {
      const { map } = checkData(got, files, problems);
      problems.push(...checkSelfIntersections(map, files).problems);
    }
    if (problems.length > 0) {
      refused.push({ id, problems });
      continue;
    }
    const sha256 = (key: keyof DataUrls) =>
      createHash('sha256').update(bytes.get(key)!).digest('hex');
    receipts[id] = Object.fromEntries(keys.map((key) => [key, sha256(key)])) as DataReceipt;
  }
  return { receipts, refused, files: [...seen].map((file) => join(root, file)) };
}

/**
 * Serves `virtual:data-receipts`: the receipts of the stories under the project's `data/`, made
 * when the module is first asked for (and again, in the dev server, after a data file changes).
 * A story refused a receipt is named in a warning; the page then checks its files itself and
 * shows the problems. `repo` is the folder holding `data/` (the Vite root unless given).
 * @example plugins: [svelte(), dataReceipts()]
 */
export function dataReceipts(repo?: string): Plugin {
  let root = repo ?? process.cwd();
  return {
    name: 'story-map:data-receipts',
    configResolved(config) {
      root = repo ?? config.root;
    },
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : undefined;
    },
    load(id) {
      if (id !== `\0${VIRTUAL}`) return undefined;
      const { receipts, refused, files } = buildReceipts(root);
      for (const file of files) this.addWatchFile(file);
      for (const { id: story, problems } of refused) {
        this.warn(`story "${story}" gets no receipt; the page will check it: ${problems[0]}`);
      }
      return `export default ${JSON.stringify(receipts)};`;
    },
  };
}
