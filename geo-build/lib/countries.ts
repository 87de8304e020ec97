/**
 * Countries dissolved from admin-1 polygons by ISO 3166-2 prefix (topojson-client `merge` of the
 * arcs), so Ukraine includes Crimea and Sevastopol (UA-43, UA-40) in its internationally
 * recognised borders, and Russia is its RU-* regions only.
 */
import type { Feature, MultiPolygon } from 'geojson';
import { merge } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { compare } from './admin1.ts';

export interface CountryProperties {
  iso_a2: string;
  iso_a3: string;
  /** ISO 3166-1 numeric, from world-atlas (matched on the Natural Earth name), when matched. */
  iso_n3?: string;
  /** Natural Earth `admin` name of most of the country's regions. */
  name: string;
  name_uk: string;
  name_ru: string;
}

export interface CountryNaming {
  names: ReadonlyMap<string, { en: string; uk: string; ru: string; a3: string }>;
  /** world-atlas country name -> ISO numeric id. */
  numericIds: ReadonlyMap<string, string>;
}

function adminOf(g: GeometryObject): string {
  const p = (g as { properties?: { admin?: unknown } }).properties;
  return typeof p?.admin === 'string' ? p.admin : '';
}

/**
 * The Natural Earth `admin` name most of a country's regions carry ("Ukraine" for UA-*, although
 * UA-43 and UA-40 say "Russia"); ties go to the alphabetically first name.
 */
function majorityAdmin(parts: readonly GeometryObject[]): string {
  const counts = new Map<string, number>();
  for (const g of parts) counts.set(adminOf(g), (counts.get(adminOf(g)) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
  return ranked[0]?.[0] ?? '';
}

function countryOf(g: GeometryObject): string {
  const p = (g as { properties?: { country?: unknown } }).properties;
  return typeof p?.country === 'string' ? p.country : '';
}

/** One merged (Multi)Polygon per country code, in code order. */
export function mergeCountries(
  topo: Topology,
): { code: string; admin: string; geometry: MultiPolygon }[] {
  const object = topo.objects.admin as GeometryCollection;
  const codes = [...new Set(object.geometries.map(countryOf))].filter(Boolean).sort(compare);
  return codes.map((code) => {
    const parts = object.geometries.filter((g) => countryOf(g) === code);
    const geometry = merge(topo, parts as Parameters<typeof merge>[1]);
    return { code, admin: majorityAdmin(parts), geometry };
  });
}

/**
 * Country features from an admin topology (already simplified).
 * @example buildCountries(topo, naming).find((c) => c.properties.iso_a2 === 'UA')
 */
export function buildCountries(
  topo: Topology,
  naming: CountryNaming,
): Feature<MultiPolygon, CountryProperties>[] {
  return mergeCountries(topo).map(({ code, admin, geometry }) => {
    const n = naming.names.get(code);
    const name = admin || n?.en || code;
    const numeric = naming.numericIds.get(name);
    return {
      type: 'Feature',
      id: code,
      properties: {
        iso_a2: code,
        iso_a3: n?.a3 ?? '',
        ...(numeric ? { iso_n3: numeric } : {}),
        name,
        name_uk: n?.uk ?? '',
        name_ru: n?.ru ?? '',
      },
      geometry,
    };
  });
}
