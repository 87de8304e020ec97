/**
 * The whole map style, built in code from the data/ files: no tile server, no glyph server (labels are
 * drawn from the bundled font, see src/fonts.css), no sprite server (the hatch is added as an image).
 */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { Credits, Lang, LegendGroup, MapData } from '../types.ts';
import { labelPoints } from './label-points.ts';
import { buildLayers } from './layers.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Builds the style: the basemap, and the story's layers made from its legend `groups`; a
 * basemap file that failed to load is drawn as an empty layer.
 */
export function buildStyle(
  data: MapData,
  credits: Credits,
  lang: Lang,
  groups: readonly LegendGroup[],
): StyleSpecification {
  return {
    version: 8,
    name: 'Story map',
    // No `glyphs`: MapLibre (>= 5.11) renders `text-font` with local/web fonts via TinySDF.
    sources: {
      countries: {
        type: 'geojson',
        data: data.countries ?? EMPTY,
        attribution: credits.boundaries,
      },
      regions: { type: 'geojson', data: data.regions ?? EMPTY },
      towns: { type: 'geojson', data: data.towns ?? EMPTY, attribution: credits.places },
      'region-labels': { type: 'geojson', data: data.regionLabels ?? EMPTY },
      story: { type: 'geojson', data: data.story, promoteId: 'id', attribution: credits.story },
      'story-labels': { type: 'geojson', data: labelPoints(data.story.features), promoteId: 'id' },
    },
    layers: buildLayers(lang, groups),
  };
}
