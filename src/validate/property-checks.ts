/**
 * Required properties of story features and the collection-level `meta` of layers
 * (see src/types.ts).
 */
import type { Report } from './geometry-checks.ts';
import { describe, isNonEmptyString, isRecord, own } from './json-guards.ts';

export const STORY_KINDS: readonly string[] = [
  'region',
  'town',
  'border',
  'capital',
  'claimed-territory',
];

function requireString(obj: Record<string, unknown>, key: string, path: string, report: Report) {
  const v = own(obj, key);
  if (!isNonEmptyString(v))
    report(`${path}.${key} must be a non-empty string (got ${describe(v)})`);
}

function optionalNumber(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  report: Report,
  integer = false,
) {
  const v = own(obj, key);
  if (v === undefined) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (integer && !Number.isInteger(v))) {
    const what = integer ? 'a non-negative integer' : 'a non-negative number';
    report(`${path}.${key} must be ${what} (got ${describe(v)})`);
  }
}

export function checkProvenance(value: unknown, path: string, report: Report): void {
  if (!isRecord(value)) {
    report(`${path} must be an object with dataset, package, version, licence`);
    return;
  }
  for (const key of ['dataset', 'package', 'version', 'licence']) {
    requireString(value, key, path, report);
  }
  const id = own(value, 'sourceId');
  if (id !== undefined && typeof id !== 'string') {
    report(`${path}.sourceId must be a string (got ${describe(id)})`);
  }
}

/** An excerpt's shape (whether it is verbatim is checked against the story). */
export function checkExcerptShape(value: unknown, path: string, report: Report): boolean {
  if (!isRecord(value)) {
    report(`${path} must be an object { text, paragraph } (got ${describe(value)})`);
    return false;
  }
  const text = own(value, 'text');
  const paragraph = own(value, 'paragraph');
  let ok = true;
  if (!isNonEmptyString(text)) {
    report(`${path}.text must be a non-empty string (got ${describe(text)})`);
    ok = false;
  }
  if (typeof paragraph !== 'number' || !Number.isInteger(paragraph) || paragraph < 1) {
    report(`${path}.paragraph must be a paragraph number from 1 (got ${describe(paragraph)})`);
    ok = false;
  }
  return ok;
}

/** The properties every story feature needs (StoryFeatureProperties). */
export function checkStoryProperties(value: unknown, report: Report): void {
  if (!isRecord(value)) {
    report(`properties must be an object (got ${describe(value)})`);
    return;
  }
  for (const key of ['id', 'name', 'name_uk', 'name_ru']) {
    requireString(value, key, 'properties', report);
  }
  const kind = own(value, 'kind');
  if (typeof kind !== 'string' || !STORY_KINDS.includes(kind)) {
    report(`properties.kind must be one of ${STORY_KINDS.join(', ')} (got ${describe(kind)})`);
  }
  const aliases = own(value, 'aliases');
  if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string')) {
    report(`properties.aliases must be an array of strings`);
  }
  const excerpts = own(value, 'excerpts');
  if (!Array.isArray(excerpts)) {
    report(`properties.excerpts must be an array (got ${describe(excerpts)})`);
  } else if (excerpts.length === 0 && kind !== 'claimed-territory') {
    report(`has no excerpts (every story feature needs at least one)`);
  } else {
    excerpts.forEach((e, i) => checkExcerptShape(e, `properties.excerpts[${i}]`, report));
  }
  checkProvenance(own(value, 'source'), 'properties.source', report);
  optionalNumber(value, 'area_km2', 'properties', report);
  optionalNumber(value, 'population', 'properties', report, true);
  optionalNumber(value, 'geonames_id', 'properties', report, true);
  optionalNumber(value, 'claimed_since', 'properties', report, true);
  if (kind === 'claimed-territory' && own(value, 'claimed_since') === undefined) {
    report('properties.claimed_since is required for a claimed-territory');
  }
  for (const key of ['iso_3166_2', 'name_source']) {
    const v = own(value, key);
    if (v !== undefined && typeof v !== 'string') {
      report(`properties.${key} must be a string (got ${describe(v)})`);
    }
  }
}

/** The collection-level `meta` foreign member (LayerMeta). */
export function checkLayerMeta(value: unknown, report: Report): void {
  if (!isRecord(value)) {
    report(`meta must be an object (got ${describe(value)})`);
    return;
  }
  for (const key of ['layer', 'title', 'credit', 'transform']) {
    requireString(value, key, 'meta', report);
  }
  const sources = own(value, 'sources');
  if (!Array.isArray(sources) || sources.length === 0) {
    report('meta.sources must be a non-empty array');
    return;
  }
  sources.forEach((s, i) => checkProvenance(s, `meta.sources[${i}]`, report));
}
