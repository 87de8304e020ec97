import { describe, expect, it } from 'vitest';
import { keepValidFeatures } from '../../src/story/load.ts';
import { storyFeatures } from './story-data.ts';

describe('keepValidFeatures', () => {
  it('keeps a valid collection whole', () => {
    const problems: string[] = [];
    const kept = keepValidFeatures(
      storyFeatures,
      'data/stories/kursk/features.geojson',
      problems,
      true,
    );
    expect(problems).toEqual([]);
    expect(kept?.features).toHaveLength(storyFeatures.features.length);
  });

  it('names the file, the feature and the problem, and keeps every other feature', () => {
    const broken = structuredClone(storyFeatures);
    const sudzha = broken.features.find((f) => f.properties.id === 'sudzha')!;
    sudzha.geometry = { type: 'Point', coordinates: [35.27, 151.2] };
    const problems: string[] = [];
    const kept = keepValidFeatures(broken, 'data/stories/kursk/features.geojson', problems, true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^data\/stories\/kursk\/features\.geojson: feature "sudzha": .*latitude/,
    );
    expect(kept?.features.map((f) => f.properties?.id)).not.toContain('sudzha');
    expect(kept?.features).toHaveLength(storyFeatures.features.length - 1);
  });

  it('drops a collection that is not a FeatureCollection, with its reason', () => {
    const problems: string[] = [];
    expect(keepValidFeatures({ type: 'Topology' }, 'geo/x.geojson', problems)).toBeNull();
    expect(problems[0]).toMatch(/^geo\/x\.geojson: /);
  });
});
