/**
 * Communities by Louvain modularity optimisation (V. D. Blondel, J.-L. Guillaume, R. Lambiotte,
 * E. Lefebvre 2008, "Fast unfolding of communities in large networks", J. Stat. Mech. P10008),
 * with graphology-communities-louvain: WEIGHTED by the edge `weight` (evidence strength),
 * resolution 1, and the run's seeded PRNG instead of `Math.random` (every option is passed
 * explicitly; no library default is relied on).
 *
 * Louvain also depends on the order of nodes and edges; the graph builder inserts them in
 * sorted order, so a seed gives one partition.
 *
 * The partition is then renumbered deterministically: 0 is the largest community; equal sizes
 * are ordered by their smallest member id (code-unit order). A graph without edges puts every
 * node in a community of its own.
 */

import louvain from 'graphology-communities-louvain';
import { compareCodeUnits } from '../compare.js';
import type { WeightedGraph } from './csr.js';
import { createRng, RNG_STREAM } from './rng.js';

export interface Partition {
  /** Community of each node, by CSR index (graph.nodes() order). */
  of: Int32Array;
  count: number;
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

export function detectCommunities(graph: WeightedGraph, seed: number): Partition {
  const keys = graph.nodes();
  const labels = new Int32Array(keys.length);
  if (graph.size === 0) {
    for (let i = 0; i < keys.length; i++) labels[i] = i;
    return renumber(keys, labels);
  }
  const mapping = louvain(graph, {
    getEdgeWeight: 'weight',
    resolution: 1,
    rng: createRng(seed, RNG_STREAM.louvain),
    fastLocalMoves: true,
    randomWalk: true,
  });
  for (let i = 0; i < keys.length; i++) {
    const c = mapping[keys[i]!];
    if (c === undefined) throw new Error(`communities: Louvain gave no community for node "${keys[i]}"`);
    labels[i] = c;
  }
  return renumber(keys, labels);
}
