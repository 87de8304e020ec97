/**
 * Borders as the arcs two admin-1 polygons share (topojson-client `mesh` over a topojson-server
 * topology), so they coincide exactly with the polygons' outlines.
 */
import type { LineString, MultiLineString, Position } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject } from 'topojson-specification';
import type { AdminFeature } from './admin1.ts';
import { adminTopology } from './simplify.ts';
import type { BorderRef } from './story-spec.ts';

/**
 * Natural Earth gives Crimea (UA-43) and Sevastopol (UA-40) `adm0_a3` RUS. Ukraine is therefore
 * classified by ISO prefix, and these two codes never count as a side of the Ukraine–Russia land
 * border: their only land boundary is with Kherson Oblast, inside Ukraine.
 */
export const CRIMEA_CODES: readonly string[] = ['UA-43', 'UA-40'];

function iso(g: GeometryObject): string {
  const p = (g as { properties?: { iso_3166_2?: unknown } }).properties;
  return typeof p?.iso_3166_2 === 'string' ? p.iso_3166_2 : '';
}

export function isUkraineRussiaPair(a: string, b: string): boolean {
  if (CRIMEA_CODES.includes(a) || CRIMEA_CODES.includes(b)) return false;
  return (
    (a.startsWith('UA-') && b.startsWith('RU-')) || (a.startsWith('RU-') && b.startsWith('UA-'))
  );
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/**
 * Join line pieces that meet end to end into as few lines as possible (mesh stops a line at every
 * junction of three regions). Deterministic: always extends the first unfinished piece.
 */
export function chainLines(pieces: readonly Position[][]): Position[][] {
  const rest = pieces.filter((p) => p.length >= 2).map((p) => p.slice());
  const out: Position[][] = [];
  while (rest.length > 0) {
    let line = rest.shift() as Position[];
    let grew = true;
    while (grew) {
      grew = false;
      for (let i = 0; i < rest.length; i++) {
        const p = rest[i] as Position[];
        const head = line[0];
        const tail = line[line.length - 1];
        if (samePosition(tail, p[0])) line = line.concat(p.slice(1));
        else if (samePosition(tail, p[p.length - 1])) line = line.concat(p.slice(0, -1).reverse());
        else if (samePosition(head, p[p.length - 1])) line = p.slice(0, -1).concat(line);
        else if (samePosition(head, p[0])) line = p.slice(1).reverse().concat(line);
        else continue;
        rest.splice(i, 1);
        grew = true;
        break;
      }
    }
    out.push(line);
  }
  return out;
}

/** Lines start at their westernmost end, so the output does not depend on arc direction. */
function orient(line: Position[]): Position[] {
  const a = line[0] as Position;
  const b = line[line.length - 1] as Position;
  const flip =
    (a[0] ?? 0) > (b[0] ?? 0) || ((a[0] ?? 0) === (b[0] ?? 0) && (a[1] ?? 0) > (b[1] ?? 0));
  return flip ? line.slice().reverse() : line;
}

function toGeometry(lines: Position[][]): LineString | MultiLineString | null {
  const oriented = chainLines(lines).map(orient);
  if (oriented.length === 0) return null;
  return oriented.length === 1
    ? { type: 'LineString', coordinates: oriented[0] as Position[] }
    : { type: 'MultiLineString', coordinates: oriented };
}

/** Whether an ISO 3166-2 code is in a side of a border: a code, or `UA-*` for a whole country. */
function onSide(code: string, side: readonly string[]): boolean {
  return side.some((s) => (s.endsWith('-*') ? code.startsWith(s.slice(0, -1)) : code === s));
}

/**
 * A test for the pairs of regions a border runs between.
 * @example borderTest({ between: [['RU-KRS'], ['UA-59']] })('UA-59', 'RU-KRS') // true
 */
export function borderTest(ref: BorderRef): (a: string, b: string) => boolean {
  const [left, right] = ref.between;
  const except = ref.except ?? [];
  return (a, b) =>
    !except.includes(a) &&
    !except.includes(b) &&
    ((onSide(a, left) && onSide(b, right)) || (onSide(a, right) && onSide(b, left)));
}

/** Ukraine's internationally recognised land border with Russia (Crimea is not a side). */
export const UKRAINE_RUSSIA: BorderRef = {
  between: [['UA-*'], ['RU-*']],
  except: [...CRIMEA_CODES],
};

/**
 * The boundary two sets of admin-1 polygons share, chained into as few lines as possible.
 * @example borderBetween(features, { between: [['RU-KRS'], ['UA-59']] }) // LineString
 */
export function borderBetween(
  features: readonly AdminFeature[],
  ref: BorderRef,
): LineString | MultiLineString | null {
  const topo = adminTopology(features);
  const object = topo.objects.admin as GeometryCollection;
  const test = borderTest(ref);
  return toGeometry(mesh(topo, object, (a, b) => a !== b && test(iso(a), iso(b))).coordinates);
}
