/**
 * Reads a built bundle's source map (built with `sourcemap: 'hidden'`) and names, for any
 * position in the bundle, the group its code comes from: an npm package, Turf with its helper
 * packages as one group, or an app folder. Used for the bundle's composition and for the CPU
 * profile.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { REPO } from './paths.ts';

export const TURF = 'Turf (@turf/* and its dependencies)';
export const OTHER = 'bundler runtime and other';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
export function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

/** An npm package and every package it depends on, transitively, as installed here. */
function dependencyClosure(root: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const file = join(REPO, 'node_modules', name, 'package.json');
    if (seen.has(name) || !existsSync(file)) return;
    seen.add(name);
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { dependencies?: object };
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep);
  };
  visit(root);
  return seen;
}

let turf: Set<string> | undefined;

/** The group of a source file, given as an absolute path or one relative to the repository. */
export function groupOfSource(source: string): string {
  turf ??= dependencyClosure('@turf/turf');
  const path = relative(REPO, resolve(REPO, source.replace(/\?.*$/, '')));
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = path.slice(inModules + 'node_modules/'.length).split('/');
    const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    return turf.has(name) ? TURF : name;
  }
  const app = /^(src|geo)\/(?:([^/]+)\/)?[^/]+$/.exec(path);
  if (app) return `app: ${app[1]}/${app[2] ? `${app[2]}/` : ''}`;
  return OTHER;
}

/** A mapped span starts at `column` of its line; `group` is '' where the map names no source. */
export interface Segment {
  column: number;
  group: string;
}

export interface GroupedBundle {
  /** The bundle's lines. */
  lines: string[];
  /** Per line, its segments in column order. */
  segments: Segment[][];
}

/** Reads `jsFile` and `jsFile.map` and resolves every mapping to its group. */
export function readGroupedBundle(jsFile: string): GroupedBundle {
  const map = JSON.parse(readFileSync(`${jsFile}.map`, 'utf8')) as {
    sources: string[];
    sourceRoot?: string;
    mappings: string;
  };
  const base = resolve(dirname(jsFile), map.sourceRoot ?? '');
  const groups = map.sources.map((s) =>
    s.startsWith('\0') ? OTHER : groupOfSource(resolve(base, s)),
  );
  let source = 0;
  const segments = map.mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter((s) => s !== '')
      .map((s) => {
        const fields = decodeSegment(s);
        column += fields[0]!;
        if (fields.length >= 4) source += fields[1]!;
        return { column, group: fields.length >= 4 ? groups[source]! : '' };
      });
  });
  return { lines: readFileSync(jsFile, 'utf8').split('\n'), segments };
}

/** The group of the code at a 0-based line and column, or '' when unmapped. */
export function groupAt(bundle: GroupedBundle, line: number, column: number): string {
  const segments = bundle.segments[line] ?? [];
  let lo = 0;
  let hi = segments.length - 1;
  let found = '';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.column <= column) {
      found = segments[mid]!.group;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
