/**
 * The story's layers, made from its legend groups: each group gets the layers of its symbol,
 * with ids `<group>-<part>` and a filter on the places' `group` property. Nothing here names a
 * story's places: the story's `groups` say which places are drawn how.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { GroupSymbol, Lang, LegendGroup, SwatchKind } from '../types.ts';
import { COARSE_ZOOM } from './camera.ts';
import { byState, isKind, nameExpression } from './expressions.ts';
import { FONT_BOLD, PALETTE as C } from './palette.ts';

export const HATCH_IMAGE = 'claimed-hatch';

/** How a group is drawn and listed: its swatch, colour, and the layers its toggle shows. */
export interface GroupStyle {
  id: string;
  symbol: GroupSymbol;
  swatch: SwatchKind;
  colour: string;
  layers: string[];
}

/** The parts of each symbol, bottom to top; a layer id is `<group>-<part>`. */
const PARTS: Record<GroupSymbol, string[]> = {
  claimed: ['fill', 'line', 'claim-line', 'label'],
  region: ['fill', 'line', 'label'],
  border: ['line', 'highlight-casing', 'highlight-line'],
  capital: ['ring', 'dot', 'label'],
  town: ['dot', 'label'],
};

const LOOK: Record<GroupSymbol, { swatch: SwatchKind; colour: string }> = {
  claimed: { swatch: 'hatch', colour: C.claimed },
  region: { swatch: 'outline', colour: C.areaLine },
  border: { swatch: 'line', colour: C.highlight },
  capital: { swatch: 'capital', colour: C.capital },
  town: { swatch: 'point', colour: C.storyTown },
};

/** @example groupStyle({ id: 'capitals', symbol: 'capital', … }).layers // ['capitals-ring', …] */
export function groupStyle(group: Pick<LegendGroup, 'id' | 'symbol'>): GroupStyle {
  return {
    id: group.id,
    symbol: group.symbol,
    ...LOOK[group.symbol],
    layers: PARTS[group.symbol].map((part) => `${group.id}-${part}`),
  };
}

/**
 * Story layers that answer hover and click, points first so they win over areas, then lines
 * (a highlighted stretch before the rest of its border), then areas.
 */
export function interactiveLayers(groups: readonly Pick<LegendGroup, 'id' | 'symbol'>[]): {
  points: string[];
  lines: string[];
  areas: string[];
} {
  const of = (symbols: GroupSymbol[], part: string) =>
    groups.filter((g) => symbols.includes(g.symbol)).map((g) => `${g.id}-${part}`);
  return {
    points: [...of(['town'], 'dot'), ...of(['capital'], 'dot')],
    lines: [...of(['border'], 'highlight-line'), ...of(['border'], 'line')],
    areas: [...of(['region'], 'fill'), ...of(['claimed'], 'fill')],
  };
}

/**
 * Natural Earth lines are right to a few km: past zoom 10 they fade so they do not pretend to be
 * exact (the OSM border of the story layers stays solid to the cap).
 */
export function pastCoarseZoom(before: number, after: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], COARSE_ZOOM, before, COARSE_ZOOM + 1, after];
}

export const halo = { 'text-halo-color': C.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.4 };

const inGroup = (id: string): ExpressionSpecification => ['==', ['get', 'group'], id];
const all = (...parts: ExpressionSpecification[]): ExpressionSpecification =>
  ['all', ...parts] as ExpressionSpecification;
/** Occupied (the dense hatch, solid edge) as against only claimed (light, dashed edge). */
const occupied: ExpressionSpecification = ['==', ['get', 'status'], 'occupied'];
const highlighted: ExpressionSpecification = ['==', ['get', 'emphasis'], 'highlight'];

function label(
  id: string,
  group: string,
  lang: Lang,
  look: { size: number; colour: string; centre: boolean; upper?: boolean; minzoom?: number },
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: 'story-labels',
    filter: inGroup(group),
    minzoom: look.minzoom ?? 0,
    layout: {
      'text-field': nameExpression(lang),
      'text-font': FONT_BOLD,
      'text-size': look.size,
      // An area's name moves off its point rather than vanish when a town label is there.
      ...(look.centre
        ? {
            'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
            'text-radial-offset': 0.8,
          }
        : { 'text-anchor': 'left', 'text-offset': [0.9, 0] }),
      'text-allow-overlap': !look.centre,
      'text-max-width': 9,
      ...(look.upper ? { 'text-transform': 'uppercase', 'text-letter-spacing': 0.08 } : {}),
    },
    paint: { 'text-color': look.colour, ...halo, 'text-halo-width': 2 },
  };
}

/** Areas and lines (drawn under the basemap towns), and their labels. */
function areaLayers(
  g: LegendGroup,
  lang: Lang,
): { shapes: LayerSpecification[]; labels: LayerSpecification[] } {
  const id = g.id;
  const mine = inGroup(id);
  if (g.symbol === 'claimed') {
    return {
      shapes: [
        {
          id: `${id}-fill`,
          type: 'fill',
          source: 'story',
          filter: mine,
          // Occupied: the dense hatch; claimed (not all held): a light one.
          paint: {
            'fill-pattern': HATCH_IMAGE,
            'fill-opacity': [
              'case',
              occupied,
              byState(1, 0.95, 0.85),
              byState(0.5, 0.45, 0.4),
            ] as ExpressionSpecification,
          },
        },
        {
          id: `${id}-line`,
          type: 'line',
          source: 'story',
          filter: all(mine, occupied),
          paint: {
            'line-color': byState(C.select, C.select, C.claimed),
            'line-width': byState(3, 2.5, 1.2),
          },
        },
        {
          // A dashed edge: a claim covers the whole unit, the line of control is elsewhere.
          id: `${id}-claim-line`,
          type: 'line',
          source: 'story',
          filter: all(mine, ['!', occupied]),
          paint: {
            'line-color': byState(C.select, C.select, C.claimed),
            'line-width': byState(3, 2.5, 1.4),
            'line-dasharray': [4, 2.5],
          },
        },
      ],
      labels: [
        label(`${id}-label`, id, lang, { size: 12, colour: C.claimed, centre: true, minzoom: 5 }),
      ],
    };
  }
  if (g.symbol === 'region') {
    return {
      shapes: [
        {
          id: `${id}-fill`,
          type: 'fill',
          source: 'story',
          filter: mine,
          // A faint neutral wash that keeps the country's own fill; the strong fill is kept for
          // the selected place and readers' layers.
          paint: {
            'fill-color': byState(C.select, C.select, C.areaFill),
            'fill-opacity': byState(0.22, 0.12, 0.12),
          },
        },
        {
          id: `${id}-line`,
          type: 'line',
          source: 'story',
          filter: mine,
          paint: {
            'line-color': byState(C.select, C.select, C.areaLine),
            'line-width': byState(3.5, 3, 2),
            // Its inner edges are Natural Earth; an edge on the border lies under the border lines.
            'line-opacity': pastCoarseZoom(1, 0.55),
          },
        },
      ],
      labels: [
        label(`${id}-label`, id, lang, { size: 16, colour: C.areaLine, centre: true, upper: true }),
      ],
    };
  }
  if (g.symbol === 'border') {
    const round = { 'line-join': 'round', 'line-cap': 'round' } as const;
    return {
      shapes: [
        {
          id: `${id}-line`,
          type: 'line',
          source: 'story',
          filter: all(mine, ['!', highlighted]),
          layout: round,
          paint: {
            'line-color': byState(C.select, C.select, C.border),
            'line-width': byState(5, 4, 2.5),
          },
        },
        {
          id: `${id}-highlight-casing`,
          type: 'line',
          source: 'story',
          filter: all(mine, highlighted),
          layout: round,
          paint: { 'line-color': C.halo, 'line-width': byState(11, 10, 8) },
        },
        {
          id: `${id}-highlight-line`,
          type: 'line',
          source: 'story',
          filter: all(mine, highlighted),
          layout: round,
          paint: {
            'line-color': byState(C.select, C.select, C.highlight),
            'line-width': byState(7, 6, 5),
          },
        },
      ],
      labels: [],
    };
  }
  return { shapes: [], labels: [] };
}

/** Points and their labels (drawn above everything else). */
function pointLayers(g: LegendGroup): LayerSpecification[] {
  const id = g.id;
  const mine = inGroup(id);
  if (g.symbol === 'capital') {
    return [
      {
        id: `${id}-ring`,
        type: 'circle',
        source: 'story',
        filter: mine,
        paint: {
          'circle-radius': byState(12, 11, 9),
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': byState(C.select, C.select, C.capital),
          'circle-stroke-width': 2,
        },
      },
      {
        id: `${id}-dot`,
        type: 'circle',
        source: 'story',
        filter: mine,
        paint: { 'circle-radius': 5, 'circle-color': C.capital },
      },
    ];
  }
  if (g.symbol === 'town') {
    return [
      {
        id: `${id}-dot`,
        type: 'circle',
        source: 'story',
        filter: mine,
        paint: {
          'circle-radius': byState(10, 9, 7.5),
          'circle-color': C.storyTown,
          'circle-stroke-color': byState(C.select, C.select, C.halo),
          'circle-stroke-width': byState(3.5, 3, 2.5),
        },
      },
    ];
  }
  return [];
}

/** Labels of points, after every point (so no dot is drawn over a label). */
function pointLabels(g: LegendGroup, lang: Lang): LayerSpecification[] {
  if (g.symbol !== 'capital' && g.symbol !== 'town') return [];
  const colour = g.symbol === 'capital' ? C.capital : C.storyTown;
  return [label(`${g.id}-label`, g.id, lang, { size: 15, colour, centre: false })];
}

/**
 * The story's layers, bottom to top: claimed and region areas, borders, the selection outline and
 * the area labels (`areas`); then capitals, towns and their labels (`points`).
 */
export function storyLayers(
  groups: readonly LegendGroup[],
  lang: Lang,
): { areas: LayerSpecification[]; points: LayerSpecification[] } {
  const order: GroupSymbol[] = ['claimed', 'region', 'border'];
  const built = order
    .flatMap((s) => groups.filter((g) => g.symbol === s))
    .map((g) => areaLayers(g, lang));
  const selectLine = byState(C.select, C.select, 'rgba(0,0,0,0)');
  const areas: LayerSpecification[] = [
    ...built.flatMap((b) => b.shapes),
    {
      id: 'selection-outline',
      type: 'line',
      source: 'story',
      filter: isKind('region', 'claimed-territory'),
      paint: { 'line-color': selectLine, 'line-width': 1, 'line-opacity': 0.6 },
    },
    // Region names above the claims' names, as the labels were placed before.
    ...[...built].reverse().flatMap((b) => b.labels),
  ];
  const pointGroups = (['capital', 'town'] as GroupSymbol[]).flatMap((s) =>
    groups.filter((g) => g.symbol === s),
  );
  return {
    areas,
    points: [
      ...pointGroups.flatMap((g) => pointLayers(g)),
      ...pointGroups.flatMap((g) => pointLabels(g, lang)),
    ],
  };
}
