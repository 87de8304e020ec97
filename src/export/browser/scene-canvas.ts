/**
 * Draws an export `VectorScene` on a 2D canvas, for the composition (title, legend, scale bar,
 * north arrow, inset, callout, credits) of PNG and JPEG exports. SVG and PDF get the same scene
 * as vectors, so every format shows the same composition.
 */
import type { Hatch, PathItem, SceneItem, SubPath, TextItem } from '../core/scene.ts';

type Ctx = CanvasRenderingContext2D;

function tracePath(ctx: Ctx, subpaths: SubPath[]) {
  ctx.beginPath();
  for (const { points, closed } of subpaths) {
    points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    if (closed) ctx.closePath();
  }
}

function drawHatch(ctx: Ctx, item: PathItem, hatch: Hatch) {
  const xs = item.subpaths.flatMap((s) => s.points.map((p) => p[0]));
  const ys = item.subpaths.flatMap((s) => s.points.map((p) => p[1]));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const reach = Math.hypot(x1 - x0, y1 - y0);
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  ctx.save();
  tracePath(ctx, item.subpaths);
  ctx.clip('evenodd');
  ctx.translate(cx, cy);
  ctx.rotate((hatch.angle * Math.PI) / 180);
  ctx.strokeStyle = hatch.color;
  ctx.lineWidth = hatch.width;
  ctx.beginPath();
  // Lines along the rotated x axis: `angle` is their direction, clockwise from the x axis.
  for (let d = -reach / 2; d <= reach / 2; d += hatch.spacing) {
    ctx.moveTo(-reach / 2, d);
    ctx.lineTo(reach / 2, d);
  }
  ctx.stroke();
  ctx.restore();
}

function drawPath(ctx: Ctx, item: PathItem) {
  if (item.fill) {
    tracePath(ctx, item.subpaths);
    ctx.fillStyle = item.fill;
    ctx.fill('evenodd');
  }
  if (item.hatch) drawHatch(ctx, item, item.hatch);
  if (item.stroke) {
    tracePath(ctx, item.subpaths);
    ctx.strokeStyle = item.stroke;
    ctx.lineWidth = item.strokeWidth ?? 1;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    ctx.setLineDash(item.dash ?? []);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

const ALIGN = { start: 'left', middle: 'center', end: 'right' } as const;

function drawText(ctx: Ctx, item: TextItem) {
  ctx.font = `${item.weight === 'bold' ? 700 : 400} ${item.size}px "Noto Sans"`;
  ctx.textAlign = ALIGN[item.anchor ?? 'start'];
  ctx.textBaseline = 'alphabetic';
  ctx.letterSpacing = `${item.letterSpacing ?? 0}px`;
  if (item.halo) {
    ctx.strokeStyle = item.halo.color;
    ctx.lineWidth = item.halo.width * 2;
    ctx.lineJoin = 'round';
    ctx.strokeText(item.text, item.x, item.y);
  }
  ctx.fillStyle = item.fill;
  ctx.fillText(item.text, item.x, item.y);
}

/** Draws scene items in order; groups recurse. */
export function drawScene(ctx: Ctx, items: SceneItem[]): void {
  for (const item of items) {
    ctx.save();
    if ('opacity' in item && item.opacity !== undefined) ctx.globalAlpha *= item.opacity;
    switch (item.type) {
      case 'group':
        drawScene(ctx, item.items);
        break;
      case 'path':
        drawPath(ctx, item);
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(item.cx, item.cy, item.r, 0, Math.PI * 2);
        if (item.fill) {
          ctx.fillStyle = item.fill;
          ctx.fill();
        }
        if (item.stroke) {
          ctx.strokeStyle = item.stroke;
          ctx.lineWidth = item.strokeWidth ?? 1;
          ctx.stroke();
        }
        break;
      case 'text':
        drawText(ctx, item);
        break;
    }
    ctx.restore();
  }
}
