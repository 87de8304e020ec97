/**
 * Which placed map labels an export cannot keep: those whose box touches the composition's
 * furniture or is cut by the frame. Plain TypeScript, tested in Node.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { intersects } from '../core/callout.ts';
import type { MapView } from '../core/projection.ts';
import type { Rect } from '../core/scene.ts';
import { styleScene, type PlacedLabel, type SceneLabel } from './style-scene.ts';

export type { PlacedLabel } from './style-scene.ts';

/** Whether `r` lies wholly inside a `width` × `height` frame. */
export function insideFrame(r: Rect, width: number, height: number): boolean {
  return r.x >= 0 && r.y >= 0 && r.x + r.width <= width && r.y + r.height <= height;
}

/**
 * The labels of `labels` (laid out with the style's text properties at `view`, CSS pixels) that
 * intersect a rectangle of `avoid` or leave the frame.
 */
export function labelConflicts(
  style: StyleSpecification,
  view: MapView,
  labels: PlacedLabel[],
  avoid: Rect[],
): PlacedLabel[] {
  const laid = styleScene({
    style,
    view,
    pixelRatio: 1,
    selectedId: null,
    labels,
    patterns: {},
    labelsOnly: true,
  }).labels;
  return laid
    .filter(
      (l) =>
        !insideFrame(l.box, view.width, view.height) || avoid.some((r) => intersects(l.box, r)),
    )
    .map((l) => l.placed);
}

/** The boxes of placed labels in output pixels (`pixelRatio` per CSS pixel of `view`). */
export function labelBoxes(
  style: StyleSpecification,
  view: MapView,
  labels: PlacedLabel[],
  pixelRatio: number,
): SceneLabel[] {
  return styleScene({
    style,
    view,
    pixelRatio,
    selectedId: null,
    labels,
    patterns: {},
    labelsOnly: true,
  }).labels;
}
