/**
 * PageRank (Brin & Page 1998, "The anatomy of a large-scale hypertextual web search engine"),
 * WEIGHTED by the edge `weight`, as NetworkX `pagerank(G, alpha=0.85, weight='weight')`:
 * each node passes a share alpha of its score to its neighbours in proportion to edge weight,
 * teleportation is uniform, and a dangling node (an isolate) spreads its score uniformly over
 * all nodes. Scores sum to 1.
 *
 * Iteration from the uniform vector until the L1 change is below n·TOLERANCE (NetworkX's stop
 * rule, with a much tighter tolerance than its default 1e-6) or MAX_ITERATIONS steps.
 */

import type { Csr } from './csr.js';
import { strengths } from './csr.js';

export const PAGERANK_ALPHA = 0.85;
export const PAGERANK_TOLERANCE = 1e-12;
export const PAGERANK_MAX_ITERATIONS = 1000;

export interface PagerankResult {
  values: Float64Array;
  iterations: number;
  converged: boolean;
}

export function pagerank(csr: Csr): PagerankResult {
  const { n, offsets, neighbours, weights } = csr;
  if (n === 0) return { values: new Float64Array(0), iterations: 0, converged: true };
  const alpha = PAGERANK_ALPHA;
  const strength = strengths(csr);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  while (iterations < PAGERANK_MAX_ITERATIONS) {
    iterations++;
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      const s = strength[u]!;
      if (s > 0) share[u] = x[u]! / s;
      else {
        share[u] = 0;
        dangling += x[u]!;
      }
    }
    const base = (alpha * dangling + (1 - alpha)) / n;
    let err = 0;
    for (let v = 0; v < n; v++) {
      let acc = 0;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) acc += share[neighbours[p]!]! * weights[p]!;
      const value = alpha * acc + base;
      next[v] = value;
      err += Math.abs(value - x[v]!);
    }
    [x, next] = [next, x];
    if (err < n * PAGERANK_TOLERANCE) {
      converged = true;
      break;
    }
  }
  return { values: x, iterations, converged };
}
