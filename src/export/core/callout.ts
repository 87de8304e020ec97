/**
 * Placement of the selected place's callout: a labelled box joined to the place by a leader
 * line. It tries the four diagonal positions around the place, up-right first, and takes the
 * first that stays inside the map area without covering another composition block. The leader
 * starts at the edge of the place's marker, so it never crosses it, and the box keeps clear of
 * the marker.
 */
import type { Point, Rect } from './scene.ts';
import { estimateTextWidth, type TextBlock } from './text-measure.ts';

/** A placed callout, in output pixels. */
export interface Callout {
  /** The place, in output pixels. */
  anchor: Point;
  box: Rect;
  text: TextBlock;
  /** From the edge of the marker around the anchor to the nearest point of the box. */
  leader: [Point, Point];
}

/** Whether two rectangles overlap (touching edges do not count). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(r: Rect, area: Rect, margin: number): boolean {
  return (
    r.x >= area.x + margin &&
    r.y >= area.y + margin &&
    r.x + r.width <= area.x + area.width - margin &&
    r.y + r.height <= area.y + area.height - margin
  );
}

/**
 * Places a callout for `place` (output pixels) in `area`, avoiding `taken` rectangles.
 * Returns `null` when the place itself is outside the area (nothing to point at). When no
 * position is free, the up-right one is clamped into the area.
 */
export function placeCallout(
  place: { x: number; y: number; label: string; markerRadius?: number },
  unit: number,
  area: Rect,
  taken: Rect[],
): Callout | null {
  const { x, y } = place;
  if (x < area.x || y < area.y || x > area.x + area.width || y > area.y + area.height) return null;
  const fontSize = 1.8 * unit;
  const pad = 0.6 * unit;
  const lineHeight = 1.3 * fontSize;
  const width = estimateTextWidth(place.label, fontSize, 'bold') + 2 * pad;
  const height = lineHeight + 2 * pad;
  const marker = place.markerRadius ?? 0;
  const gap = Math.max(2 * unit, marker + unit);
  const margin = unit;
  const candidates: Rect[] = [
    { x: x + gap, y: y - gap - height, width, height },
    { x: x - gap - width, y: y - gap - height, width, height },
    { x: x + gap, y: y + gap, width, height },
    { x: x - gap - width, y: y + gap, width, height },
  ];
  const first = candidates[0] as Rect;
  const free = candidates.find(
    (c) => inside(c, area, margin) && !taken.some((t) => intersects(c, t)),
  );
  const box = free ?? clampInto(first, area, margin);
  const text: TextBlock = {
    x: box.x + pad,
    y: box.y + pad,
    width: width - 2 * pad,
    height: lineHeight,
    lines: [place.label],
    baselines: [box.y + pad + lineHeight / 2 + 0.35 * fontSize],
    fontSize,
    weight: 'bold',
  };
  const nearest: Point = [
    Math.max(box.x, Math.min(x, box.x + box.width)),
    Math.max(box.y, Math.min(y, box.y + box.height)),
  ];
  const [dx, dy] = [nearest[0] - x, nearest[1] - y];
  const length = Math.hypot(dx, dy);
  const start: Point =
    length > marker && length > 0
      ? [x + (dx / length) * marker, y + (dy / length) * marker]
      : [x, y];
  return { anchor: [x, y], box, text, leader: [start, nearest] };
}

function clampInto(r: Rect, area: Rect, margin: number): Rect {
  const maxX = area.x + area.width - margin - r.width;
  const maxY = area.y + area.height - margin - r.height;
  return {
    ...r,
    x: Math.max(area.x + margin, Math.min(r.x, maxX)),
    y: Math.max(area.y + margin, Math.min(r.y, maxY)),
  };
}
