/**
 * CSV or TSV with latitude and longitude columns to points, parsed by `papaparse` (quoting,
 * delimiters guessed among comma, semicolon, tab and bar). The coordinate columns are found by
 * their header names (coordinate-columns.ts); every other column becomes a property, as text.
 */
import type { Feature, Point } from 'geojson';
import Papa from 'papaparse';
import { formatCount, MAX_FEATURES } from '../limits.ts';
import { coordinateColumns } from './coordinate-columns.ts';
import { refusal, type Converted } from './format.ts';

/** Problems named in a refusal before the rest are counted. */
const SHOWN = 5;

/** "51.3" and, in semicolon files, "51,3" as a number; null when blank; NaN when not a number. */
function coordinate(value: unknown, decimalComma: boolean): number | null {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return null;
  const normal = decimalComma ? text.replace(/^(-?\d+),(\d+)$/, '$1.$2') : text;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(normal) ? Number(normal) : NaN;
}

/** Properties from a row's other columns; defineProperty so no header can reach a prototype. */
function propertiesOf(row: Record<string, unknown>, skip: readonly string[]) {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (skip.includes(key) || key === '__parsed_extra') continue;
    Object.defineProperty(properties, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return properties;
}

/** Whether the values say the columns are swapped: latitudes past ±90, longitudes within it. */
function looksSwapped(points: readonly [number, number][]): boolean {
  return (
    points.some(([, lat]) => Math.abs(lat) > 90) && points.every(([lon]) => Math.abs(lon) <= 90)
  );
}

/**
 * Reads delimited text into a FeatureCollection of points.
 * @example convertCsv('name,lat,lon\nA,51.3,35.2\n', 'points.csv') // 1 point at [35.2, 51.3]
 */
export function convertCsv(text: string, file: string): Converted {
  const parsed = Papa.parse<Record<string, unknown>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
    // Past the feature limit the file is refused anyway: stop reading there.
    preview: MAX_FEATURES + 1,
  });
  const headers = parsed.meta.fields ?? [];
  const { lat, lon } = coordinateColumns(headers);
  if (!lat || !lon) {
    const shown = headers
      .slice(0, 8)
      .map((h) => `“${h.slice(0, 40)}”`)
      .join(', ');
    return refusal(
      file,
      `is a table without ${!lat && !lon ? 'latitude and longitude columns' : !lat ? 'a latitude column' : 'a longitude column'} ` +
        `(its columns: ${shown || 'none'}); name them lat/latitude and lon/lng/longitude`,
    );
  }
  const decimalComma = parsed.meta.delimiter === ';';
  const features: Feature<Point>[] = [];
  const points: [number, number][] = [];
  const problems: string[] = [];
  let blank = 0;
  parsed.data.forEach((row, i) => {
    const y = coordinate(row[lat], decimalComma);
    const x = coordinate(row[lon], decimalComma);
    // Row numbers as a spreadsheet shows them: the header is row 1.
    const at = `row ${formatCount(i + 2)}`;
    if (x === null && y === null) return void blank++;
    if (x === null || y === null || Number.isNaN(x) || Number.isNaN(y)) {
      problems.push(
        `${at}: “${String(row[lat] ?? '')}”, “${String(row[lon] ?? '')}” is not a latitude and longitude`,
      );
      return;
    }
    points.push([x, y]);
    const properties = propertiesOf(row, [lat, lon]);
    features.push({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: [x, y] },
    });
  });
  if (problems.length > 0) {
    const more =
      problems.length > SHOWN ? `; and ${formatCount(problems.length - SHOWN)} more rows` : '';
    return refusal(file, `${problems.slice(0, SHOWN).join('; ')}${more}`);
  }
  if (looksSwapped(points)) {
    return refusal(
      file,
      `has latitudes past ±90° in the column “${lat}” while every value in “${lon}” is within ±90°: ` +
        'the latitude and longitude columns look swapped; swap their headers and add it again',
    );
  }
  const notices = blank > 0 ? [`${formatCount(blank)} row(s) without coordinates skipped`] : [];
  return { ok: true, format: 'CSV', data: { type: 'FeatureCollection', features }, notices };
}
