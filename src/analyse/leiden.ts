/**
 * Community detection by modularity optimisation on the CSR arrays, WEIGHTED by the edge
 * `weight`, with a resolution γ (Reichardt & Bornholdt 2006):
 *
 *   Q_γ = Σ_c [ L_c / m − γ (D_c / 2m)² ]
 *
 * Two methods share this file:
 * - `louvain`: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre (2008), "Fast
 *   unfolding of communities in large networks", J. Stat. Mech. P10008: move single nodes to
 *   the neighbouring community with the largest gain until nothing improves, aggregate each
 *   community into one node, repeat.
 * - `leiden`: V. A. Traag, L. Waltman, N. J. van Eck (2019), "From Louvain to Leiden:
 *   guaranteeing well-connected communities", Scientific Reports 9, 5233. Fast local moving
 *   (a queue of nodes whose neighbourhood changed), then a refinement inside every community
 *   that merges only well-connected singletons into well-connected subsets (randomness
 *   θ = 0.01), aggregation by the refined partition with the unrefined one as the start, and
 *   repeated iterations from the previous result until the quality improves by less than
 *   0.01 %.
 *   Communities are therefore connected.
 *
 * Every random choice (the visiting order of the nodes, and the refinement's choices) comes
 * from the seeded generator passed in; the code is single-threaded, so the result depends only
 * on the graph (in CSR order), the options and the seed.
 */

import type { Csr } from './csr.js';
import type { Rng } from './rng.js';

export type CommunityMethod = 'leiden' | 'louvain';

/** Randomness of the Leiden refinement (θ in Traag et al. 2019). */
export const LEIDEN_RANDOMNESS = 0.01;
/** At most this many Leiden iterations (each restarts from the previous partition)… */
const MAX_ITERATIONS = 20;
/** …and they stop when one improves Q_γ by less than this share. */
const MIN_IMPROVEMENT = 1e-4;

/** A working graph: CSR without self-loops, with a weight per node (its summed strength). */
interface Level {
  n: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  /** Strength of each node, self-loops of aggregated nodes included (twice). */
  k: Float64Array;
}

function baseLevel(csr: Csr): Level {
  const k = new Float64Array(csr.n);
  for (let u = 0; u < csr.n; u++) {
    let s = 0;
    for (let p = csr.offsets[u]!; p < csr.offsets[u + 1]!; p++) s += csr.weights[p]!;
    k[u] = s;
  }
  return { n: csr.n, offsets: csr.offsets, neighbours: csr.neighbours, weights: csr.weights, k };
}

/** A random permutation of 0..n-1 (Fisher–Yates). */
function shuffled(n: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/** Labels renumbered 0..c-1 in order of first appearance; returns the count. */
function compact(labels: Int32Array): number {
  const map = new Int32Array(labels.length).fill(-1);
  let c = 0;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (map[l] === -1) map[l] = c++;
    labels[i] = map[l]!;
  }
  return c;
}

/** Scratch for summing the weight from one node to each neighbouring community. */
class NeighbourSums {
  readonly weight: Float64Array;
  readonly list: Int32Array;
  size = 0;
  constructor(n: number) {
    this.weight = new Float64Array(n);
    this.list = new Int32Array(n);
  }
  add(c: number, w: number): void {
    if (this.weight[c] === 0) this.list[this.size++] = c;
    this.weight[c] = this.weight[c]! + w;
  }
  clear(): void {
    for (let i = 0; i < this.size; i++) this.weight[this.list[i]!] = 0;
    this.size = 0;
  }
}

/**
 * Local moving until no node improves Q_γ. `community` is updated in place (labels < n).
 * `fast`: Leiden's queue (only nodes whose neighbourhood changed are revisited); otherwise
 * Louvain's repeated sweeps in the same random order. Returns whether any node moved.
 */
function moveNodes(g: Level, community: Int32Array, gamma: number, twoM: number, rng: Rng, fast: boolean): boolean {
  const { n, offsets, neighbours, weights, k } = g;
  const total = new Float64Array(n);
  const size = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    total[community[v]!] = total[community[v]!]! + k[v]!;
    size[community[v]!]!++;
  }
  const empty: number[] = [];
  for (let c = n - 1; c >= 0; c--) if (size[c] === 0) empty.push(c);
  const sums = new NeighbourSums(n);
  const scale = gamma / twoM;
  let moved = false;

  const visit = (v: number): boolean => {
    const old = community[v]!;
    const kv = k[v]!;
    sums.clear();
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) sums.add(community[neighbours[p]!]!, weights[p]!);
    total[old] = total[old]! - kv;
    size[old]!--;
    // Staying (or an empty community, gain 0) wins ties; then the first best in visiting order.
    let best = old;
    let bestGain = sums.weight[old]! - scale * kv * total[old]!;
    if (bestGain < 0 && size[old]! > 0) {
      best = -1;
      bestGain = 0;
    }
    for (let i = 0; i < sums.size; i++) {
      const c = sums.list[i]!;
      if (c === old) continue;
      const gain = sums.weight[c]! - scale * kv * total[c]!;
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    if (best === -1) {
      while (size[empty[empty.length - 1]!]! > 0) empty.pop(); // a label reused by a neighbour's move
      best = empty.pop()!;
    }
    if (size[old] === 0 && best !== old) empty.push(old);
    community[v] = best;
    total[best] = total[best]! + kv;
    size[best]!++;
    return best !== old;
  };

  const order = shuffled(n, rng);
  if (!fast) {
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = 0; i < n; i++) if (visit(order[i]!)) changed = moved = true;
    }
    return moved;
  }
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n).fill(1);
  queue.set(order);
  let head = 0;
  let count = n;
  while (count > 0) {
    const v = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    count--;
    queued[v] = 0;
    if (!visit(v)) continue;
    moved = true;
    const c = community[v]!;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
      const u = neighbours[p]!;
      if (!queued[u] && community[u] !== c) {
        queued[u] = 1;
        queue[(head + count) % n] = u;
        count++;
      }
    }
  }
  return moved;
}

/**
 * Leiden refinement: inside each community of `community`, start from singletons and merge
 * each well-connected singleton into a well-connected subset of its community, chosen at
 * random with probability ∝ exp(gain / θ) among the non-negative gains. Returns the refined
 * labels (< n).
 */
function refine(g: Level, community: Int32Array, gamma: number, twoM: number, rng: Rng): Int32Array {
  const { n, offsets, neighbours, weights, k } = g;
  const scale = gamma / twoM;
  const refined = new Int32Array(n);
  const total = new Float64Array(n); // strength of each refined subset
  const external = new Float64Array(n); // weight from a subset to the rest of its community
  const singleton = new Uint8Array(n).fill(1);
  const communityTotal = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    refined[v] = v;
    total[v] = k[v]!;
    communityTotal[community[v]!] = communityTotal[community[v]!]! + k[v]!;
    let ext = 0;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) if (community[neighbours[p]!] === community[v]) ext += weights[p]!;
    external[v] = ext;
  }
  const sums = new NeighbourSums(n);
  const candidates: number[] = [];
  const chance: number[] = [];
  for (const v of shuffled(n, rng)) {
    if (!singleton[v]) continue;
    const c = community[v]!;
    const kv = k[v]!;
    const cTotal = communityTotal[c]!;
    if (external[v]! < scale * kv * (cTotal - kv)) continue; // v is not well connected
    sums.clear();
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
      const u = neighbours[p]!;
      if (community[u] === c) sums.add(refined[u]!, weights[p]!);
    }
    candidates.length = 0;
    chance.length = 0;
    let bestGain = 0;
    for (let i = 0; i < sums.size; i++) {
      const s = sums.list[i]!;
      if (s === v) continue;
      if (external[s]! < scale * total[s]! * (cTotal - total[s]!)) continue; // s is not well connected
      const gain = sums.weight[s]! - scale * kv * total[s]!;
      if (gain < 0) continue;
      candidates.push(s);
      chance.push(gain);
      if (gain > bestGain) bestGain = gain;
    }
    if (candidates.length === 0) continue;
    // Staying alone (gain 0) is a candidate too.
    let sum = Math.exp(-bestGain / LEIDEN_RANDOMNESS);
    for (let i = 0; i < chance.length; i++) sum += chance[i] = Math.exp((chance[i]! - bestGain) / LEIDEN_RANDOMNESS);
    let r = rng() * sum - Math.exp(-bestGain / LEIDEN_RANDOMNESS);
    if (r < 0) continue;
    let target = candidates[candidates.length - 1]!;
    for (let i = 0; i < candidates.length; i++) {
      r -= chance[i]!;
      if (r < 0) {
        target = candidates[i]!;
        break;
      }
    }
    const wvs = sums.weight[target]!;
    refined[v] = target;
    total[target] = total[target]! + kv;
    external[target] = external[target]! + external[v]! - 2 * wvs;
    singleton[v] = 0;
    singleton[target] = 0;
  }
  return refined;
}

/** The graph of `labels` (0..c-1): one node per label, summed weights, self-loops dropped. */
function aggregate(g: Level, labels: Int32Array, c: number): Level {
  const { n, offsets, neighbours, weights, k } = g;
  const start = new Int32Array(c + 1);
  for (let v = 0; v < n; v++) start[labels[v]! + 1]!++;
  for (let i = 0; i < c; i++) start[i + 1] = start[i + 1]! + start[i]!;
  const members = new Int32Array(n);
  const fill = start.slice(0, c);
  for (let v = 0; v < n; v++) members[fill[labels[v]!]!++] = v;

  const kk = new Float64Array(c);
  const newOffsets = new Int32Array(c + 1);
  let nb = new Int32Array(Math.max(16, offsets[n]! >>> 1));
  let wt = new Float64Array(nb.length);
  const sums = new NeighbourSums(c);
  let e = 0;
  for (let a = 0; a < c; a++) {
    sums.clear();
    let s = 0;
    for (let i = start[a]!; i < start[a + 1]!; i++) {
      const v = members[i]!;
      s += k[v]!;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const b = labels[neighbours[p]!]!;
        if (b !== a) sums.add(b, weights[p]!);
      }
    }
    kk[a] = s;
    if (e + sums.size > nb.length) {
      const grow = Math.max(nb.length * 2, e + sums.size);
      const nb2 = new Int32Array(grow);
      nb2.set(nb);
      nb = nb2;
      const wt2 = new Float64Array(grow);
      wt2.set(wt);
      wt = wt2;
    }
    const row = sums.list.subarray(0, sums.size).sort();
    for (let i = 0; i < row.length; i++) {
      nb[e] = row[i]!;
      wt[e++] = sums.weight[row[i]!]!;
    }
    newOffsets[a + 1] = e;
  }
  sums.clear();
  return { n: c, offsets: newOffsets, neighbours: nb.subarray(0, e), weights: wt.subarray(0, e), k: kk };
}

/** Q_γ of a partition (labels < n) of the original graph. */
export function quality(csr: Csr, labels: Int32Array, gamma: number): number {
  const g = baseLevel(csr);
  const inside = new Float64Array(csr.n);
  const totals = new Float64Array(csr.n);
  let twoM = 0;
  for (let u = 0; u < csr.n; u++) {
    const cu = labels[u]!;
    totals[cu] = totals[cu]! + g.k[u]!;
    twoM += g.k[u]!;
    for (let p = csr.offsets[u]!; p < csr.offsets[u + 1]!; p++) {
      if (labels[csr.neighbours[p]!] === cu) inside[cu] = inside[cu]! + csr.weights[p]!;
    }
  }
  if (twoM === 0) return 0;
  let q = 0;
  for (let c = 0; c < csr.n; c++) q += inside[c]! / twoM - gamma * (totals[c]! / twoM) ** 2;
  return q;
}

/**
 * One run of Louvain or Leiden from `initial` (labels < n; singletons when null). Returns
 * community labels 0..c-1 of the nodes of `csr`.
 */
function runOnce(csr: Csr, method: CommunityMethod, gamma: number, rng: Rng, initial: Int32Array | null): Int32Array {
  let g = baseLevel(csr);
  let twoM = 0;
  for (let v = 0; v < g.n; v++) twoM += g.k[v]!;
  const result = new Int32Array(csr.n);
  for (let v = 0; v < csr.n; v++) result[v] = v; // original node → node of the current level
  let community: Int32Array = initial ? initial.slice() : Int32Array.from(result);
  if (twoM === 0) return result;
  for (;;) {
    moveNodes(g, community, gamma, twoM, rng, method === 'leiden');
    const c = compact(community);
    if (c === g.n) break; // every community is a single node: done
    let nodes: Int32Array;
    let next: Int32Array;
    if (method === 'leiden') {
      nodes = refine(g, community, gamma, twoM, rng);
      const r = compact(nodes);
      // Start the aggregate graph from the unrefined partition.
      next = new Int32Array(r);
      for (let v = 0; v < g.n; v++) next[nodes[v]!] = community[v]!;
      g = aggregate(g, nodes, r);
    } else {
      nodes = community;
      next = new Int32Array(c);
      for (let i = 0; i < c; i++) next[i] = i;
      g = aggregate(g, nodes, c);
    }
    for (let v = 0; v < csr.n; v++) result[v] = nodes[result[v]!]!;
    community = next;
  }
  for (let v = 0; v < csr.n; v++) result[v] = community[result[v]!]!;
  compact(result);
  return result;
}

/**
 * Louvain: one run. Leiden: iterations from the previous partition until Q_γ improves by less
 * than MIN_IMPROVEMENT (relative; at most MAX_ITERATIONS). Returns labels 0..c-1 (not yet numbered by size).
 */
export function optimiseModularity(csr: Csr, method: CommunityMethod, gamma: number, rng: Rng): Int32Array {
  let labels: Int32Array = runOnce(csr, method, gamma, rng, null);
  if (method === 'louvain') return labels;
  let q = quality(csr, labels, gamma);
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const next = runOnce(csr, method, gamma, rng, labels);
    const qNext = quality(csr, next, gamma);
    if (qNext > q) labels = next;
    if (!(qNext - q > MIN_IMPROVEMENT * Math.abs(q))) break;
    q = qNext;
  }
  return labels;
}
