/**
 * The default look of the organisation network, for the GEXF/GraphML exports and the map's
 * initial state: size by PageRank (by degree when PageRank is flat, e.g. no relations) and
 * colour by community with the fixed colour-blind-friendly palette (largest communities first;
 * beyond 12 communities the palette repeats; single-organisation communities are grey).
 */

import type { OrgGraph } from '../graph/types.js';
import { categoryColors } from './category-colors.js';
import { sizeScale } from './size-scale.js';

/** The metric the default size follows: `pagerank` unless it carries no information. */
export function defaultSizeMetric(graph: OrgGraph): 'pagerank' | 'degree' {
  let lo = Infinity;
  let hi = -Infinity;
  graph.forEachNode((_n, a) => {
    if (a.pagerank < lo) lo = a.pagerank;
    if (a.pagerank > hi) hi = a.pagerank;
  });
  return graph.size > 0 && hi > lo ? 'pagerank' : 'degree';
}

/** Sets `size` and `color` on every node (deterministic; nothing else is touched). */
export function applyAppearance(graph: OrgGraph): void {
  const metric = defaultSizeMetric(graph);
  const nodes = graph.nodes();
  const sizes = sizeScale(nodes.map((n) => graph.getNodeAttribute(n, metric)));
  const counts = new Map<number, number>();
  for (const n of nodes) {
    const c = graph.getNodeAttribute(n, 'community');
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const { colors } = categoryColors(counts, 2, undefined, true);
  nodes.forEach((n, i) => {
    const c = graph.getNodeAttribute(n, 'community');
    graph.mergeNodeAttributes(n, { size: sizes[i]!, color: colors.get(c)! });
  });
}
