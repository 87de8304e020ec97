/**
 * JSON text for display that cannot blow up: it stops after about `max` characters, marks cycles
 * instead of throwing, bounds depth, and survives getters that throw. Only for showing values;
 * the output is not meant to be parsed back.
 */

const MAX_DEPTH = 20;

/** Accumulates output up to one character past `max`, so callers can tell it was cut. */
class Writer {
  text = '';
  constructor(readonly max: number) {}

  /** Characters still wanted. */
  get room(): number {
    return Math.max(this.max + 1 - this.text.length, 0);
  }

  write(part: string): void {
    if (this.room > 0) this.text += part.slice(0, this.room);
  }
}

function scalar(value: unknown, room: number): string {
  // Long strings are cut before quoting, so a megabyte string costs no more than `max`.
  if (typeof value === 'string') return JSON.stringify(value.slice(0, room));
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return `(${typeof value})`;
}

function write(value: unknown, out: Writer, ancestors: Set<object>): void {
  if (out.room === 0) return;
  if (typeof value !== 'object' || value === null) return out.write(scalar(value, out.room));
  if (ancestors.has(value)) return out.write('"[circular]"');
  if (ancestors.size >= MAX_DEPTH) return out.write(Array.isArray(value) ? '[…]' : '{…}');
  ancestors.add(value);
  const isArray = Array.isArray(value);
  out.write(isArray ? '[' : '{');
  const keys = isArray ? [] : Object.keys(value);
  const count = isArray ? value.length : keys.length;
  for (let i = 0; i < count && out.room > 0; i++) {
    if (i > 0) out.write(',');
    const key = isArray ? i : (keys[i] ?? '');
    if (!isArray) out.write(`${scalar(String(key), out.room)}:`);
    write((value as Record<string | number, unknown>)[key], out, ancestors);
  }
  out.write(isArray ? ']' : '}');
  ancestors.delete(value);
}

/**
 * `value` as compact JSON, at most `max + 1` characters: longer means it was cut, and the caller
 * truncates with an ellipsis. Never throws (cycles, depth, throwing getters, proxies).
 * @example boundedJson({ a: [1, 2] }, 100) // '{"a":[1,2]}'
 */
export function boundedJson(value: unknown, max: number): string {
  const out = new Writer(max);
  try {
    write(value, out, new Set());
  } catch {
    out.write('…');
  }
  return out.text;
}
