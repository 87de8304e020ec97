/**
 * {@link VectorScene} to a standalone SVG 1.1 document: shapes as `<path>` and `<circle>`,
 * labels as `<text>`, layers as `<g id>` with a `<title>` naming them. Coordinates use at most
 * two decimals. Colours are written as `#rrggbb` plus `*-opacity`, the SVG 1.1 forms.
 */
import {
  parseColor,
  type Hatch,
  type PathItem,
  type SceneItem,
  type SubPath,
  type VectorScene,
} from './scene.ts';

/** The app's typeface, with a generic fallback for viewers without it. */
export const SVG_FONT_FAMILY = 'Noto Sans, sans-serif';

/** Extras for `sceneToSvg`. */
export interface SvgOptions {
  /** A raster drawn under the scene, e.g. the base map as a `data:image/jpeg;base64,…` URL. */
  basemapHref?: string;
}

/** Formats a number with at most two decimals and no trailing zeros (`-0` becomes `0`). */
export function fmt(n: number): string {
  const s = (Math.round(n * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/**
 * Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids even
 * when escaped (most C0 controls, lone surrogates, U+FFFE and U+FFFF).
 */
export function escapeXml(text: string): string {
  return Array.from(text)
    .filter((ch) => isXmlChar(ch.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** XML 1.0 `Char` production (lone surrogates arrive here as single code units and fail). */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    cp >= 0x10000
  );
}

/** A valid XML id (NCName) from any string. */
function xmlId(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9_.-]/g, '-');
  return /^[A-Za-z_]/.test(clean) ? clean : `_${clean}`;
}

/** SVG path data for subpaths: `M x y L x y … Z`. */
export function pathData(subpaths: SubPath[]): string {
  return subpaths
    .filter((s) => s.points.length > 0)
    .map((s) => {
      const coords = s.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${fmt(x)} ${fmt(y)}`);
      return coords.join('') + (s.closed ? 'Z' : '');
    })
    .join('');
}

/** `fill`/`stroke` attributes with a separate opacity when the colour has alpha. */
function colour(attr: 'fill' | 'stroke', value: string | undefined, opacity = 1): string {
  const c = value === undefined ? null : parseColor(value);
  if (!c) return ` ${attr}="none"`;
  const hex = `#${[c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
  const alpha = c.a * opacity;
  return ` ${attr}="${hex}"` + (alpha < 1 ? ` ${attr}-opacity="${fmt(alpha)}"` : '');
}

function strokeAttrs(item: { stroke?: string; strokeWidth?: number; opacity?: number }): string {
  if (!item.stroke || !parseColor(item.stroke)) return '';
  return (
    colour('stroke', item.stroke, item.opacity) +
    ` stroke-width="${fmt(item.strokeWidth ?? 1)}" stroke-linejoin="round" stroke-linecap="round"`
  );
}

/**
 * Renders a scene as an SVG 1.1 document whose `width`, `height` and `viewBox` are exactly the
 * scene's pixel size.
 */
export function sceneToSvg(scene: VectorScene, options: SvgOptions = {}): string {
  const [w, h] = [fmt(scene.width), fmt(scene.height)];
  const defs: string[] = [];
  const body: string[] = [];
  if (scene.background && parseColor(scene.background)) {
    body.push(`<rect width="${w}" height="${h}"${colour('fill', scene.background)}/>`);
  }
  if (options.basemapHref) {
    const href = escapeXml(options.basemapHref);
    body.push(`<image x="0" y="0" width="${w}" height="${h}" xlink:href="${href}"/>`);
  }
  const addPattern = (hatch: Hatch): string => {
    const id = `hatch-${defs.length + 1}`;
    const [s, mid] = [fmt(hatch.spacing), fmt(hatch.spacing / 2)];
    const line = `<line x1="0" y1="${mid}" x2="${s}" y2="${mid}"${colour('stroke', hatch.color)} stroke-width="${fmt(hatch.width)}"/>`;
    // With an origin, one line's centre passes through it: the line sits at y = spacing / 2 of
    // the tile, so the tile starts half a spacing before the origin, across the lines.
    const a = (hatch.angle * Math.PI) / 180;
    const [ox, oy] = hatch.origin
      ? [
          hatch.origin[0] + (hatch.spacing / 2) * Math.sin(a),
          hatch.origin[1] - (hatch.spacing / 2) * Math.cos(a),
        ]
      : [0, 0];
    const move = hatch.origin ? `translate(${fmt(ox)} ${fmt(oy)}) ` : '';
    const attrs = `patternUnits="userSpaceOnUse" width="${s}" height="${s}" patternTransform="${move}rotate(${fmt(hatch.angle)})"`;
    defs.push(`<pattern id="${id}" ${attrs}>${line}</pattern>`);
    return id;
  };
  for (const item of scene.items) body.push(...renderItem(item, addPattern));
  const defsLines = defs.length > 0 ? ['<defs>', ...defs.map((d) => `  ${d}`), '</defs>'] : [];
  const root =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
    `version="1.1" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${SVG_FONT_FAMILY}">`;
  const title = scene.title ? [`<title>${escapeXml(scene.title)}</title>`] : [];
  const inner = [...title, ...defsLines, ...body].map((line) => `  ${line}`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', root, ...inner, '</svg>', ''].join('\n');
}

/** One scene item as lines of SVG; groups indent their children. */
function renderItem(item: SceneItem, addPattern: (hatch: Hatch) => string): string[] {
  switch (item.type) {
    case 'group': {
      const title = item.label ? [`  <title>${escapeXml(item.label)}</title>`] : [];
      const children = item.items.flatMap((child) => renderItem(child, addPattern));
      return [
        `<g id="${escapeXml(xmlId(item.id))}">`,
        ...title,
        ...children.map((l) => `  ${l}`),
        '</g>',
      ];
    }
    case 'path':
      return renderPath(item, addPattern);
    case 'circle': {
      const geometry = `cx="${fmt(item.cx)}" cy="${fmt(item.cy)}" r="${fmt(item.r)}"`;
      return [
        `<circle ${geometry}${colour('fill', item.fill, item.opacity)}${strokeAttrs(item)}/>`,
      ];
    }
    case 'text': {
      const anchor = item.anchor && item.anchor !== 'start' ? ` text-anchor="${item.anchor}"` : '';
      const weight = item.weight === 'bold' ? ' font-weight="bold"' : '';
      const spacing = item.letterSpacing ? ` letter-spacing="${fmt(item.letterSpacing)}"` : '';
      // SVG counts the spacing after the last character too; shift so it falls between them.
      const share = { start: 0, middle: 0.5, end: 1 }[item.anchor ?? 'start'];
      const x = item.x + (item.letterSpacing ?? 0) * share;
      const attrs = `x="${fmt(x)}" y="${fmt(item.y)}" font-size="${fmt(item.size)}"${weight}${anchor}${spacing}`;
      const text = escapeXml(item.text);
      const lines = [`<text ${attrs}${colour('fill', item.fill)}>${text}</text>`];
      if (item.halo) {
        // SVG 1.1 has no paint-order, so the halo is a stroked copy drawn first.
        const halo = `${colour('stroke', item.halo.color)} stroke-width="${fmt(item.halo.width * 2)}" stroke-linejoin="round"`;
        lines.unshift(`<text ${attrs} fill="none"${halo}>${text}</text>`);
      }
      return lines;
    }
  }
}

/** A path; a hatched one becomes fill, hatch and outline drawn in that order. */
function renderPath(item: PathItem, addPattern: (hatch: Hatch) => string): string[] {
  const d = `d="${pathData(item.subpaths)}" fill-rule="evenodd"`;
  const dash = item.dash?.length ? ` stroke-dasharray="${item.dash.map(fmt).join(' ')}"` : '';
  const fill = colour('fill', item.fill, item.opacity);
  if (!item.hatch) return [`<path ${d}${fill}${strokeAttrs(item)}${dash}/>`];
  const lines: string[] = [];
  if (item.fill && parseColor(item.fill)) lines.push(`<path ${d}${fill}/>`);
  const opacity =
    item.opacity !== undefined && item.opacity < 1 ? ` opacity="${fmt(item.opacity)}"` : '';
  lines.push(`<path ${d} fill="url(#${addPattern(item.hatch)})"${opacity}/>`);
  const outline = strokeAttrs(item);
  if (outline) lines.push(`<path ${d} fill="none"${outline}${dash}/>`);
  return lines;
}
