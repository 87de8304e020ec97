import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkSelfIntersections, dataFiles, keepValidFeatures } from '../../src/story/load.ts';
import { formatIssue, validateFeatureCollection } from '../../src/validate/validate.ts';
import { crossingRing } from '../fixtures/geo/crossing-ring.ts';
import { storyFeatures } from './story-data.ts';

describe('keepValidFeatures', () => {
  it('keeps a valid collection whole', () => {
    const problems: string[] = [];
    const kept = keepValidFeatures(storyFeatures, 'data/stories/kursk/features.geojson', problems, {
      requireStoryProps: true,
    });
    expect(problems).toEqual([]);
    expect(kept?.features).toHaveLength(storyFeatures.features.length);
  });

  it('names the file, the feature and the problem, and keeps every other feature', () => {
    const broken = structuredClone(storyFeatures);
    const sudzha = broken.features.find((f) => f.properties.id === 'sudzha')!;
    sudzha.geometry = { type: 'Point', coordinates: [35.27, 151.2] };
    const problems: string[] = [];
    const kept = keepValidFeatures(broken, 'data/stories/kursk/features.geojson', problems, {
      requireStoryProps: true,
    });
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

const crossing = crossingRing('crossing', 'Crossing');
const square = {
  type: 'Feature' as const,
  id: 'square',
  properties: { name: 'Square' },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [33, 50],
        [34, 50],
        [34, 51],
        [33, 51],
        [33, 50],
      ],
    ],
  },
};
const files = dataFiles('kursk', 'ukraine-russia');

describe('the check left for after the first drawing', () => {
  it('validation without self-intersections passes a crossing ring, with them names it', () => {
    const fc = { type: 'FeatureCollection', features: [crossing] };
    expect(validateFeatureCollection(fc, 'r.geojson', { selfIntersections: false })).toEqual([]);
    expect(validateFeatureCollection(fc, 'r.geojson').map(formatIssue)).toEqual([
      expect.stringMatching(/^r\.geojson: feature "crossing": .*ring self-intersects at \[/),
      expect.stringMatching(/ring self-intersects/),
    ]);
  });

  it('names the file and the feature, and gives the layer without it', () => {
    const map = {
      story: storyFeatures,
      countries: { type: 'FeatureCollection' as const, features: [square] },
      regions: { type: 'FeatureCollection' as const, features: [square, crossing] },
      towns: null,
      regionLabels: null,
    };
    const found = checkSelfIntersections(map, files);
    expect(found.problems.length).toBeGreaterThan(0);
    for (const problem of found.problems) {
      expect(problem).toMatch(
        /^data\/basemaps\/ukraine-russia\/regions\.geojson: feature "crossing": .*self-intersects/,
      );
    }
    expect(Object.keys(found.replaced)).toEqual(['regions']);
    expect(found.replaced.regions?.features.map((f) => f.id)).toEqual(['square']);
  });

  it("names a story place whose area crosses itself, and gives the story's layer without it", () => {
    const story = structuredClone(storyFeatures);
    const sevastopol = story.features.find((f) => f.properties.id === 'sevastopol')!;
    sevastopol.geometry = crossing.geometry;
    const file = 'data/stories/kursk/features.geojson';
    // At load the story's properties and shapes are checked, but not its crossings.
    const atLoad: string[] = [];
    const options = { requireStoryProps: true, selfIntersections: false };
    expect(keepValidFeatures(story, file, atLoad, options)?.features).toHaveLength(
      story.features.length,
    );
    expect(atLoad).toEqual([]);
    const map = { story, countries: null, regions: null, towns: null, regionLabels: null };
    const found = checkSelfIntersections(map, files);
    expect(found.problems.length).toBeGreaterThan(0);
    for (const problem of found.problems) {
      expect(problem).toMatch(
        /^data\/stories\/kursk\/features\.geojson: feature "sevastopol": .*self-intersects/,
      );
    }
    expect(Object.keys(found.replaced)).toEqual(['story']);
    const kept = found.replaced.story?.features.map((f) => f.properties?.id);
    expect(kept).toHaveLength(story.features.length - 1);
    expect(kept).not.toContain('sevastopol');
  });

  it('finds nothing in the built basemap, and replaces nothing', () => {
    const map = {
      story: storyFeatures,
      countries: JSON.parse(
        readFileSync('data/basemaps/ukraine-russia/countries.geojson', 'utf8'),
      ) as FeatureCollection,
      regions: JSON.parse(
        readFileSync('data/basemaps/ukraine-russia/regions.geojson', 'utf8'),
      ) as FeatureCollection,
      towns: null,
      regionLabels: null,
    };
    expect(checkSelfIntersections(map, files)).toEqual({ problems: [], replaced: {} });
  });
});
