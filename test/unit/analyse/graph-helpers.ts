/**
 * Test helpers: OrgGraphs built the way the graph stage builds them (nodes and edges inserted
 * in sorted code-unit order, deterministic edge keys), from plain edge lists.
 */

import { UndirectedGraph } from 'graphology';
import { compareCodeUnits } from '../../../src/compare.js';
import { blankMetrics, type OrgAttributes, type OrgGraph, type RelationAttributes } from '../../../src/graph/types.js';
import { edgeKey } from '../../helpers/edge-key.js';
import type { Rng } from '../../../src/analyse/rng.js';

export type EdgeList = ReadonlyArray<readonly [string, string, number?]>;

export function orgNode(label: string): OrgAttributes {
  return {
    label,
    type: '',
    region: '',
    themes: [],
    kis_contacts: null,
    respondents: 0,
    rating_mean: null,
    ratings: 0,
    rating_sum: 0,
    products: [],
    sources: ['interview'],
    ...blankMetrics(),
    extra: {},
  };
}

function relation(weight: number): RelationAttributes {
  return { weight, mentions: 1, sources: ['interview'], interviews: 1, respondents: 0, relations: [], themes: [] };
}

/** An OrgGraph with the given nodes (plus every edge end) and weighted edges (default 1). */
export function buildGraph(edges: EdgeList, nodes: readonly string[] = []): OrgGraph {
  const graph: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
  const keys = new Set<string>(nodes);
  for (const [a, b] of edges) {
    keys.add(a);
    keys.add(b);
  }
  for (const key of [...keys].sort(compareCodeUnits)) graph.addNode(key, orgNode(key));
  const sorted = edges
    .map(([a, b, w]) => (a < b ? ([a, b, w ?? 1] as const) : ([b, a, w ?? 1] as const)))
    .sort((x, y) => compareCodeUnits(x[0], y[0]) || compareCodeUnits(x[1], y[1]));
  for (const [a, b, w] of sorted) graph.addEdgeWithKey(edgeKey(a, b), a, b, relation(w));
  return graph;
}

/** Node ids `n0`, `n1`, ... zero-padded so code-unit order is numeric order. */
export function nodeId(i: number, width = 5): string {
  return `n${String(i).padStart(width, '0')}`;
}

/**
 * A connected-ish random graph: preferential attachment (each new node links to `links`
 * earlier nodes, picked by degree) plus `extra` random edges. Deterministic for a given rng.
 */
export function randomGraphEdges(rng: Rng, n: number, links: number, extra: number): Array<[string, string]> {
  const seen = new Set<string>();
  const ends: number[] = [];
  const out: Array<[string, string]> = [];
  const add = (a: number, b: number): void => {
    if (a === b) return;
    const k = a < b ? `${a},${b}` : `${b},${a}`;
    if (seen.has(k)) return;
    seen.add(k);
    ends.push(a, b);
    out.push([nodeId(a), nodeId(b)]);
  };
  for (let v = 1; v < n; v++) {
    for (let j = 0; j < links; j++) {
      const target = ends.length === 0 ? 0 : ends[Math.floor(rng() * ends.length)]!;
      add(v, target);
    }
  }
  for (let j = 0; j < extra; j++) add(Math.floor(rng() * n), Math.floor(rng() * n));
  return out;
}
