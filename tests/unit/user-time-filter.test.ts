/** The MapLibre filters that show a day's state, evaluated by MapLibre's own style-spec. */
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { shownFilter, userLayerSpecs } from '../../src/map/user-layers.ts';

/** Which of features 0–3 (polygons, and a point as #3) a filter lets through. */
function passing(filter: FilterSpecification): number[] {
  const f = featureFilter(filter, 'filter');
  return [0, 1, 2, 3].filter((id) =>
    f.filter({ zoom: 8 }, { type: id === 3 ? 1 : 3, id, properties: {}, geometry: [] } as never),
  );
}

describe('time filters of a user layer', () => {
  it('keep only the features the day shows, of the geometry each style layer draws', () => {
    expect(passing(shownFilter('fill', 'all'))).toEqual([0, 1, 2]);
    expect(passing(shownFilter('fill', [0, 2]))).toEqual([0, 2]);
    expect(passing(shownFilter('fill', 'none'))).toEqual([]);
    expect(passing(shownFilter('circle', [1, 3]))).toEqual([3]);
  });

  it('start from the same geometry filters the layer specs use', () => {
    const colours = { fill: {}, stroke: {}, 'marker-color': {} };
    const paint = { style: { colour: '#000000', opacity: 1 }, colours };
    const specs = userLayerSpecs({ id: 'user-a', geometryTypes: ['Point', 'Polygon'] }, paint);
    const byKind = new Map(specs.map((s) => [s.id.split(':')[1], 'filter' in s ? s.filter : null]));
    expect(byKind.get('fill')).toEqual(shownFilter('fill', 'all'));
    expect(byKind.get('circle')).toEqual(shownFilter('circle', 'all'));
  });
});
