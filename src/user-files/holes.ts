/**
 * Holes that are not OGC-valid: a hole must lie inside its polygon's exterior ring and outside
 * every other hole (OGC Simple Features 6.1.11.1). Crossing rings are already refused by the
 * validator (geometry-checks.ts), so one vertex of a hole that is not on the other ring tells
 * on which side the whole hole lies. MapLibre would draw such a polygon silently wrong.
 */
import type { Geometry, Position } from 'geojson';

/** Ray casting: 1 inside, -1 outside, 0 on the ring's boundary. */
function side(point: Position, ring: readonly Position[]): 1 | -1 | 0 {
  const [x = 0, y = 0] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (cross === 0 && x >= Math.min(xi, xj) && x <= Math.max(xi, xj)) {
      if (y >= Math.min(yi, yj) && y <= Math.max(yi, yj)) return 0;
    }
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 1 : -1;
}

/** Where `hole` lies relative to `ring`, judged by its first vertex not on `ring`. */
function holeSide(hole: readonly Position[], ring: readonly Position[]): 1 | -1 | 0 {
  for (const p of hole) {
    const s = side(p, ring);
    if (s !== 0) return s;
  }
  return 0;
}

type Box = [number, number, number, number];

function boxOf(ring: readonly Position[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of ring) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

const boxHolds = (outer: Box | undefined, inner: Box | undefined) =>
  !!outer &&
  !!inner &&
  outer[0] <= inner[0] &&
  outer[1] <= inner[1] &&
  outer[2] >= inner[2] &&
  outer[3] >= inner[3];

/** Hole-in-hole tests allowed per file, so a crafted file with many holes stays fast. */
const PAIR_BUDGET = 2_000_000;

/** Problems with one polygon's holes, each naming the ring by its path. */
function polygonHoles(
  rings: readonly Position[][],
  path: string,
  budget: { remaining: number },
): string[] {
  const problems: string[] = [];
  const [shell, ...holes] = rings;
  if (!shell) return problems;
  const boxes = holes.map(boxOf);
  holes.forEach((hole, i) => {
    const r = i + 1;
    if (holeSide(hole, shell) === -1) {
      problems.push(`${path}[${r}]: hole lies outside its exterior ring ${path}[0]; not drawn`);
      return;
    }
    holes.forEach((other, j) => {
      // Only a hole whose box holds this one's can hold it: most pairs stop at the boxes.
      if (j === i || !boxHolds(boxes[j], boxes[i]) || budget.remaining-- <= 0) return;
      if (holeSide(hole, other) === 1 && holeSide(other, hole) !== 1) {
        problems.push(`${path}[${r}]: hole lies inside another hole, ${path}[${j + 1}]; not drawn`);
      }
    });
  });
  return problems;
}

/**
 * OGC problems with the holes of a validated geometry, as `geometry.coordinates[…]` paths.
 * @example holeProblems(polygonWithHoleOutside) // ['geometry.coordinates[1]: hole lies outside …']
 */
export function holeProblems(
  geometry: Geometry,
  path = 'geometry',
  budget = { remaining: PAIR_BUDGET },
): string[] {
  const at = `${path}.coordinates`;
  if (geometry.type === 'Polygon') return polygonHoles(geometry.coordinates, at, budget);
  if (geometry.type === 'MultiPolygon') {
    return geometry.coordinates.flatMap((p, i) => polygonHoles(p, `${at}[${i}]`, budget));
  }
  if (geometry.type === 'GeometryCollection') {
    return geometry.geometries.flatMap((g, i) =>
      holeProblems(g, `${path}.geometries[${i}]`, budget),
    );
  }
  return [];
}
