/**
 * Deterministic traversal of the organisation graph: nodes by id and edges by (source, target)
 * in UTF-16 code-unit order (never `localeCompare`), with source < target. Edges are produced
 * node by node, so a million-edge graph is never copied into one big sorted array.
 */

import type { OrgAttributes, OrgGraph, RelationAttributes } from '../graph/types.js';

/** Code-unit comparison, usable as a sort comparator. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Node ids in code-unit order. */
export function sortedNodeIds(graph: OrgGraph): string[] {
  return graph.nodes().sort(compareCodeUnits);
}

/** Nodes with their attributes, in id order. */
export function* sortedNodes(graph: OrgGraph): Generator<[string, OrgAttributes]> {
  for (const id of sortedNodeIds(graph)) yield [id, graph.getNodeAttributes(id)];
}

export interface SortedEdge {
  /** The smaller id (code-unit order). */
  source: string;
  target: string;
  attributes: RelationAttributes;
}

/** Edges in (source, target) order with source <= target; `ids` = the sorted node ids. */
export function* sortedEdges(graph: OrgGraph, ids: readonly string[] = sortedNodeIds(graph)): Generator<SortedEdge> {
  for (const source of ids) {
    const row: Array<[string, RelationAttributes]> = [];
    let selfLoop = false;
    graph.forEachEdge(source, (_key, attributes, a, b) => {
      const other = a === source ? b : a;
      if (other === source) {
        if (selfLoop) return; // reported once, whatever the iteration gives
        selfLoop = true;
      }
      if (other >= source) row.push([other, attributes]);
    });
    row.sort((x, y) => compareCodeUnits(x[0], y[0]));
    for (const [target, attributes] of row) yield { source, target, attributes };
  }
}
