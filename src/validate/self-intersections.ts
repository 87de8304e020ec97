/**
 * Self-intersection test for polygon rings: a sweep over segments sorted by their west end, so
 * real-world rings (tens of thousands of vertices) are checked in milliseconds.
 * Two segments of one ring may meet only where they are neighbours; segments of different rings
 * may touch at a point (OGC simple features) but not cross or overlap.
 */
type Ring = readonly (readonly number[])[];

interface Segment {
  ring: number;
  index: number;
  ax: number;
  ay: number;
  bx: number;
  by: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Comparisons still allowed across calls (all polygons of one file); counts down. */
export interface SharedWork {
  remaining: number;
}

export interface Intersection {
  ring: number;
  otherRing: number;
  at: [number, number];
}

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number) {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(s: Segment, x: number, y: number): boolean {
  return x >= s.minX && x <= s.maxX && y >= s.minY && y <= s.maxY;
}

type Contact = 'none' | 'cross' | 'touch' | 'overlap';

/** How two segments meet: a proper crossing, a touch at one point, or a collinear overlap. */
function contact(s: Segment, t: Segment): Contact {
  const o1 = orientation(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
  const o2 = orientation(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  const o3 = orientation(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
  const o4 = orientation(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  if (o1 === 0 && o2 === 0) {
    // Collinear: overlap when the shared part is longer than a point.
    const lo = Math.max(s.minX, t.minX);
    const hi = Math.min(s.maxX, t.maxX);
    const loY = Math.max(s.minY, t.minY);
    const hiY = Math.min(s.maxY, t.maxY);
    if (lo > hi || loY > hiY) return 'none';
    return lo < hi || loY < hiY ? 'overlap' : 'touch';
  }
  if (o1 !== o2 && o3 !== o4) {
    return o1 === 0 || o2 === 0 || o3 === 0 || o4 === 0 ? 'touch' : 'cross';
  }
  if (o1 === 0 && onSegment(s, t.ax, t.ay)) return 'touch';
  if (o2 === 0 && onSegment(s, t.bx, t.by)) return 'touch';
  if (o3 === 0 && onSegment(t, s.ax, s.ay)) return 'touch';
  if (o4 === 0 && onSegment(t, s.bx, s.by)) return 'touch';
  return 'none';
}

function where(s: Segment, t: Segment): [number, number] {
  const d = (s.bx - s.ax) * (t.by - t.ay) - (s.by - s.ay) * (t.bx - t.ax);
  if (d === 0) return [Math.max(s.minX, t.minX), Math.max(s.minY, t.minY)];
  const u = ((t.ax - s.ax) * (t.by - t.ay) - (t.ay - s.ay) * (t.bx - t.ax)) / d;
  return [s.ax + u * (s.bx - s.ax), s.ay + u * (s.by - s.ay)];
}

/** Ring positions without repeats (a repeated position is a zero-length segment, not a kink). */
function dedupe(ring: Ring): (readonly number[])[] {
  const out: (readonly number[])[] = [];
  for (const p of ring) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  return out;
}

function segments(rings: readonly Ring[]): { segs: Segment[]; counts: number[] } {
  const segs: Segment[] = [];
  const counts: number[] = [];
  rings.forEach((raw, r) => {
    const ring = dedupe(raw);
    counts.push(Math.max(ring.length - 1, 0));
    for (let i = 0; i + 1 < ring.length; i++) {
      // Indexing, not destructuring: cold code iterates slowly, and this runs per vertex.
      const a = ring[i] as readonly number[];
      const b = ring[i + 1] as readonly number[];
      const ax = a[0] ?? 0;
      const ay = a[1] ?? 0;
      const bx = b[0] ?? 0;
      const by = b[1] ?? 0;
      segs.push({
        ring: r,
        index: i,
        ax,
        ay,
        bx,
        by,
        minX: Math.min(ax, bx),
        maxX: Math.max(ax, bx),
        minY: Math.min(ay, by),
        maxY: Math.max(ay, by),
      });
    }
  });
  return {
    segs: segs.sort((a, b) => a.minX - b.minX || a.ring - b.ring || a.index - b.index),
    counts,
  };
}

/** Neighbouring segments of a closed ring share exactly one endpoint, which is allowed. */
function neighbours(s: Segment, t: Segment, counts: readonly number[]): boolean {
  if (s.ring !== t.ring) return false;
  const last = (counts[s.ring] ?? 0) - 1;
  const d = Math.abs(s.index - t.index);
  return d === 1 || (d === last && last > 0);
}

/**
 * Points where a polygon's rings cross themselves or each other (at most `limit`), or null when
 * the check would exceed `budget` segment comparisons (pathological input) or use up `shared`,
 * the allowance for a whole file (many polygons just under `budget` add up to a long freeze).
 * @example findSelfIntersections([[[0,0],[2,2],[2,0],[0,2],[0,0]]]) // [{ at: [1, 1], … }]
 */
export function findSelfIntersections(
  rings: readonly Ring[],
  limit = 3,
  budget = 50_000_000,
  shared?: SharedWork,
): Intersection[] | null {
  const { segs, counts } = segments(rings);
  const found: Intersection[] = [];
  const active: Segment[] = [];
  let work = 0;
  for (const s of segs) {
    // Drop the segments that end west of this one, in place (no new array per segment).
    let kept = 0;
    for (const a of active) if (a.maxX >= s.minX) active[kept++] = a;
    active.length = kept;
    work += active.length;
    if (work > budget) return null;
    if (shared && (shared.remaining -= active.length) < 0) return null;
    for (const t of active) {
      if (t.maxY < s.minY || t.minY > s.maxY) continue;
      const c = contact(s, t);
      if (c === 'none') continue;
      const adjacent = neighbours(s, t, counts);
      const bad = s.ring === t.ring ? c === 'cross' || c === 'overlap' || !adjacent : c !== 'touch';
      if (!bad) continue;
      found.push({ ring: t.ring, otherRing: s.ring, at: where(s, t) });
      if (found.length >= limit) return found;
    }
    active.push(s);
  }
  return found;
}
