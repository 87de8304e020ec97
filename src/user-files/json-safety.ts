/**
 * Parsing untrusted JSON without handing later code a weapon: nesting depth is measured on the
 * raw text before `JSON.parse` (deep input would overflow recursive code downstream, such as the
 * structured clone that sends a source to MapLibre's worker), and keys that mean something to
 * JavaScript objects are renamed so no merge or `Object.assign` can pollute a prototype.
 */

/** Keys renamed after parsing: each gets a trailing `_` (more when that name is taken). */
export const DANGEROUS_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The deepest nesting of `{` and `[` in JSON text (brackets inside strings do not count), or
 * `limit + 1` as soon as it goes deeper than `limit`. Iterative, so it cannot overflow the stack.
 * @example jsonDepth('{"a":[[1]]}', 64) // 3
 */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > limit) return limit + 1;
      if (depth > max) max = depth;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth--;
  }
  return max;
}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** Renames the dangerous own keys of one object; returns how many it renamed. */
function defuseObject(record: Record<string, unknown>): number {
  let renamed = 0;
  for (const key of DANGEROUS_KEYS) {
    if (!hasOwn(record, key)) continue;
    const value: unknown = Object.getOwnPropertyDescriptor(record, key)?.value;
    delete record[key];
    let safe = `${key}_`;
    while (hasOwn(record, safe)) safe += '_';
    // defineProperty, not assignment: it can never reach a setter on the prototype chain.
    Object.defineProperty(record, safe, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    renamed++;
  }
  return renamed;
}

/**
 * Renames every own `__proto__`, `constructor` and `prototype` key in parsed JSON, in place, at
 * any depth (an explicit stack, no recursion). The values are kept, so no data is lost:
 * `{"constructor": "Bouygues"}` becomes `{"constructor_": "Bouygues"}`.
 * @returns how many keys were renamed.
 */
export function defuseKeys(root: unknown): number {
  let renamed = 0;
  const stack: object[] = [];
  if (typeof root === 'object' && root !== null) stack.push(root);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!Array.isArray(node)) renamed += defuseObject(node as Record<string, unknown>);
    const children: unknown[] = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return renamed;
}
