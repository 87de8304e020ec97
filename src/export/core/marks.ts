/**
 * Small map marks in output pixels: legend swatches and the north arrow. Sizes are multiples
 * of the layout unit `u`.
 */
import type { LegendRow } from './layout.ts';
import { rectPath, type Point, type Rect, type SceneItem } from './scene.ts';

/** The swatch of a legend row, drawn the way its layer is drawn on the map. */
export function legendSwatch({ entry, swatch: r }: LegendRow, u: number): SceneItem {
  const midY = r.y + r.height / 2;
  switch (entry.swatch) {
    case 'line':
      return {
        type: 'path',
        subpaths: [
          {
            points: [
              [r.x, midY],
              [r.x + r.width, midY],
            ],
            closed: false,
          },
        ],
        stroke: entry.color,
        strokeWidth: 0.3 * u,
      };
    case 'point':
      return {
        type: 'circle',
        cx: r.x + r.width / 2,
        cy: midY,
        r: 0.5 * u,
        fill: entry.color,
        stroke: '#ffffff',
        strokeWidth: 0.1 * u,
      };
    case 'hatch':
      return {
        ...rectPath(r.x, r.y, r.width, r.height, { stroke: entry.color, strokeWidth: 0.1 * u }),
        hatch: { color: entry.color, width: 0.12 * u, spacing: 0.45 * u, angle: 45 },
      };
    case 'fill':
      return rectPath(r.x, r.y, r.width, r.height, {
        fill: entry.color,
        stroke: entry.color,
        strokeWidth: 0.1 * u,
      });
  }
}

/** An arrow with an "N", turned by `-bearing` around the arrow's centre. */
export function northArrow(r: Rect, u: number, ink: string, bearing: number): SceneItem[] {
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height - 1.5 * u;
  const a = (-bearing * Math.PI) / 180;
  const turn = ([dx, dy]: Point): Point => [
    cx + dx * Math.cos(a) - dy * Math.sin(a),
    cy + dx * Math.sin(a) + dy * Math.cos(a),
  ];
  const arrow: Point[] = [
    [0, -1.5 * u],
    [1.2 * u, 1.5 * u],
    [0, 0.7 * u],
    [-1.2 * u, 1.5 * u],
  ].map((p) => turn(p as Point));
  const [nx, ny] = turn([0, -2.3 * u]);
  return [
    {
      type: 'path',
      subpaths: [{ points: arrow, closed: true }],
      fill: ink,
      stroke: '#ffffff',
      strokeWidth: 0.1 * u,
    },
    {
      type: 'text',
      x: nx,
      y: ny,
      text: 'N',
      size: 1.6 * u,
      weight: 'bold',
      fill: ink,
      anchor: 'middle',
      halo: { color: '#ffffff', width: 0.15 * u },
    },
  ];
}
