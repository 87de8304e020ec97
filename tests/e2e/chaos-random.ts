/** A small seeded random source, so a chaos run can be replayed exactly from its seed. */

/** mulberry32: 32-bit state, good enough spread for picking actions, and tiny. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEFAULT_CHAOS_SEED = 20240916;

/** `CHAOS_SEED=<integer>` replays a run; without it every run uses the same default seed. */
export function chaosSeed(env: string | undefined = process.env.CHAOS_SEED): number {
  if (env === undefined || env === '') return DEFAULT_CHAOS_SEED;
  const seed = Number(env);
  if (!Number.isSafeInteger(seed)) throw new Error(`CHAOS_SEED=${env} is not an integer`);
  return seed >>> 0;
}

export class Random {
  readonly #next: () => number;
  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }
  /** A float in [0, 1). */
  next(): number {
    return this.#next();
  }
  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.#next();
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.#next() * n);
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick from an empty list');
    return items[this.int(items.length)]!;
  }
  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = this.#next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }
}
