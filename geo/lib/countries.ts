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
  /** ISO 3166-1 numeric, from world-atlas, when matched. */
  iso_n3?: string;
  name: string;
  name_uk: string;
  name_ru: string;
}

export interface CountryNaming {
  names: ReadonlyMap<string, { en: string; uk: string; ru: string; a3: string }>;
  /** world-atlas country name -> ISO numeric id. */
  numericIds: ReadonlyMap<string, string>;
}

function countryOf(g: GeometryObject): string {
  const p = (g as { properties?: { country?: unknown } }).properties;
  return typeof p?.country === 'string' ? p.country : '';
}

/** One merged (Multi)Polygon per country code, in code order. */
export function mergeCountries(topo: Topology): { code: string; geometry: MultiPolygon }[] {
  const object = topo.objects.admin as GeometryCollection;
  const codes = [...new Set(object.geometries.map(countryOf))].filter(Boolean).sort(compare);
  return codes.map((code) => {
    const parts = object.geometries.filter((g) => countryOf(g) === code);
    return { code, geometry: merge(topo, parts as Parameters<typeof merge>[1]) };
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
  return mergeCountries(topo).map(({ code, geometry }) => {
    const n = naming.names.get(code);
    const name = n?.en ?? code;
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
