/**
 * Seeded pseudo-random numbers for the data generators: mulberry32 (Tommy Ettinger, 2017),
 * a 32-bit state generator that is fast, small and gives the same stream on every platform,
 * plus the few draws the generators need (integers, weighted picks, Pareto weights, shuffles).
 */

/** A generator of floats in [0, 1) from a 32-bit seed. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience wrapper around one mulberry32 stream. */
export class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }

  /** Float in [0, 1). */
  float() {
    return this.next();
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p) {
    return this.next() < p;
  }

  /** One element of a non-empty array, uniformly. */
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }

  /** Index into `weights` drawn proportionally to the weights (linear scan: small arrays). */
  weightedIndex(weights) {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** One of `items` with probability proportional to `weightOf(item)`. */
  weighted(items, weightOf) {
    return items[this.weightedIndex(items.map(weightOf))];
  }

  /** Pareto(alpha) weight >= 1, capped: heavy-tailed "size" of a node. */
  pareto(alpha, cap = Infinity) {
    const w = (1 - this.next()) ** (-1 / (alpha - 1));
    return Math.min(w, cap);
  }

  /** Fisher-Yates shuffle in place; returns the array. */
  shuffle(arr) {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = arr[i];
      arr[i] = arr[j];
      arr[j] = t;
    }
    return arr;
  }

  /** `k` distinct elements of `arr` (k <= arr.length), in random order. */
  sample(arr, k) {
    return this.shuffle(arr.slice()).slice(0, k);
  }
}

/**
 * Sampler for many draws from a fixed large weight vector: cumulative sums plus binary
 * search, O(log n) per draw. `weights` is any array-like of non-negative numbers.
 */
export class CumulativeSampler {
  constructor(weights) {
    this.cum = new Float64Array(weights.length);
    let s = 0;
    for (let i = 0; i < weights.length; i++) {
      s += weights[i];
      this.cum[i] = s;
    }
    this.total = s;
  }

  /** An index drawn proportionally to its weight, using the float `u` in [0, 1). */
  draw(u) {
    const x = u * this.total;
    const cum = this.cum;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
