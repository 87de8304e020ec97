/**
 * Golden fixtures for the build's pure transforms (tests/fixtures/geo/*: in → out), regenerated
 * with `UPDATE=1 npx vitest run --project unit`, and determinism: two runs, identical bytes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdminFeature } from '../../geo-build/lib/admin1.ts';
import { borderBetween, UKRAINE_RUSSIA } from '../../geo-build/lib/borders.ts';
import { stringifyJson } from '../../geo-build/lib/serialize.ts';
import { buildStory } from '../../geo-build/lib/story.ts';
import type { PlacesFile, StorySource } from '../../geo-build/lib/story-spec.ts';
import type { BasemapInfo } from '../../src/types.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/geo');
const T = (en: string) => ({ en, uk: `${en} (uk)`, ru: `${en} (ru)` });
const BASEMAP: BasemapInfo = {
  id: 'test-basemap',
  maxBounds: [
    [0, 0],
    [10, 10],
  ],
  legend: { countries: T('Countries'), towns: T('Towns') },
  osmBorder: 'Test border',
  accuracy: 'Test border: true to zoom 13',
};
const CONTEXT = {
  basemap: BASEMAP,
  credits: { boundaries: 'Test Boundaries', places: 'Test Places' },
};

function read(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** Compare with the golden file, or rewrite it when UPDATE=1; a missing golden file fails. */
function golden(path: string, actual: string): void {
  const file = join(FIXTURES, path);
  if (process.env.UPDATE === '1') writeFileSync(file, actual);
  if (!existsSync(file)) {
    throw new Error(`golden fixture ${path} is missing: write it with UPDATE=1 and review it`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

function borderInput(): AdminFeature[] {
  return (JSON.parse(read('border/in.json')) as { features: AdminFeature[] }).features;
}

function storyInput(): [string, StorySource, PlacesFile] {
  return [
    read('story/article.txt'),
    JSON.parse(read('story/story.json')) as StorySource,
    JSON.parse(read('story/places.json')) as PlacesFile,
  ];
}

/** The two borders of the synthetic squares: Ukraine–Russia and the RU-KRS | UA-59 stretch. */
function buildBorders(features: readonly AdminFeature[]) {
  return {
    ukraineBorder: borderBetween(features, UKRAINE_RUSSIA),
    kurskSumyBorder: borderBetween(features, { between: [['RU-KRS'], ['UA-59']] }),
  };
}

describe('borderBetween (golden)', () => {
  it('matches border/out.json', () => {
    golden('border/out.json', stringifyJson(buildBorders(borderInput())));
  });

  it('gives identical bytes on a second run', () => {
    const a = stringifyJson(buildBorders(borderInput()));
    const b = stringifyJson(buildBorders(borderInput()));
    expect(a).toBe(b);
  });

  it('keeps the Crimea-like UA-43 | RU edge out of the Ukraine–Russia border', () => {
    const { ukraineBorder } = buildBorders(borderInput());
    expect(ukraineBorder).toEqual({
      type: 'LineString',
      coordinates: [
        [0, 1],
        [1, 1],
        [2, 1],
      ],
    });
  });

  it('does not depend on the order of the input features', () => {
    const reversed = borderInput().reverse();
    expect(stringifyJson(buildBorders(reversed))).toBe(stringifyJson(buildBorders(borderInput())));
  });
});

describe('buildStory (golden)', () => {
  it('matches story/out.json', () => {
    golden('story/out.json', stringifyJson(buildStory(...storyInput(), CONTEXT)));
  });

  it('gives identical bytes on a second run', () => {
    const a = stringifyJson(buildStory(...storyInput(), CONTEXT));
    const b = stringifyJson(buildStory(...storyInput(), CONTEXT));
    expect(a).toBe(b);
  });
});
