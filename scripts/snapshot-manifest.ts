/**
 * `--manifest views.json`: many snapshots in one run. The file is
 *
 *     { "defaults": { "preset": "a4-landscape", "format": "pdf" },
 *       "snapshots": [ { "place": "sudzha", "lang": "uk", "out": "sudzha-uk.pdf" }, … ] }
 *
 * (or just the array). Each entry takes the command line's options by name (`view`, `width`,
 * `hide: ["legend"]`, …), over the defaults; `out` is relative to the manifest's folder. Every
 * entry is checked before the browser starts; an error names the file, the entry and the problem.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PARTS, defaultOutName, jobFromValues, type SnapshotJob } from './snapshot-job.ts';

/** A snapshot of the manifest with the path it is written to. */
export interface ManifestJob extends SnapshotJob {
  /** 1-based position in the manifest, for messages. */
  index: number;
}

const KEYS = [
  'place',
  'view',
  'preset',
  'dpi',
  'width',
  'height',
  'format',
  'quality',
  'lang',
  'date',
  'title',
  'out',
  'hide',
];
export const MAX_ENTRIES = 1000;

type Entry = Record<string, unknown>;

function isObject(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entryValues(
  entry: Entry,
  where: string,
): { values: Record<string, string>; hide: string[] } {
  const values: Record<string, string> = {};
  let hide: string[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (!KEYS.includes(key))
      throw new Error(`${where}: unknown key "${key}" (known: ${KEYS.join(', ')}).`);
    if (key === 'hide') {
      if (
        !Array.isArray(value) ||
        !value.every((p) => typeof p === 'string' && PARTS.includes(p))
      ) {
        throw new Error(`${where}: "hide" must be a list of ${PARTS.join(', ')}.`);
      }
      hide = value as string[];
    } else if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      values[key] = String(value);
    } else {
      throw new Error(`${where}: "${key}" must be a string or a number.`);
    }
  }
  return { values, hide };
}

/** Reads and checks a manifest; throws Error naming the file and entry. */
export function readManifest(file: string): ManifestJob[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(
      `--manifest ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}.`,
      { cause: e },
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message}).`, { cause: e });
  }
  const list = Array.isArray(data) ? data : isObject(data) ? data['snapshots'] : undefined;
  const defaults = isObject(data) && !Array.isArray(data) ? (data['defaults'] ?? {}) : {};
  if (isObject(data)) {
    const unknown = Object.keys(data).filter((k) => k !== 'snapshots' && k !== 'defaults');
    if (unknown.length > 0)
      throw new Error(
        `${file}: unknown key "${unknown[0]}" (expected "defaults" and "snapshots").`,
      );
  }
  if (!Array.isArray(list)) throw new Error(`${file}: expected a "snapshots" list.`);
  if (!isObject(defaults)) throw new Error(`${file}: "defaults" must be an object.`);
  if (list.length === 0) throw new Error(`${file}: the "snapshots" list is empty.`);
  if (list.length > MAX_ENTRIES)
    throw new Error(`${file}: ${list.length} snapshots; the most is ${MAX_ENTRIES}.`);
  if ('out' in defaults)
    throw new Error(`${file}: "out" cannot be a default (every snapshot needs its own file).`);
  const base = entryValues(defaults, `${file}: defaults`);
  const folder = dirname(file);
  const seen = new Map<string, number>();
  return list.map((entry, i) => {
    const where = `${file}: snapshot ${i + 1}`;
    if (!isObject(entry)) throw new Error(`${where}: expected an object.`);
    const own = entryValues(entry, where);
    let job: SnapshotJob;
    try {
      // An entry's size replaces the defaults' size, whichever way either gives it.
      const defaults = { ...base.values };
      if ('width' in own.values || 'height' in own.values) delete defaults['preset'];
      if ('preset' in own.values) {
        delete defaults['width'];
        delete defaults['height'];
      }
      job = jobFromValues({ ...defaults, ...own.values }, entry['hide'] ? own.hide : base.hide);
    } catch (e) {
      throw new Error(`${where}: ${(e as Error).message}`, { cause: e });
    }
    const name = job.out ?? defaultOutName(job);
    if (!name)
      throw new Error(`${where}: a view preset needs "out" (its size is only known in the page).`);
    const out = resolve(folder, name);
    const twin = seen.get(out);
    if (twin !== undefined)
      throw new Error(
        `${where}: writes ${out}, as snapshot ${twin} does; give each its own "out".`,
      );
    seen.set(out, i + 1);
    return { ...job, out, index: i + 1 };
  });
}
