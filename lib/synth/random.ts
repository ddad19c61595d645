/**
 * A small seeded PRNG (mulberry32) and the sampling helpers the generator needs. Deterministic on
 * every platform: only 32-bit integer arithmetic, no Math.random.
 */

export type Random = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform integer in [0, size). */
  below: (size: number) => number;
  /** Uniform integer in [min, max]. */
  between: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
};

/** A 32-bit hash of any seed text (FNV-1a), so `--seed rome` and `--seed 42` both work. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function createRandom(seed: string): Random {
  let state = hashSeed(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (size: number): number => Math.floor(next() * size);
  return {
    next,
    below,
    between: (min, max) => min + below(max - min + 1),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("cannot pick from an empty list");
      return items[below(items.length)]!;
    },
  };
}
