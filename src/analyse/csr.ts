/**
 * The graph as compressed sparse rows (CSR) in typed arrays: the form every kernel of
 * `analyse/` works on. Node `i` is the i-th key of `graph.nodes()`; its neighbours are
 * `neighbours[offsets[i] .. offsets[i+1])`, in ascending index order, with the matching edge
 * `weight` (evidence strength, docs/contract.md §3) in `weights`. Each undirected edge appears twice,
 * once in each endpoint's row.
 */

import type { AbstractGraph, Attributes } from 'graphology-types';
import type { EdgeList } from '../graph/types.js';

export interface Csr {
  /** Number of nodes. */
  n: number;
  /** Number of (undirected) edges. */
  m: number;
  /** Node keys; index i ↔ keys[i] (graph.nodes() order). */
  keys: string[];
  /** Length n + 1. */
  offsets: Int32Array;
  /** Length 2m, each row sorted ascending. */
  neighbours: Int32Array;
  /** Length 2m, the `weight` of the edge in the same slot. */
  weights: Float64Array;
  /** The edges in the graph's own order (`forEachEdge`): ends and weight of edge j. */
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  edgeWeight: Float64Array;
}

/** Any graphology graph whose edges may carry a numeric `weight`. */
export type WeightedGraph = AbstractGraph<Attributes, Attributes>;

/**
 * Build the CSR of an undirected, simple graph. Throws on a self-loop, a repeated pair or a
 * `weight` that is not a positive finite number (the graph builder guarantees none occur).
 * `given`: the builder's edge list of this very graph (same node and edge order); the edges are
 * then taken from its arrays instead of walking the graph (seconds on a million relations).
 */
export function toCsr(graph: WeightedGraph, given?: EdgeList): Csr {
  const keys = graph.nodes();
  const n = keys.length;
  const m = graph.size;
  const { src, dst, wgt } = given !== undefined && given.source.length === m ? checkedEdges(given, keys) : readEdges(graph, keys);
  const degree = new Int32Array(n);
  for (let j = 0; j < m; j++) {
    degree[src[j]!]!++;
    degree[dst[j]!]!++;
  }

  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;

  // First pass: rows in edge order. Second pass (a transpose, which for a symmetric matrix is
  // the matrix itself) visits rows in ascending order, so every row comes out sorted: O(n + m).
  const rawN = new Int32Array(2 * m);
  const rawW = new Float64Array(2 * m);
  const fill = offsets.slice(0, n);
  for (let j = 0; j < m; j++) {
    const a = src[j]!;
    const b = dst[j]!;
    rawN[fill[a]!] = b;
    rawW[fill[a]!++] = wgt[j]!;
    rawN[fill[b]!] = a;
    rawW[fill[b]!++] = wgt[j]!;
  }
  const neighbours = new Int32Array(2 * m);
  const weights = new Float64Array(2 * m);
  fill.set(offsets.subarray(0, n));
  for (let u = 0; u < n; u++) {
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
      const v = rawN[p]!;
      neighbours[fill[v]!] = u;
      weights[fill[v]!++] = rawW[p]!;
    }
  }
  for (let u = 0; u < n; u++) {
    for (let p = offsets[u]! + 1; p < offsets[u + 1]!; p++) {
      if (neighbours[p] === neighbours[p - 1]) {
        throw new Error(`analyse: repeated edge ${keys[u]} – ${keys[neighbours[p]!]} (the graph must be simple)`);
      }
    }
  }
  return { n, m, keys, offsets, neighbours, weights, edgeSource: src, edgeTarget: dst, edgeWeight: wgt };
}

/** The edges as `forEachEdge` gives them, numbered by `keys` (the graph's node order). */
function readEdges(graph: WeightedGraph, keys: readonly string[]): { src: Int32Array; dst: Int32Array; wgt: Float64Array } {
  const index = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) index.set(keys[i]!, i);
  const m = graph.size;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const wgt = new Float64Array(m);
  let e = 0;
  graph.forEachEdge((edge, attr, s, t) => {
    const a = index.get(s)!;
    const b = index.get(t)!;
    if (a === b) throw new Error(`analyse: self-loop on node "${s}" (the graph must be simple)`);
    const w = attr.weight === undefined ? 1 : attr.weight;
    if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) {
      throw new Error(`analyse: edge "${edge}" has weight ${String(w)}; expected a positive number`);
    }
    src[e] = a;
    dst[e] = b;
    wgt[e] = w;
    e++;
  });
  return { src, dst, wgt };
}

/** The builder's edge list of the same graph (graph/types.ts `EdgeList`), held to the same rules. */
function checkedEdges(edges: EdgeList, keys: readonly string[]): { src: Int32Array; dst: Int32Array; wgt: Float64Array } {
  for (let j = 0; j < edges.source.length; j++) {
    const a = edges.source[j]!;
    const b = edges.target[j]!;
    const w = edges.weight[j]!;
    if (a === b) throw new Error(`analyse: self-loop on node "${keys[a]}" (the graph must be simple)`);
    if (!(Number.isFinite(w) && w > 0)) throw new Error(`analyse: edge ${j} has weight ${w}; expected a positive number`);
  }
  return { src: edges.source, dst: edges.target, wgt: edges.weight };
}

/** Number of neighbours of node i. */
export function degreeOf(csr: Csr, i: number): number {
  return csr.offsets[i + 1]! - csr.offsets[i]!;
}

/** Sum of incident edge weights per node (the `strength` column). */
export function strengths(csr: Csr): Float64Array {
  const out = new Float64Array(csr.n);
  for (let u = 0; u < csr.n; u++) {
    let s = 0;
    for (let p = csr.offsets[u]!; p < csr.offsets[u + 1]!; p++) s += csr.weights[p]!;
    out[u] = s;
  }
  return out;
}

/** Sum of all edge weights, in edge order of the CSR (each edge once). */
export function totalWeight(csr: Csr): number {
  let s = 0;
  for (let u = 0; u < csr.n; u++) {
    for (let p = csr.offsets[u]!; p < csr.offsets[u + 1]!; p++) if (csr.neighbours[p]! > u) s += csr.weights[p]!;
  }
  return s;
}
