/**
 * The one seeded pseudo-random generator of the analysis (deterministic by
 * default). Mulberry32 (Tommy Ettinger, 2017): a 32-bit state, a period of 2^32, fast and good
 * enough for drawing sample sources, the community detection's node order and the layout's start. Never
 * `Math.random`.
 *
 * `createRng(seed, stream)` mixes the `--seed` value and a stream number into the initial
 * state, so sampling and community detection draw from independent, reproducible sequences.
 */

export type Rng = () => number;

/** Streams in use; a new consumer of randomness gets a new number (never reuse one). */
export const RNG_STREAM = { sampling: 1, communities: 2, layout: 3 } as const;

/** A 32-bit integer finaliser (the murmur3 fmix32 mixer). */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Initial 32-bit state from any finite number (integers beyond 2^32 keep their high bits). */
export function seedState(seed: number, stream = 0): number {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const int = Math.trunc(seed);
  const lo = int >>> 0;
  const hi = Math.floor(int / 4294967296) >>> 0;
  return fmix32(fmix32(lo ^ 0x9e3779b9) ^ Math.imul(hi, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35));
}

/** Mulberry32: returns a function giving floats uniform in [0, 1). */
export function mulberry32(state: number): Rng {
  let a = state | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generator for one consumer (`stream`) of a run seeded with `seed`. */
export function createRng(seed: number, stream = 0): Rng {
  return mulberry32(seedState(seed, stream));
}

/** An integer uniform in [0, bound) (bound ≤ 2^32). */
export function randomBelow(rng: Rng, bound: number): number {
  return Math.floor(rng() * bound);
}

/**
 * `k` distinct integers drawn uniformly from [0, n) without replacement (partial
 * Fisher–Yates), returned in ascending order. `k ≥ n` returns all of them.
 */
export function sampleWithoutReplacement(rng: Rng, n: number, k: number): Int32Array {
  return drawWithoutReplacement(rng, n, k).sort();
}

/** As `sampleWithoutReplacement`, but in the order they were drawn. */
export function drawWithoutReplacement(rng: Rng, n: number, k: number): Int32Array {
  const take = Math.max(0, Math.min(n, Math.floor(k)));
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < take; i++) {
    const j = i + randomBelow(rng, n - i);
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, take);
}
