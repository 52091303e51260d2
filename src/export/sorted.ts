/**
 * Deterministic traversal of the organisation graph: nodes by id and edges by (source, target)
 * in UTF-16 code-unit order (never `localeCompare`), with source < target.
 */

import { compareCodeUnits } from '../compare.js';
import type { OrgAttributes, OrgGraph, RelationAttributes } from '../graph/types.js';

/**
 * The sorted node ids and edge order of a graph, computed once for all the writers of one run
 * (five files walk the nodes and four the edges). Kept while the graph lives; recomputed when
 * its order or size has changed since.
 */
interface Sorted {
  order: number;
  size: number;
  ids: string[];
  edges?: { lo: Uint32Array; hi: Uint32Array; attributes: RelationAttributes[]; order: Uint32Array };
}
const cache = new WeakMap<OrgGraph, Sorted>();

function sortedOf(graph: OrgGraph): Sorted {
  const hit = cache.get(graph);
  if (hit !== undefined && hit.order === graph.order && hit.size === graph.size) return hit;
  const fresh: Sorted = { order: graph.order, size: graph.size, ids: graph.nodes().sort(compareCodeUnits) };
  cache.set(graph, fresh);
  return fresh;
}

/** Node ids in code-unit order (a fresh array). */
export function sortedNodeIds(graph: OrgGraph): string[] {
  return sortedOf(graph).ids.slice();
}

/** Nodes with their attributes, in id order. */
export function* sortedNodes(graph: OrgGraph): Generator<[string, OrgAttributes]> {
  for (const id of sortedNodeIds(graph)) yield [id, graph.getNodeAttributes(id)];
}

export interface SortedEdge {
  /** The smaller id (code-unit order). */
  source: string;
  target: string;
  /** Positions of source and target in the sorted node ids (for per-node caches). */
  sourceIndex: number;
  targetIndex: number;
  attributes: RelationAttributes;
}

/** A stable counting sort of `input` (edge numbers) by `keys[edge]`, keys in [0, n). */
function countingSort(keys: Uint32Array, n: number, input: Uint32Array): Uint32Array {
  const start = new Uint32Array(n + 1);
  for (let i = 0; i < input.length; i++) start[keys[input[i]!]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const out = new Uint32Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const edge = input[i]!;
    out[start[keys[edge]!]!++] = edge;
  }
  return out;
}

/**
 * Edges in (source, target) order with source <= target; `ids` = the sorted node ids.
 * A two-pass radix sort on node positions (by target, then stably by source): O(n + m) with
 * typed arrays, about 20 bytes per edge, instead of a comparison sort of a million objects.
 */
export function* sortedEdges(graph: OrgGraph, ids: readonly string[] = sortedNodeIds(graph)): Generator<SortedEdge> {
  const m = graph.size;
  if (m === 0) return;
  const { lo, hi, attributes, order } = sortedEdgeArrays(graph, ids);
  for (let r = 0; r < m; r++) {
    const e = order[r]!;
    const s = lo[e]!;
    const t = hi[e]!;
    yield { source: ids[s]!, target: ids[t]!, sourceIndex: s, targetIndex: t, attributes: attributes[e]! };
  }
}

function sortedEdgeArrays(graph: OrgGraph, ids: readonly string[]): NonNullable<Sorted['edges']> {
  const sorted = sortedOf(graph);
  const same = ids.length === sorted.ids.length && ids.every((id, i) => id === sorted.ids[i]);
  if (same && sorted.edges) return sorted.edges;
  const m = graph.size;
  const n = ids.length;
  const position = new Map<string, number>();
  for (let i = 0; i < n; i++) position.set(ids[i]!, i);
  const lo = new Uint32Array(m);
  const hi = new Uint32Array(m);
  const attributes: RelationAttributes[] = new Array<RelationAttributes>(m);
  let k = 0;
  graph.forEachEdge((_key, attrs, a, b) => {
    const i = position.get(a)!;
    const j = position.get(b)!;
    lo[k] = Math.min(i, j);
    hi[k] = Math.max(i, j);
    attributes[k++] = attrs;
  });
  const identity = new Uint32Array(m);
  for (let e = 0; e < m; e++) identity[e] = e;
  const order = countingSort(lo, n, countingSort(hi, n, identity));
  const edges = { lo, hi, attributes, order };
  if (same) sorted.edges = edges;
  return edges;
}
