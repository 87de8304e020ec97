/**
 * Every map layer as typed data, bottom to top: the basemap's, and the story's made from its
 * legend groups (`story-layers.ts`; the legend and the layer toggles read the same groups).
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { Lang, LegendGroup } from '../types.ts';
import { nameExpression } from './expressions.ts';
import { FONT_REGULAR, PALETTE as C } from './palette.ts';
import { halo, pastCoarseZoom, storyLayers } from './story-layers.ts';

export { groupStyle, HATCH_IMAGE, interactiveLayers, type GroupStyle } from './story-layers.ts';

/** Town labels appear by rank: rank 1 (largest) from the start, smaller ones as you zoom in. */
export const TOWN_RANK_MINZOOM: readonly [rank: number, minzoom: number][] = [
  [1, 0],
  [2, 4.5],
  [3, 6],
  [4, 7],
  [5, 8],
  [6, 9],
];

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

const isTownLayer = (l: LayerSpecification) => 'source' in l && l.source === 'towns';

/**
 * All layers, bottom to top, with labels in `lang`. MapLibre places the symbols of upper layers
 * first, so the towns sit above the story's area labels: a regional capital keeps its
 * label and the region's name moves aside (issue 15). Story points and their labels stay on top.
 */
export function buildLayers(lang: Lang, groups: readonly LegendGroup[]): LayerSpecification[] {
  const base = basemapLayers(lang);
  const story = storyLayers(groups, lang);
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
