/**
 * Which BFS sources the all-pairs metrics use: all nodes (exact), or a seeded sample
 * (Brandes & Pich 2007, "Centrality estimation in large networks", Int. J. Bifurcation and
 * Chaos 17(7)).
 *
 * Sampling: `k` sources are drawn uniformly without replacement with the run's seeded PRNG.
 * Each source is given to one of two halves by its draw order (1st, 3rd, … draw: half 0; 2nd,
 * 4th, …: half 1), so the halves are two independent random half-samples whatever the
 * chunking; a sampled run reports how well their estimates agree (`all-pairs.ts`).
 * A connected component that received no source at all gets every one of its nodes as a
 * source, so its values are exact (such components are small: a component of r nodes is missed
 * with probability about (1 - k/n)^r; its nodes alternate between the halves). Sources are then
 * sorted ascending, so the summation order does not depend on the draw order.
 *
 * How the sampled runs become estimates (see `all-pairs.ts`): with c sources in a component of
 * r nodes, every value in that component is scaled by r/c (betweenness) or (r-1)/c (distance
 * and inverse-distance sums of a non-source). Given c, the sources inside the component are a
 * uniform sample of it, so each estimate is unbiased; on a connected graph r/c = n/k exactly as
 * in Brandes & Pich. Sources themselves get their exact closeness and harmonic centrality.
 */

import type { Components } from './components.js';
import type { BetweennessMode } from '../config/options.js';
import { drawWithoutReplacement, type Rng } from './rng.js';

export interface SourcePlan {
  /** Source node indices, ascending. */
  sources: Int32Array;
  /** True when the values are estimates from a sample. */
  sampled: boolean;
  /** Sources drawn at random (before completing missed components); null when exact. */
  drawn: number | null;
  /** Sources per component (by component id). */
  perComponent: Int32Array;
  /** Sampled plans: the half (0 or 1) of each source, by node index; null when exact. */
  half: Uint8Array | null;
}

export function exactPlan(components: Components): SourcePlan {
  const n = components.of.length;
  const sources = new Int32Array(n);
  for (let i = 0; i < n; i++) sources[i] = i;
  return { sources, sampled: false, drawn: null, perComponent: components.sizes.slice(), half: null };
}

export function samplePlan(components: Components, k: number, rng: Rng): SourcePlan {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`analyse: the number of sampled sources must be a positive integer, got ${k}`);
  }
  const n = components.of.length;
  const drawn = drawWithoutReplacement(rng, n, k);
  const chosen = new Uint8Array(n);
  const half = new Uint8Array(n);
  const perComponent = new Int32Array(components.count);
  drawn.forEach((s, i) => {
    chosen[s] = 1;
    half[s] = i % 2;
    perComponent[components.of[s]!]!++;
  });
  for (let c = 0; c < components.count; c++) {
    if (perComponent[c] !== 0) continue;
    for (let p = components.start[c]!; p < components.start[c + 1]!; p++) {
      chosen[components.members[p]!] = 1;
      half[components.members[p]!] = (p - components.start[c]!) % 2;
    }
    perComponent[c] = components.sizes[c]!;
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += chosen[i]!;
  const sources = new Int32Array(total);
  for (let i = 0, j = 0; i < n; i++) if (chosen[i]) sources[j++] = i;
  return { sources, sampled: true, drawn: drawn.length, perComponent, half };
}

export type PlanReason = 'requested' | 'auto' | 'default';

/**
 * The plan for a `BetweennessMode`: `exact` and `sample` are `requested`; `auto` samples
 * `autoSamples` sources above `exactLimit` nodes (`auto`) and is exact otherwise (`default`).
 */
export function choosePlan(
  mode: BetweennessMode,
  components: Components,
  limits: { exactLimit: number; autoSamples: number },
  rng: Rng,
): { plan: SourcePlan; reason: PlanReason } {
  const n = components.of.length;
  if (mode.mode === 'exact') return { plan: exactPlan(components), reason: 'requested' };
  if (mode.mode === 'sample') return { plan: samplePlan(components, mode.k, rng), reason: 'requested' };
  if (n > limits.exactLimit) return { plan: samplePlan(components, limits.autoSamples, rng), reason: 'auto' };
  return { plan: exactPlan(components), reason: 'default' };
}
