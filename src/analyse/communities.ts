/**
 * Communities of the organisation network: Leiden (V. A. Traag, L. Waltman, N. J. van Eck 2019,
 * "From Louvain to Leiden: guaranteeing well-connected communities", Scientific Reports 9,
 * 5233), which refines Louvain (Blondel et al. 2008), implemented in `leiden.ts` on the CSR
 * arrays: WEIGHTED by the edge `weight` (evidence strength), at resolution `--resolution`
 * (default 1), every random choice (node visiting order included) drawn from the run's seeded
 * PRNG. `restarts` independent runs are made from the one generator and the partition with
 * the highest Q_γ is kept (the first on ties), so a seed gives one partition whatever the
 * thread count.
 *
 * The partition is then renumbered deterministically: 0 is the largest community; equal sizes
 * are ordered by their smallest member id (code-unit order). A graph without edges puts every
 * node in a community of its own.
 */

import { compareCodeUnits } from '../compare.js';
import type { Csr } from './csr.js';
import { optimiseModularity, quality, type CommunityMethod } from './leiden.js';
import { createRng, RNG_STREAM } from './rng.js';

export interface Partition {
  /** Community of each node, by CSR index (graph.nodes() order). */
  of: Int32Array;
  count: number;
}

export interface CommunityOptions {
  seed: number;
  /** γ: above 1 smaller communities, below 1 larger ones. */
  resolution: number;
  method: CommunityMethod;
  /** Independent runs; the best Q_γ is kept. */
  restarts: number;
}

/** The method kis-network uses (BENCHMARKS.md compares it with Louvain). */
export const COMMUNITY_METHOD: CommunityMethod = 'leiden';
const MAX_RESTARTS = 10;
/** Restarts while they are cheap: about this many nodes + edges are processed in all. */
const RESTART_BUDGET = 200_000;

/**
 * Independent runs for a graph: 10 up to 20,000 nodes + edges, fewer above, 1 from 200,000.
 * Small graphs (Frucht, Meredith) have local optima that one run of Leiden can get stuck in.
 */
export function restartsFor(csr: Csr): number {
  return Math.max(1, Math.min(MAX_RESTARTS, Math.floor(RESTART_BUDGET / Math.max(1, csr.n + csr.m))));
}

/** Renumber arbitrary labels: 0 = largest, ties by smallest member key (code units). */
export function renumber(keys: readonly string[], labels: ArrayLike<number>): Partition {
  const groups = new Map<number, { size: number; smallest: string; id: number }>();
  for (let i = 0; i < keys.length; i++) {
    const label = labels[i]!;
    const g = groups.get(label);
    if (!g) groups.set(label, { size: 1, smallest: keys[i]!, id: -1 });
    else {
      g.size++;
      if (keys[i]! < g.smallest) g.smallest = keys[i]!;
    }
  }
  const sorted = [...groups.values()].sort((a, b) => b.size - a.size || compareCodeUnits(a.smallest, b.smallest));
  sorted.forEach((g, id) => (g.id = id));
  const of = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) of[i] = groups.get(labels[i]!)!.id;
  return { of, count: sorted.length };
}

export function detectCommunities(csr: Csr, options: CommunityOptions): Partition {
  const { resolution, restarts } = options;
  if (!(Number.isFinite(resolution) && resolution > 0)) throw new RangeError(`communities: resolution must be positive, got ${resolution}`);
  const rng = createRng(options.seed, RNG_STREAM.communities);
  let best: Int32Array | null = null;
  let bestQ = Number.NEGATIVE_INFINITY;
  for (let run = 0; run < Math.max(1, restarts); run++) {
    const labels = optimiseModularity(csr, options.method, resolution, rng);
    const q = quality(csr, labels, resolution);
    if (q > bestQ) {
      best = labels;
      bestQ = q;
    }
  }
  return renumber(csr.keys, best!);
}
