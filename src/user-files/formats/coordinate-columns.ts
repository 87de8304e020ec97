/**
 * Which columns of a table hold latitude and longitude, by their header names (case and
 * surrounding spaces ignored; English, Ukrainian and Russian names). Pure.
 */

const LATITUDE = ['lat', 'latitude', 'y', 'широта', 'шир'];
const LONGITUDE = ['lon', 'lng', 'long', 'longitude', 'x', 'довгота', 'долгота', 'дол', 'дов'];

/** A header as it is compared: lower case, without spaces, quotes or a unit in brackets. */
const normal = (header: string) =>
  header
    .toLowerCase()
    .replace(/\(.*\)|\[.*\]/g, '')
    .replace(/[\s"'_.°-]/g, '');

/**
 * The latitude and longitude column names, or null for each not found. The first match wins.
 * @example coordinateColumns(['Name', 'Latitude', 'Longitude']) // { lat: 'Latitude', lon: 'Longitude' }
 */
export function coordinateColumns(headers: readonly string[]): {
  lat: string | null;
  lon: string | null;
} {
  const find = (names: string[]) => headers.find((h) => names.includes(normal(h))) ?? null;
  return { lat: find(LATITUDE), lon: find(LONGITUDE) };
}
