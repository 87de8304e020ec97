/**
 * Position counting for the stated MAX_POSITIONS limit. It runs before the validator, so a file
 * over the limit is refused with a message that states the limit, without being checked in full.
 */
import { isRecord, own } from '../validate/json-guards.ts';

/** Geometry-like members that can hold positions. */
const MEMBERS = ['coordinates', 'geometries'];

/**
 * How many positions the features' geometries of a parsed FeatureCollection hold, counting to
 * `stopAt + 1` at most. Works on malformed input too: any array whose first element is a number
 * counts as one position. Iterative (an explicit stack), so nesting cannot overflow it.
 * @example countPositions({ type: 'FeatureCollection', features: [{ geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } }] }, 10) // 2
 */
export function countPositions(collection: unknown, stopAt: number): number {
  const features = isRecord(collection) ? own(collection, 'features') : undefined;
  if (!Array.isArray(features)) return 0;
  const stack: object[] = [];
  for (const feature of features) {
    const geometry = isRecord(feature) ? own(feature, 'geometry') : undefined;
    if (isRecord(geometry)) stack.push(geometry);
  }
  let count = 0;
  for (let node = stack.pop(); node !== undefined && count <= stopAt; node = stack.pop()) {
    if (Array.isArray(node) && typeof node[0] === 'number') {
      count++;
      continue;
    }
    const children: unknown[] = Array.isArray(node)
      ? node
      : MEMBERS.map((key) => own(node as Record<string, unknown>, key));
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return count;
}
