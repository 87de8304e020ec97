/**
 * Facts about a place computed with Turf from the story geometry. Each is labelled as computed,
 * so a reader never mistakes them for the article's words.
 */
import { area, booleanPointInPolygon, distance, length, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Point, Polygon, MultiPolygon } from 'geojson';
import type { Lang } from './hash.ts';
import { placeName, type Story } from './story.ts';
import type { StoryFeature } from './types.ts';

export interface Fact {
  label: string;
  value: string;
  /** The number behind `value` (km or km²), for tests and exports; absent for non-numeric facts. */
  amount?: number;
}

const km = (n: number): string =>
  `${n.toLocaleString('en-US', { maximumFractionDigits: n < 100 ? 1 : 0 })} km`;
const km2 = (n: number): string => `${Math.round(n).toLocaleString('en-US')} km²`;

function lineParts(f: StoryFeature): Feature<LineString>[] {
  const g = f.geometry;
  if (g.type === 'LineString') return [{ type: 'Feature', properties: {}, geometry: g }];
  if (g.type === 'MultiLineString') {
    return g.coordinates.map((coordinates) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates },
    }));
  }
  return [];
}

/** Shortest distance in km from a point to a (multi)line story feature. */
export function distanceToLine(point: Point, line: StoryFeature): number {
  const parts = lineParts(line);
  if (parts.length === 0) throw new Error(`${line.properties.id} is not a line`);
  return Math.min(
    ...parts.map((part) => pointToLineDistance(point, part, { units: 'kilometers' })),
  );
}

const isPoint = (f: StoryFeature | undefined): f is StoryFeature & { geometry: Point } =>
  f?.geometry.type === 'Point';
const isArea = (
  f: StoryFeature | undefined,
): f is StoryFeature & { geometry: Polygon | MultiPolygon } =>
  f?.geometry.type === 'Polygon' || f?.geometry.type === 'MultiPolygon';

/** Computes the facts shown in a place's panel; place names in `lang`. */
export function computeFacts(feature: StoryFeature, story: Story, lang: Lang = 'en'): Fact[] {
  const facts: Fact[] = [];
  const get = (id: string) => story.byId.get(id);
  const g = feature.geometry;
  if (isArea(feature)) {
    const a = area(feature) / 1e6;
    facts.push({ label: 'Area', value: km2(a), amount: a });
  }
  if (g.type === 'LineString' || g.type === 'MultiLineString') {
    const len = length(feature as Feature<LineString | MultiLineString>, { units: 'kilometers' });
    facts.push({ label: 'Length', value: km(len), amount: len });
  }
  if (isPoint(feature)) {
    const stretch = get('kursk-sumy-border');
    const border = get('ukraine-border');
    const target = feature.properties.kind === 'town' ? (stretch ?? border) : border;
    if (target) {
      const d = distanceToLine(feature.geometry, target);
      const label = `Distance to the ${target.properties.name}`;
      facts.push({ label, value: km(d), amount: d });
    }
    for (const id of ['kyiv', 'moscow', 'sudzha']) {
      const other = get(id);
      if (!isPoint(other) || other === feature) continue;
      const d = distance(feature.geometry, other.geometry, { units: 'kilometers' });
      const label = `Distance from ${other.properties.name}`;
      facts.push({ label, value: km(d), amount: d });
    }
    const region = story.places.find(
      (f) =>
        f.properties.kind === 'region' && isArea(f) && booleanPointInPolygon(feature.geometry, f),
    );
    if (region) facts.push({ label: 'Inside', value: placeName(region, lang) });
  }
  return facts;
}
