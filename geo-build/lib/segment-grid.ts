/**
 * Distance from a point to the nearest of many line segments, through a uniform grid of cells
 * (degrees). Distances are in metres on a local equirectangular projection, which is exact to well
 * under a metre at the few hundred metres this is asked about.
 */
import type { Position } from 'geojson';

const M_PER_DEG = 111_320;

type Segment = [ax: number, ay: number, bx: number, by: number];

export class SegmentGrid {
  private readonly cells = new Map<string, Segment[]>();

  constructor(
    lines: readonly Position[][],
    private readonly cell = 0.01,
  ) {
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) {
        const [ax = 0, ay = 0] = line[i - 1] as Position;
        const [bx = 0, by = 0] = line[i] as Position;
        const seg: Segment = [ax, ay, bx, by];
        for (let x = this.key(Math.min(ax, bx)); x <= this.key(Math.max(ax, bx)); x++) {
          for (let y = this.key(Math.min(ay, by)); y <= this.key(Math.max(ay, by)); y++) {
            const k = `${x},${y}`;
            const list = this.cells.get(k);
            if (list) list.push(seg);
            else this.cells.set(k, [seg]);
          }
        }
      }
    }
  }

  private key(v: number): number {
    return Math.floor(v / this.cell);
  }

  /**
   * Metres from `p` to the nearest segment, or Infinity when none is within about one cell.
   * @example new SegmentGrid([[[0, 0], [1, 0]]]).distance([0.5, 0.0001]) // ≈ 11.1
   */
  distance([px = 0, py = 0]: Position): number {
    const kx = Math.cos((py * Math.PI) / 180) * M_PER_DEG;
    let best = Infinity;
    const cx = this.key(px);
    const cy = this.key(py);
    for (let x = cx - 1; x <= cx + 1; x++) {
      for (let y = cy - 1; y <= cy + 1; y++) {
        for (const [ax, ay, bx, by] of this.cells.get(`${x},${y}`) ?? []) {
          best = Math.min(best, segmentDistance(px, py, ax, ay, bx, by, kx));
        }
      }
    }
    return best;
  }
}

function segmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  kx: number,
): number {
  const x = (px - ax) * kx;
  const y = (py - ay) * M_PER_DEG;
  const dx = (bx - ax) * kx;
  const dy = (by - ay) * M_PER_DEG;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (x * dx + y * dy) / len2));
  return Math.hypot(x - t * dx, y - t * dy);
}
