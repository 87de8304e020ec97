/**
 * The map as vector layers for SVG and PDF exports: the same data and colours as the MapLibre
 * style (src/map/layers.ts), as `LayerRule`s for the export core's `buildMapScene`.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerRule, MapFeature } from '../export/map-scene.ts';
import { TOWN_RANK_MINZOOM, type StoryGroup } from '../map/layers.ts';
import { PALETTE as C } from '../map/palette.ts';
import type { MapData } from '../map/style.ts';
import { placeName } from '../story/story.ts';
import type { Lang } from '../story/hash.ts';

const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);

function basemapFeatures(
  collection: FeatureCollection | null,
  kind: (f: Feature) => string | null,
  lang: Lang,
): MapFeature[] {
  const out: MapFeature[] = [];
  for (const [i, f] of (collection?.features ?? []).entries()) {
    const k = kind(f);
    if (!k) continue;
    const p = f.properties ?? {};
    const name = lang === 'en' ? str(p['name']) : str(p[`name_${lang}`], str(p['name']));
    out.push({ ...f, properties: { id: str(f.id, `${k}-${i}`), name, kind: k } });
  }
  return out;
}

/** The rank of the smallest towns labelled at `zoom` (same thresholds as the live map). */
export function maxTownRank(zoom: number): number {
  return Math.max(0, ...TOWN_RANK_MINZOOM.filter(([, min]) => zoom >= min).map(([rank]) => rank));
}

/** Story layers bottom to top, as on the live map. */
const DRAW_ORDER: StoryGroup[] = ['claimed', 'kursk-region', 'border', 'capitals', 'sudzha'];

/** Features and drawing rules for a vector export at `zoom`, bottom to top. */
export function vectorLayers(
  data: MapData,
  visible: Record<StoryGroup, boolean>,
  zoom: number,
  lang: Lang,
  hideLabelOf: string | null = null,
): { features: MapFeature[]; rules: LayerRule[] } {
  const ranks = maxTownRank(zoom);
  const features: MapFeature[] = [
    ...basemapFeatures(
      data.countries,
      (f) => {
        const iso = f.properties?.['iso_a3'];
        return iso === 'UKR' ? 'country-ukraine' : iso === 'RUS' ? 'country-russia' : 'country';
      },
      lang,
    ),
    ...basemapFeatures(data.regions, () => 'admin-1', lang),
    ...basemapFeatures(
      data.towns,
      (f) => {
        const rank = Number(f.properties?.['rank']);
        return rank <= ranks ? 'basemap-town' : null;
      },
      lang,
    ),
    ...data.story.features.map((f) => ({
      ...f,
      properties: {
        id: f.properties.id,
        // The composition's callout labels the selected place instead.
        name: f.properties.id === hideLabelOf ? '' : placeName(f, lang),
        kind: f.properties.kind,
      },
    })),
  ];
  const label = (size: number, fill: string, weight: 'normal' | 'bold' = 'bold') => ({
    size,
    fill,
    weight,
    halo: C.halo,
  });
  const rules: LayerRule[] = [
    {
      id: 'countries',
      label: 'Countries',
      kinds: ['country'],
      fill: C.land,
      stroke: C.countryLine,
    },
    { id: 'russia', label: 'Russia', kinds: ['country-russia'], fill: C.russia },
    { id: 'ukraine', label: 'Ukraine', kinds: ['country-ukraine'], fill: C.ukraine },
    {
      id: 'regions',
      label: 'Region boundaries',
      kinds: ['admin-1'],
      stroke: C.regionLine,
      strokeWidth: 0.7,
      dash: [3, 2],
    },
    {
      id: 'country-borders',
      label: 'Country borders',
      kinds: ['country', 'country-russia', 'country-ukraine'],
      stroke: C.countryLine,
      strokeWidth: 1.1,
    },
    {
      id: 'towns',
      label: 'Towns (GeoNames)',
      kinds: ['basemap-town'],
      fill: C.townText,
      radius: 2,
      text: label(11, C.townText, 'normal'),
    },
  ];
  // As on the live map (issue 15): occupied since 2014 solid and dense, the 2022 claims light
  // and dashed; the Kursk region outlined over a neutral wash.
  const claimedIds = (since2014: boolean) =>
    data.story.features
      .filter((f) => f.properties.kind === 'claimed-territory')
      .filter((f) => (f.properties.claimed_since === 2014) === since2014)
      .map((f) => f.properties.id);
  const story: Record<StoryGroup, LayerRule[]> = {
    claimed: [
      {
        id: 'claimed',
        label: 'Occupied by Russia since 2014',
        kinds: ['claimed-territory'],
        ids: claimedIds(true),
        stroke: C.claimed,
        strokeWidth: 1.2,
        hatch: { color: C.claimed, width: 1.5, spacing: 6, angle: 45 },
        text: label(11, C.claimed),
      },
      {
        id: 'claim',
        label: 'Claimed by Moscow as annexed',
        kinds: ['claimed-territory'],
        ids: claimedIds(false),
        stroke: C.claimed,
        strokeWidth: 1.4,
        dash: [5.6, 3.5],
        hatch: { color: C.claimed, width: 0.8, spacing: 6, angle: 45 },
        text: label(11, C.claimed),
      },
    ],
    'kursk-region': [
      {
        id: 'kursk-region',
        label: 'Kursk region',
        kinds: ['region'],
        fill: 'rgba(255, 255, 255, 0.12)',
        stroke: C.kurskLine,
        strokeWidth: 2,
        text: label(15, C.kurskLine),
      },
    ],
    border: [
      {
        id: 'ukraine-border',
        label: 'Ukraine–Russia border',
        kinds: ['border'],
        ids: ['ukraine-border'],
        stroke: C.border,
        strokeWidth: 2.5,
      },
      {
        id: 'kursk-sumy-border',
        label: 'Kursk–Sumy border',
        kinds: ['border'],
        ids: ['kursk-sumy-border'],
        stroke: C.incursion,
        strokeWidth: 5,
      },
    ],
    capitals: [
      {
        id: 'capitals',
        label: 'Kyiv and Moscow',
        kinds: ['capital'],
        fill: C.capital,
        stroke: C.halo,
        strokeWidth: 2,
        radius: 5,
        text: label(14, C.capital),
      },
    ],
    sudzha: [
      {
        id: 'sudzha',
        label: 'Sudzha',
        kinds: ['town'],
        fill: C.sudzha,
        stroke: C.halo,
        strokeWidth: 2.5,
        radius: 7.5,
        text: label(14, C.sudzha),
      },
    ],
  };
  for (const group of DRAW_ORDER) if (visible[group]) rules.push(...story[group]);
  return { features, rules };
}
