/**
 * Moving and scaling scene items, e.g. to place a locator map built at its own size into the
 * inset box. Widths, dashes, hatch spacing and font sizes scale with the geometry.
 */
import type { GroupItem, Point, Rect, SceneItem, VectorScene } from './scene.ts';

/** `item` scaled by `s` about the origin, then moved by `dx`, `dy`. */
export function transformItem(item: SceneItem, s: number, dx: number, dy: number): SceneItem {
  const p = ([x, y]: Point): Point => [dx + x * s, dy + y * s];
  switch (item.type) {
    case 'group':
      return { ...item, items: item.items.map((child) => transformItem(child, s, dx, dy)) };
    case 'path': {
      const moved = {
        ...item,
        subpaths: item.subpaths.map((sp) => ({ ...sp, points: sp.points.map(p) })),
      };
      if (item.strokeWidth !== undefined) moved.strokeWidth = item.strokeWidth * s;
      if (item.dash) moved.dash = item.dash.map((d) => d * s);
      if (item.hatch)
        moved.hatch = {
          ...item.hatch,
          width: item.hatch.width * s,
          spacing: item.hatch.spacing * s,
        };
      return moved;
    }
    case 'circle': {
      const moved = { ...item, cx: dx + item.cx * s, cy: dy + item.cy * s, r: item.r * s };
      if (item.strokeWidth !== undefined) moved.strokeWidth = item.strokeWidth * s;
      return moved;
    }
    case 'text': {
      const moved = { ...item, x: dx + item.x * s, y: dy + item.y * s, size: item.size * s };
      if (item.halo) moved.halo = { ...item.halo, width: item.halo.width * s };
      return moved;
    }
  }
}

/**
 * A scene's items scaled uniformly to fit `r` and centred in it, as one group `inset-map`
 * (the scene's background becomes a rectangle under them).
 */
export function fitInto(scene: VectorScene, r: Rect): GroupItem {
  const s = Math.min(r.width / scene.width, r.height / scene.height);
  const dx = r.x + (r.width - scene.width * s) / 2;
  const dy = r.y + (r.height - scene.height * s) / 2;
  const items = scene.items.map((item) => transformItem(item, s, dx, dy));
  if (scene.background) {
    const corners: Point[] = [
      [dx, dy],
      [dx + scene.width * s, dy],
      [dx + scene.width * s, dy + scene.height * s],
      [dx, dy + scene.height * s],
    ];
    items.unshift({
      type: 'path',
      subpaths: [{ points: corners, closed: true }],
      fill: scene.background,
    });
  }
  return { type: 'group', id: 'inset-map', items };
}
