/**
 * A zip is a KMZ when it holds KML, a Shapefile when it holds a .shp: told apart by its
 * entries, opened within the limits of zip.ts, then converted like the bare format.
 */
import { decodeFile } from '../decode.ts';
import { refusal, type Converted } from './format.ts';
import { convertShapefile, type ShapefileMembers } from './shapefile.ts';
import { convertXml } from './xml.ts';
import { inflateEntries, listZip, type ZipEntry } from './zip.ts';

const ext = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();
/** macOS resource forks (`__MACOSX/…`, `._name`) are not the data. */
const isData = (e: ZipEntry) => !e.name.startsWith('__MACOSX/') && !/(^|\/)\._/.test(e.name);

/** `doc.kml`, else the first .kml at the root, else the first .kml anywhere (KMZ convention). */
function kmlEntry(entries: readonly ZipEntry[]): string | undefined {
  const kml = entries.filter((e) => isData(e) && ext(e.name) === 'kml').map((e) => e.name);
  return (
    kml.find((n) => n.toLowerCase() === 'doc.kml') ?? kml.find((n) => !n.includes('/')) ?? kml[0]
  );
}

/** The first .shp and its sibling members, by their full names in the zip. */
function shapefileEntries(entries: readonly ZipEntry[]): Map<string, keyof ShapefileMembers> {
  const data = entries.filter(isData);
  const shp = data.find((e) => ext(e.name) === 'shp');
  const picked = new Map<string, keyof ShapefileMembers>();
  if (!shp) return picked;
  const base = shp.name.slice(0, -4).toLowerCase();
  for (const e of data) {
    const member = ext(e.name);
    const sibling = e.name.slice(0, e.name.lastIndexOf('.')).toLowerCase() === base;
    if (sibling && (member === 'shp' || member === 'dbf' || member === 'prj' || member === 'cpg')) {
      picked.set(e.name, member);
    }
  }
  return picked;
}

/**
 * Reads a KMZ or a zipped Shapefile.
 * @example convertZip(bytes, 'areas.kmz') // { ok: true, format: 'KMZ', data: {…}, notices: [] }
 */
export function convertZip(bytes: Uint8Array, file: string): Converted {
  const listed = listZip(bytes);
  if ('error' in listed) return refusal(file, listed.error);
  const { entries } = listed;
  const kml = kmlEntry(entries);
  const shp = kml ? new Map<string, keyof ShapefileMembers>() : shapefileEntries(entries);
  if (!kml && shp.size === 0) {
    const names = entries
      .slice(0, 5)
      .map((e) => e.name)
      .join(', ');
    return refusal(
      file,
      `is a zip holding neither KML (a KMZ) nor a Shapefile (.shp)${names ? `: ${names}` : ''}`,
    );
  }
  const inflated = inflateEntries(bytes, new Set(kml ? [kml] : shp.keys()));
  if ('error' in inflated) return refusal(file, inflated.error);
  if (kml) {
    const decoded = decodeFile(inflated.files.get(kml) ?? new Uint8Array(), `${file}: ${kml}`);
    return decoded.ok ? convertXml(decoded.text, file, 'KMZ') : { ok: false, error: decoded.error };
  }
  const members: ShapefileMembers = {};
  for (const [name, member] of shp) members[member] = inflated.files.get(name);
  return convertShapefile(members, file);
}
