/**
 * Which polygons use each arc of a topology: an arc two regions share has two sides, a coast one.
 */
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

function iso(g: GeometryObject): string {
  const p = (g as { properties?: { iso_3166_2?: unknown } }).properties;
  return typeof p?.iso_3166_2 === 'string' ? p.iso_3166_2 : '';
}

function arcIndexes(g: GeometryObject): number[] {
  const rings =
    g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : ([] as number[][]);
  return rings.flat().map((a) => (a < 0 ? ~a : a));
}

/**
 * ISO codes of the polygons of object `admin` that use each arc, in geometry order.
 * @example arcSides(topo)[12] // ['RU-KRS', 'UA-59']
 */
export function arcSides(topo: Topology): string[][] {
  const sides: string[][] = topo.arcs.map(() => []);
  const object = topo.objects.admin as GeometryCollection;
  for (const g of object.geometries) {
    for (const i of arcIndexes(g)) {
      const list = sides[i];
      if (list && !list.includes(iso(g))) list.push(iso(g));
    }
  }
  return sides;
}
