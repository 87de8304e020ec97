/**
 * Put the OSM Ukraine–Russia border into the Natural Earth admin-1 topology: the arcs between a
 * UA-* and a RU-* region are replaced by the stretch of the OSM line between the same junctions,
 * and the inner (Natural Earth) boundaries that met the old border at a junction are moved to meet
 * the new one there. Every region along the border then agrees with the OSM line exactly, and the
 * inner edges stay Natural Earth.
 */
import type { LineString, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { arcSides } from './arc-sides.ts';
import { isUkraineRussiaPair } from './borders.ts';
import { roundTo } from './geometry.ts';

export class SpliceError extends Error {
  override name = 'SpliceError';
}

/** Where a point falls on a line: segment index + fraction (monotonic along the line). */
interface OnLine {
  param: number;
  point: Position;
  metres: number;
}

const key = (p: Position) => `${p[0]},${p[1]}`;

function project(line: readonly Position[], p: Position, decimals: number): OnLine {
  const [px = 0, py = 0] = p;
  const kx = Math.cos((py * Math.PI) / 180);
  let best: OnLine = { param: 0, point: line[0] as Position, metres: Infinity };
  for (let i = 1; i < line.length; i++) {
    const [ax = 0, ay = 0] = line[i - 1] as Position;
    const [bx = 0, by = 0] = line[i] as Position;
    const dx = (bx - ax) * kx;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t =
      len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * kx * dx + (py - ay) * dy) / len2));
    const qx = ax + t * (bx - ax);
    const qy = ay + t * (by - ay);
    const m = Math.hypot((px - qx) * kx, py - qy) * 111_320;
    if (m < best.metres) best = { param: i - 1 + t, point: [qx, qy], metres: m };
  }
  const point: Position = [
    roundTo(best.point[0] ?? 0, decimals),
    roundTo(best.point[1] ?? 0, decimals),
  ];
  return { ...best, point };
}

/** The line's vertices strictly between two params, then the end point, from `from` to `to`. */
function between(line: readonly Position[], from: OnLine, to: OnLine): Position[] {
  const [lo, hi] = from.param <= to.param ? [from, to] : [to, from];
  const inner: Position[] = [];
  for (let i = Math.floor(lo.param) + 1; i <= Math.ceil(hi.param) - 1; i++) {
    if (i > lo.param && i < hi.param) inner.push((line[i] as Position).slice(0, 2));
  }
  const out = [lo.point, ...inner, hi.point];
  return from.param <= to.param ? out : out.reverse();
}

function cross(o: Position, a: Position, b: Position): number {
  return (
    ((a[0] ?? 0) - (o[0] ?? 0)) * ((b[1] ?? 0) - (o[1] ?? 0)) -
    ((a[1] ?? 0) - (o[1] ?? 0)) * ((b[0] ?? 0) - (o[0] ?? 0))
  );
}

/**
 * Where segment ab properly crosses segment cd, as a fraction of ab (touching at an end, or
 * running parallel, is no crossing); null when they do not cross.
 */
function crossingAt(a: Position, b: Position, c: Position, d: Position): number | null {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  if (d1 * d2 >= 0 || cross(a, b, c) * cross(a, b, d) >= 0) return null;
  return d1 / (d1 - d2);
}

/** Metres between two positions (local equirectangular). */
function metres(a: Position, b: Position): number {
  const kx = Math.cos(((a[1] ?? 0) * Math.PI) / 180);
  return Math.hypot(((a[0] ?? 0) - (b[0] ?? 0)) * kx, (a[1] ?? 0) - (b[1] ?? 0)) * 111_320;
}

/** Inner arcs may lose at most this much of their length at a junction before the build stops. */
const MAX_TRIM_M = 8000;

/**
 * `arc` with its end at `node` moved to `to`, dropping end vertices while the moved arc would
 * cross the border `line` near the node (those vertices are now on the other country's side).
 */
function moveEnd(arc: Position[], atStart: boolean, to: OnLine, line: readonly Position[]) {
  const ordered = atStart ? arc.slice().reverse() : arc.slice();
  const lo = Math.max(0, Math.floor(to.param) - 400);
  const hi = Math.min(line.length - 1, Math.ceil(to.param) + 400);
  // The last segment ends on the line: a crossing within 30 m of that end is the end itself.
  const crosses = (a: Position, b: Position, last: boolean) => {
    const slack = last ? 30 / Math.max(metres(a, b), 1e-9) : 0;
    for (let i = lo + 1; i <= hi; i++) {
      const t = crossingAt(a, b, line[i - 1] as Position, line[i] as Position);
      if (t !== null && t < 1 - slack) return true;
    }
    return false;
  };
  let k = ordered.length - 2;
  while (k >= 1) {
    const candidate = [...ordered.slice(0, k + 1), to.point];
    let ok = true;
    // Only the part near the junction can have changed sides; check the last vertices.
    for (let j = Math.max(0, k - 60); j < candidate.length - 1 && ok; j++) {
      const last = j === candidate.length - 2;
      ok = !crosses(candidate[j] as Position, candidate[j + 1] as Position, last);
    }
    if (ok) break;
    k--;
  }
  let trimmed = 0;
  for (let j = Math.max(k, 0) + 1; j < ordered.length - 1; j++) {
    trimmed += metres(ordered[j] as Position, ordered[j + 1] as Position);
  }
  if (trimmed > MAX_TRIM_M) {
    throw new SpliceError(
      `an inner boundary would lose ${(trimmed / 1000).toFixed(1)} km at the border junction ` +
        `${to.point.join(',')}`,
    );
  }
  const moved = [...ordered.slice(0, Math.max(k, 0) + 1), to.point];
  return atStart ? moved.reverse() : moved;
}

/** The border arcs as one chain of nodes, from one end to the other. */
function chainNodes(topo: Topology, borderArcs: readonly number[]): Position[] {
  const next = new Map<string, { node: Position; arc: number }[]>();
  const pos = new Map<string, Position>();
  const add = (a: Position, b: Position, arc: number) => {
    pos.set(key(a), a);
    const list = next.get(key(a)) ?? [];
    list.push({ node: b, arc });
    next.set(key(a), list);
  };
  for (const i of borderArcs) {
    const arc = topo.arcs[i] as Position[];
    add(arc[0] as Position, arc[arc.length - 1] as Position, i);
    add(arc[arc.length - 1] as Position, arc[0] as Position, i);
  }
  const ends = [...next].filter(([, list]) => list.length === 1).map(([k]) => k);
  if (ends.length !== 2) {
    throw new SpliceError(`the Ukraine–Russia border arcs form ${ends.length / 2} pieces, not one`);
  }
  const start = pos.get(ends.sort()[0] as string) as Position;
  const nodes: Position[] = [start];
  const used = new Set<number>();
  for (;;) {
    const step = (next.get(key(nodes[nodes.length - 1] as Position)) ?? []).find(
      (s) => !used.has(s.arc),
    );
    if (!step) break;
    used.add(step.arc);
    nodes.push(step.node);
  }
  return nodes;
}

export interface SpliceResult {
  topology: Topology;
  /** Per junction: how far the Natural Earth node moved onto the OSM line, in metres. */
  moves: { at: Position; metres: number }[];
}

/**
 * @param topo unquantised admin-1 topology (object `admin`).
 * @param osm the OSM border, one line from the Belarus tripoint to the Sea of Azov.
 * @example spliceBorder(adminTopology(admin), osmLine).topology
 */
export function spliceBorder(topo: Topology, osm: LineString, decimals: number): SpliceResult {
  const line = osm.coordinates;
  const sides = arcSides(topo);
  const borderArcs = sides.flatMap((s, i) =>
    s.length === 2 && isUkraineRussiaPair(s[0] as string, s[1] as string) ? [i] : [],
  );
  if (borderArcs.length === 0) throw new SpliceError('no Ukraine–Russia arcs in the topology');
  const nodes = chainNodes(topo, borderArcs);
  const onLine = new Map<string, OnLine>();
  for (const n of nodes) onLine.set(key(n), project(line, n, decimals));
  // The chain's ends are the ends of the OSM line (Belarus tripoint, Sea of Azov).
  const head = onLine.get(key(nodes[0] as Position)) as OnLine;
  const reversed = head.param > (line.length - 1) / 2;
  const endAt = (node: Position, param: number): OnLine => {
    const p = line[param] as Position;
    const point: Position = [roundTo(p[0] ?? 0, decimals), roundTo(p[1] ?? 0, decimals)];
    const kx = Math.cos(((node[1] ?? 0) * Math.PI) / 180);
    const dx = ((node[0] ?? 0) - (point[0] ?? 0)) * kx;
    const metres = Math.hypot(dx, (node[1] ?? 0) - (point[1] ?? 0)) * 111_320;
    return { param, point, metres };
  };
  const firstNode = nodes[0] as Position;
  const lastNode = nodes[nodes.length - 1] as Position;
  onLine.set(key(firstNode), endAt(firstNode, reversed ? line.length - 1 : 0));
  onLine.set(key(lastNode), endAt(lastNode, reversed ? 0 : line.length - 1));
  const params = nodes.map((n) => (onLine.get(key(n)) as OnLine).param);
  for (let i = 1; i < params.length; i++) {
    const ok = reversed
      ? (params[i] as number) < (params[i - 1] as number)
      : (params[i] as number) > (params[i - 1] as number);
    if (!ok) {
      throw new SpliceError(
        `border junction ${key(nodes[i] as Position)} falls out of order on the OSM line`,
      );
    }
  }
  const isBorder = new Set(borderArcs);
  const arcs = topo.arcs.map((arc, i) => {
    const a = arc[0] as Position;
    const b = arc[arc.length - 1] as Position;
    const pa = onLine.get(key(a));
    const pb = onLine.get(key(b));
    if (isBorder.has(i)) return between(line, pa as OnLine, pb as OnLine);
    let out = arc.map((p) => p.slice());
    if (pa) out = moveEnd(out, true, pa, line);
    if (pb) out = moveEnd(out, false, pb, line);
    return out;
  });
  const moves = nodes.map((n) => ({ at: n, metres: (onLine.get(key(n)) as OnLine).metres }));
  return { topology: { ...topo, arcs }, moves };
}
