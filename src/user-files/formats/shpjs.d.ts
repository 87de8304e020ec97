/** The parts of `shpjs` (no types of its own) that read a Shapefile's members from bytes. */
declare module 'shpjs' {
  import type { FeatureCollection, Geometry } from 'geojson';

  /** Geometries of a .shp, reprojected with `prj` (a WKT string) when it is readable. */
  export function parseShp(shp: ArrayBufferView, prj?: string): (Geometry | null)[];
  /** Records of a .dbf, decoded with the code page a .cpg names. */
  export function parseDbf(dbf: ArrayBufferView, cpg?: string): Record<string, unknown>[];
  /** Geometries and records as a FeatureCollection. */
  export function combine(
    parts: [(Geometry | null)[], Record<string, unknown>[] | undefined],
  ): FeatureCollection<Geometry | null>;
}
