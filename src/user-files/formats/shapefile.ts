/**
 * A zipped Shapefile to GeoJSON with `shpjs`: geometry from the .shp, attributes from the .dbf
 * (in the code page its .cpg names), reprojected to WGS 84 by proj4 from the .prj. A .prj that
 * proj4 cannot read is refused by its name, never drawn in the wrong place.
 */
import proj4 from 'proj4';
import { combine, parseDbf, parseShp } from 'shpjs';
import { refusal, type Converted } from './format.ts';

/** The members of one Shapefile, by extension (lower case, without the dot). */
export type ShapefileMembers = Partial<Record<'shp' | 'dbf' | 'prj' | 'cpg', Uint8Array>>;

/**
 * The name a WKT gives its coordinate system: the PROJCS (or GEOGCS, PROJCRS, GEOGCRS) name.
 * @example wktName('PROJCS["Made up",GEOGCS["WGS 84",…],…]') // 'Made up'
 */
export function wktName(wkt: string): string {
  const name = /^\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS)\s*\[\s*"([^"]{0,120})"/i.exec(wkt);
  return name?.[1] ?? wkt.trim().slice(0, 60);
}

/** Whether proj4 can turn this WKT into a transformation to WGS 84. */
function readable(wkt: string): boolean {
  try {
    const converter = proj4(wkt);
    // A WKT proj4 half-understands can give a converter that yields NaN: try one point.
    const probe = converter.inverse([0, 0]);
    return probe.every(Number.isFinite);
  } catch {
    return false;
  }
}

/**
 * Reads a Shapefile's members (from a zip) into a FeatureCollection.
 * @example convertShapefile({ shp, dbf, prj }, 'areas.zip')
 */
export function convertShapefile(members: ShapefileMembers, file: string): Converted {
  if (!members.shp) return refusal(file, 'is a zip without a .shp file');
  const notices: string[] = [];
  const decoder = new TextDecoder('utf-8');
  const prj = members.prj ? decoder.decode(members.prj) : undefined;
  if (prj === undefined) {
    notices.push('has no .prj: its coordinates are read as WGS 84 longitude and latitude');
  } else if (!readable(prj)) {
    return refusal(
      file,
      `has a .prj in a projection that cannot be read here (“${wktName(prj)}”); ` +
        'reproject it to WGS 84 (EPSG:4326) and add it again',
    );
  }
  try {
    const shapes = parseShp(members.shp, prj);
    const cpg = members.cpg ? decoder.decode(members.cpg).trim() : undefined;
    const records = members.dbf ? parseDbf(members.dbf, cpg) : undefined;
    return { ok: true, format: 'Shapefile', data: combine([shapes, records]), notices };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return refusal(file, `has a .shp or .dbf that cannot be read (${why.slice(0, 120)})`);
  }
}
