/**
 * Topology-preserving simplification: build a topojson-server topology so that a border two
 * regions share is one arc, simplify each arc once (Douglas–Peucker, arc ends kept), and turn the
 * topology back into features. Neighbours keep identical shared borders, with no gaps or overlaps.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AdminFeature } from './admin1.ts';
import { roundTo } from './geometry.ts';

function sqSegmentDistance(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  let [x = 0, y = 0] = a;
  let dx = (b[0] ?? 0) - x;
  let dy = (b[1] ?? 0) - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0] ?? 0;
      y = b[1] ?? 0;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/**
 * Douglas–Peucker on a line in degrees; keeps both ends.
 * @example douglasPeucker([[0, 0], [1, 0.001], [2, 0]], 0.01) // [[0, 0], [2, 0]]
 */
export function douglasPeucker(line: Position[], tolerance: number): Position[] {
  if (line.length <= 2 || tolerance <= 0) return line.slice();
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const sqTol = tolerance * tolerance;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let maxDist = sqTol;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = sqSegmentDistance(
        line[i] as Position,
        line[first] as Position,
        line[last] as Position,
      );
      if (d > maxDist) {
        maxDist = d;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** Topology of the admin features, one object `admin`, unquantised (exact shared vertices). */
export function adminTopology(features: readonly AdminFeature[]): Topology {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  return topology({ admin: collection });
}

/** Per-arc settings: Douglas–Peucker tolerance (degrees) and decimals kept. */
export interface ArcPlan {
  tolerance: number;
  decimals: number;
  /** Arc ends (nodes shared with other arcs) are rounded to this many decimals, if given. */
  nodeDecimals?: number;
}

function roundArc(arc: Position[], decimals: number, nodeDecimals = decimals): Position[] {
  const out: Position[] = [];
  for (const [i, p] of arc.entries()) {
    const d = i === 0 || i === arc.length - 1 ? nodeDecimals : decimals;
    const r: Position = [roundTo(p[0] ?? 0, d), roundTo(p[1] ?? 0, d)];
    const q = out[out.length - 1];
    if (!q || q[0] !== r[0] || q[1] !== r[1]) out.push(r);
  }
  // Keep both ends even if rounding made them meet: the arc still joins its neighbours.
  if (out.length === 1) out.push(out[0] as Position);
  return out;
}

/** A copy of `topo` with arc i simplified and rounded as `plans[i]` says. */
export function simplifyArcs(topo: Topology, plans: readonly ArcPlan[]): Topology {
  return {
    ...topo,
    arcs: topo.arcs.map((arc, i) => {
      const plan = plans[i] ?? { tolerance: 0, decimals: 9 };
      return roundArc(douglasPeucker(arc, plan.tolerance), plan.decimals, plan.nodeDecimals);
    }),
  };
}

/** Admin features back from a topology (input order, input properties). */
export function topologyFeatures(topo: Topology): AdminFeature[] {
  const fc = feature(topo, topo.objects.admin as GeometryCollection) as FeatureCollection;
  return fc.features.map((f: Feature) => f as AdminFeature);
}

function arcBoxes(arcs: readonly Position[][]): [number, number, number, number][] {
  return arcs.map((arc) => {
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x = 0, y = 0] of arc) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
    return box;
  });
}

/** Options of `refineTopology`. */
export interface RefineOptions {
  /** Arcs with a fixed plan (e.g. the OSM border, identical in every layer): never refined. */
  fixed?: (arc: number) => ArcPlan | null;
  /** Decimals for every arc end, so arcs of different precision still meet exactly. */
  nodeDecimals?: number;
  maxRounds?: number;
}

/**
 * Simplify and round every arc, then look for self-intersections with `findKinks`; arcs near a
 * kink get a smaller tolerance (down to none) and then more decimals, until no kink is left or
 * nothing more can change. Deterministic: same input, same rounds, same output.
 */
export function refineTopology(
  topo: Topology,
  tolerance: number,
  decimals: number,
  findKinks: (simplified: Topology) => Position[],
  options: RefineOptions = {},
): { topology: Topology; kinks: Position[]; rounds: number } {
  const maxRounds = options.maxRounds ?? 12;
  const nodeDecimals = options.nodeDecimals ?? decimals;
  const fixed = topo.arcs.map((_, i) => options.fixed?.(i) ?? null);
  const plans: ArcPlan[] = topo.arcs.map(
    (_, i) => fixed[i] ?? { tolerance, decimals, nodeDecimals },
  );
  const boxes = arcBoxes(topo.arcs);
  let simplified = simplifyArcs(topo, plans);
  let kinks = findKinks(simplified);
  let rounds = 0;
  while (kinks.length > 0 && rounds < maxRounds) {
    rounds++;
    let changed = false;
    plans.forEach((plan, i) => {
      if (fixed[i]) return;
      const box = boxes[i] as [number, number, number, number];
      const pad = plan.tolerance + 10 ** -plan.decimals;
      const near = kinks.some(
        ([x = 0, y = 0]) =>
          x >= box[0] - pad && x <= box[2] + pad && y >= box[1] - pad && y <= box[3] + pad,
      );
      if (!near) return;
      if (plan.tolerance > 0) {
        plan.tolerance = plan.tolerance > tolerance / 16 ? plan.tolerance / 4 : 0;
        changed = true;
      } else if (plan.decimals < 7) {
        plan.decimals++;
        changed = true;
      }
    });
    if (!changed) break;
    simplified = simplifyArcs(topo, plans);
    kinks = findKinks(simplified);
  }
  return { topology: simplified, kinks, rounds };
}
