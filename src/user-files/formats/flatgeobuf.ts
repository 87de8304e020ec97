/**
 * FlatGeobuf to GeoJSON with the `flatgeobuf` package, from the bytes in memory (its HTTP
 * reader is never used: a Uint8Array input takes the array path). Only WGS 84 longitude and
 * latitude is read; a file whose header names another CRS is refused by its code.
 */
import type { Feature } from 'geojson';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { formatCount, MAX_FEATURES } from '../limits.ts';
import { refusal, type Converted } from './format.ts';

/** CRS codes that mean WGS 84 longitude/latitude; 0 is "not given". */
const WGS84 = new Set([0, 4326]);

/**
 * Reads a FlatGeobuf file; stops after one feature past MAX_FEATURES (the check refuses it).
 * @example await convertFlatGeobuf(bytes, 'areas.fgb')
 */
export async function convertFlatGeobuf(bytes: Uint8Array, file: string): Promise<Converted> {
  const features: Feature[] = [];
  let crs: { code: number; org: string | null } | null = null;
  try {
    const reader = deserialize(bytes, {
      headerMetaFn: (meta) => {
        crs = meta.crs ? { code: meta.crs.code, org: meta.crs.org } : null;
      },
    });
    for await (const f of reader) {
      const found = crs as { code: number; org: string | null } | null;
      if (found && !WGS84.has(found.code)) {
        return refusal(
          file,
          `is in ${found.org ?? 'EPSG'}:${found.code}, not WGS 84 longitude/latitude ` +
            '(EPSG:4326); reproject it and add it again',
        );
      }
      features.push(f as Feature);
      if (features.length > MAX_FEATURES) break;
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return refusal(file, `is a FlatGeobuf file that cannot be read (${why.slice(0, 120)})`);
  }
  const notices =
    features.length > MAX_FEATURES
      ? [`read stopped past ${formatCount(MAX_FEATURES)} features`]
      : [];
  return { ok: true, format: 'FlatGeobuf', data: { type: 'FeatureCollection', features }, notices };
}
