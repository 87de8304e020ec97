/**
 * Safe reads from untrusted parsed JSON: own properties only (a `__proto__` or `constructor` key is
 * just data), and short descriptions of values for messages.
 */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The own property `key` of `obj`, never an inherited one. */
export function own(obj: JsonRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key)
    ? Object.getOwnPropertyDescriptor(obj, key)?.value
    : undefined;
}

export function hasOwn(obj: JsonRecord, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** "string", "null", "array", "NaN", "number 200" — never the whole value. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isFinite(value) ? `number ${value}` : String(value);
  if (typeof value === 'string') {
    return value.length > 20 ? `string "${value.slice(0, 20)}…"` : `string "${value}"`;
  }
  return typeof value;
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
