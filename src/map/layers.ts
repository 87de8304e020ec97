/**
 * Every map layer as typed data, bottom to top. Story layers belong to a toggle group; the legend
 * and the layer toggles read `STORY_GROUPS`.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { COARSE_ZOOM } from './camera.ts';
import type { Lang } from '../story/hash.ts';
import { byState, isId, isKind, nameExpression } from './expressions.ts';
import { FONT_BOLD, FONT_REGULAR, PALETTE as C } from './palette.ts';

export const HATCH_IMAGE = 'claimed-hatch';

export type StoryGroup = 'kursk-region' | 'border' | 'sudzha' | 'capitals' | 'claimed';

export interface StoryGroupInfo {
  id: StoryGroup;
  label: string;
  description: string;
  swatch: 'fill' | 'outline' | 'line' | 'point' | 'hatch' | 'capital';
  colour: string;
  /** Layers this toggle shows and hides. */
  layers: string[];
}

/** Town labels appear by rank: rank 1 (largest) from the start, smaller ones as you zoom in. */
export const TOWN_RANK_MINZOOM: readonly [rank: number, minzoom: number][] = [
  [1, 0],
  [2, 4.5],
  [3, 6],
  [4, 7],
  [5, 8],
  [6, 9],
];

export const STORY_GROUPS: StoryGroupInfo[] = [
  {
    id: 'kursk-region',
    label: 'Kursk region',
    description:
      'Russian region Ukraine entered on Aug. 6, 2024: its boundary, not the area Ukraine holds',
    swatch: 'outline',
    colour: C.kurskLine,
    layers: ['kursk-region-fill', 'kursk-region-line', 'kursk-region-label'],
  },
  {
    id: 'border',
    label: 'Ukraine–Russia border',
    description: 'Thick red: the Kursk–Sumy stretch the incursion crossed',
    swatch: 'line',
    colour: C.incursion,
    layers: ['ukraine-border-line', 'kursk-sumy-border-casing', 'kursk-sumy-border-line'],
  },
  {
    id: 'sudzha',
    label: 'Sudzha',
    description: 'Town held by Ukrainian forces in September 2024',
    swatch: 'point',
    colour: C.sudzha,
    layers: ['town-story-dot', 'town-story-label'],
  },
  {
    id: 'capitals',
    label: 'Kyiv and Moscow',
    description: 'Capitals',
    swatch: 'capital',
    colour: C.capital,
    layers: ['capital-ring', 'capital-dot', 'capital-label'],
  },
  {
    id: 'claimed',
    label: 'Claimed by Moscow as annexed',
    description: 'Ukrainian territory. A claim, not the line of control, which is not shown',
    swatch: 'hatch',
    colour: C.claimed,
    layers: ['claimed-fill', 'claimed-line', 'claim-line', 'claimed-label'],
  },
];

/** Story layers that answer hover and click, points first so they win over areas. */
export const INTERACTIVE_LAYERS = [
  'town-story-dot',
  'capital-dot',
  'kursk-sumy-border-line',
  'ukraine-border-line',
  'kursk-region-fill',
  'claimed-fill',
];

/**
 * Natural Earth lines are right to a few km: past zoom 10 they fade so they do not pretend to be
 * exact (the OSM Ukraine–Russia border of the story layers stays solid to the cap).
 */
function pastCoarseZoom(before: number, after: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], COARSE_ZOOM, before, COARSE_ZOOM + 1, after];
}

const halo = { 'text-halo-color': C.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.4 };

function basemapLayers(lang: Lang): LayerSpecification[] {
  const townLayers = TOWN_RANK_MINZOOM.flatMap(([rank, minzoom]): LayerSpecification[] => [
    {
      id: `town-dot-${rank}`,
      type: 'circle',
      source: 'towns',
      minzoom,
      filter: ['==', ['get', 'rank'], rank],
      paint: {
        'circle-radius': Math.max(1.5, 4 - rank * 0.5),
        'circle-color': C.townText,
        'circle-stroke-color': C.halo,
        'circle-stroke-width': 0.8,
      },
    },
    {
      id: `town-label-${rank}`,
      type: 'symbol',
      source: 'towns',
      minzoom,
      filter: ['==', ['get', 'rank'], rank],
      layout: {
        'text-field': nameExpression(lang),
        'text-font': FONT_REGULAR,
        'text-size': Math.max(10, 15 - rank),
        'text-anchor': 'left',
        'text-offset': [0.5, 0],
        'text-optional': true,
        // Placed first (lowest key): capitals, then regional capitals (GeoNames PPLC, PPLA), then
        // by population, so a region's seat keeps its label where labels collide (issue 15).
        'symbol-sort-key': [
          '-',
          0,
          [
            '+',
            ['get', 'population'],
            ['case', ['has', 'capital'], 2e8, ['has', 'regional_capital'], 1e8, 0],
          ],
        ],
      },
      paint: { 'text-color': C.townText, ...halo },
    },
  ]);
  return [
    { id: 'background', type: 'background', paint: { 'background-color': C.water } },
    {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': ['match', ['get', 'iso_a3'], 'UKR', C.ukraine, 'RUS', C.russia, C.land],
      },
    },
    {
      id: 'regions-line',
      type: 'line',
      source: 'regions',
      paint: {
        'line-color': C.regionLine,
        'line-width': 0.7,
        'line-dasharray': [3, 2],
        'line-opacity': pastCoarseZoom(1, 0.45),
      },
    },
    {
      id: 'countries-line',
      type: 'line',
      source: 'countries',
      paint: {
        'line-color': C.countryLine,
        'line-width': 1.1,
        'line-opacity': pastCoarseZoom(1, 0.5),
      },
    },
    {
      id: 'region-label',
      type: 'symbol',
      source: 'region-labels',
      minzoom: 5.5,
      layout: {
        'text-field': nameExpression(lang),
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
        'text-optional': true,
      },
      paint: { 'text-color': C.regionText, ...halo },
    },
    ...townLayers,
  ];
}

/** Crimea and Sevastopol, occupied since 2014 (`claimed_since`); the 2022 claims are not control. */
const occupiedSince2014: ExpressionSpecification = ['==', ['get', 'claimed_since'], 2014];

/** Story areas and lines with the area labels on top; then (above the towns) points and labels. */
function storyLayers(lang: Lang): { areas: LayerSpecification[]; points: LayerSpecification[] } {
  const selectLine = byState(C.select, C.select, 'rgba(0,0,0,0)');
  const labels = labelLayers(lang);
  const areas: LayerSpecification[] = [
    {
      id: 'claimed-fill',
      type: 'fill',
      source: 'story',
      filter: isKind('claimed-territory'),
      // Occupied since 2014: the dense hatch; claimed in 2022 (not all held): a light one.
      paint: {
        'fill-pattern': HATCH_IMAGE,
        'fill-opacity': [
          'case',
          occupiedSince2014,
          byState(1, 0.95, 0.85),
          byState(0.5, 0.45, 0.4),
        ] as ExpressionSpecification,
      },
    },
    {
      id: 'claimed-line',
      type: 'line',
      source: 'story',
      filter: ['all', isKind('claimed-territory'), occupiedSince2014],
      paint: {
        'line-color': byState(C.select, C.select, C.claimed),
        'line-width': byState(3, 2.5, 1.2),
      },
    },
    {
      // A dashed edge: the claim covers the whole oblast, the line of control is elsewhere.
      id: 'claim-line',
      type: 'line',
      source: 'story',
      filter: ['all', isKind('claimed-territory'), ['!', occupiedSince2014]],
      paint: {
        'line-color': byState(C.select, C.select, C.claimed),
        'line-width': byState(3, 2.5, 1.4),
        'line-dasharray': [4, 2.5],
      },
    },
    {
      id: 'kursk-region-fill',
      type: 'fill',
      source: 'story',
      filter: isKind('region'),
      // A faint neutral wash that keeps Russia's grey (so the region never reads as Ukraine's
      // light fill); the strong fill is kept for the selected place and readers' layers.
      paint: {
        'fill-color': byState(C.select, C.select, C.kurskFill),
        'fill-opacity': byState(0.22, 0.12, 0.12),
      },
    },
    {
      id: 'kursk-region-line',
      type: 'line',
      source: 'story',
      filter: isKind('region'),
      paint: {
        'line-color': byState(C.select, C.select, C.kurskLine),
        'line-width': byState(3.5, 3, 2),
        // Its inner edges are Natural Earth; the edge on the border lies under the border lines.
        'line-opacity': pastCoarseZoom(1, 0.55),
      },
    },
    {
      id: 'ukraine-border-line',
      type: 'line',
      source: 'story',
      filter: isId('ukraine-border'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': byState(C.select, C.select, C.border),
        'line-width': byState(5, 4, 2.5),
      },
    },
    {
      id: 'kursk-sumy-border-casing',
      type: 'line',
      source: 'story',
      filter: isId('kursk-sumy-border'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': C.halo, 'line-width': byState(11, 10, 8) },
    },
    {
      id: 'kursk-sumy-border-line',
      type: 'line',
      source: 'story',
      filter: isId('kursk-sumy-border'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': byState(C.select, C.select, C.incursion),
        'line-width': byState(7, 6, 5),
      },
    },
    {
      id: 'selection-outline',
      type: 'line',
      source: 'story',
      filter: isKind('region', 'claimed-territory'),
      paint: { 'line-color': selectLine, 'line-width': 1, 'line-opacity': 0.6 },
    },
    ...labels.areas,
  ];
  const points: LayerSpecification[] = [
    {
      id: 'capital-ring',
      type: 'circle',
      source: 'story',
      filter: isKind('capital'),
      paint: {
        'circle-radius': byState(12, 11, 9),
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': byState(C.select, C.select, C.capital),
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'capital-dot',
      type: 'circle',
      source: 'story',
      filter: isKind('capital'),
      paint: { 'circle-radius': 5, 'circle-color': C.capital },
    },
    {
      id: 'town-story-dot',
      type: 'circle',
      source: 'story',
      filter: isKind('town'),
      paint: {
        'circle-radius': byState(10, 9, 7.5),
        'circle-color': C.sudzha,
        'circle-stroke-color': byState(C.select, C.select, C.halo),
        'circle-stroke-width': byState(3.5, 3, 2.5),
      },
    },
    ...labels.points,
  ];
  return { areas, points };
}

interface LabelSpec {
  id: string;
  kinds: string[];
  size: number;
  colour: string;
  /** 'beside' for points (text to the right), 'centre' for areas. */
  placement: 'beside' | 'centre';
  minzoom?: number;
}

function storyLabel(spec: LabelSpec, lang: Lang): LayerSpecification {
  const centre = spec.placement === 'centre';
  return {
    id: spec.id,
    type: 'symbol',
    source: 'story-labels',
    filter: isKind(...spec.kinds),
    minzoom: spec.minzoom ?? 0,
    layout: {
      'text-field': nameExpression(lang),
      'text-font': FONT_BOLD,
      'text-size': spec.size,
      // An area's name moves off its point rather than vanish when a town label is there.
      ...(centre
        ? {
            'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
            'text-radial-offset': 0.8,
          }
        : { 'text-anchor': 'left', 'text-offset': [0.9, 0] }),
      'text-allow-overlap': !centre,
      'text-max-width': 9,
      ...(spec.kinds.includes('region')
        ? { 'text-transform': 'uppercase', 'text-letter-spacing': 0.08 }
        : {}),
    },
    paint: { 'text-color': spec.colour, ...halo, 'text-halo-width': 2 },
  };
}

function labelLayers(lang: Lang): { areas: LayerSpecification[]; points: LayerSpecification[] } {
  const specs: LabelSpec[] = [
    {
      id: 'kursk-region-label',
      kinds: ['region'],
      size: 16,
      colour: C.kurskLine,
      placement: 'centre',
    },
    {
      id: 'claimed-label',
      kinds: ['claimed-territory'],
      size: 12,
      colour: C.claimed,
      placement: 'centre',
      minzoom: 5,
    },
    { id: 'capital-label', kinds: ['capital'], size: 15, colour: C.capital, placement: 'beside' },
    { id: 'town-story-label', kinds: ['town'], size: 15, colour: C.sudzha, placement: 'beside' },
  ];
  const of = (placement: LabelSpec['placement']) =>
    specs.filter((s) => s.placement === placement).map((spec) => storyLabel(spec, lang));
  return { areas: of('centre'), points: of('beside') };
}

const isTownLayer = (l: LayerSpecification) => 'source' in l && l.source === 'towns';

/**
 * All layers, bottom to top, with labels in `lang`. MapLibre places the symbols of upper layers
 * first, so the towns sit above the story's area labels: a regional capital (Kursk) keeps its
 * label and the region's name moves aside (issue 15). Story points and their labels stay on top.
 */
export function buildLayers(lang: Lang): LayerSpecification[] {
  const base = basemapLayers(lang);
  const story = storyLayers(lang);
  return [
    ...base.filter((l) => !isTownLayer(l)),
    ...story.areas,
    ...base.filter(isTownLayer),
    ...story.points,
  ];
}

/** Symbol layers whose `text-field` follows the language. */
export function labelLayerIds(layers: LayerSpecification[]): string[] {
  return layers.filter((l) => l.type === 'symbol').map((l) => l.id);
}
