/**
 * The whole-graph figures of `summary.json` (GraphFigures), NetworkX conventions:
 * density 2m/(n(n−1)) (0 when n < 2), connected components, size of the largest, isolates,
 * number of communities, weighted modularity of the written partition, average clustering
 * over all nodes, transitivity, and the total edge weight.
 */

import type { GraphFigures } from '../result.js';
import type { Csr } from './csr.js';
import { totalWeight } from './csr.js';
import type { Components } from './components.js';
import type { ClusteringResult } from './clustering.js';

export function graphFigures(
  csr: Csr,
  components: Components,
  communities: number,
  modularity: number,
  clustering: ClusteringResult,
): GraphFigures {
  const { n, m } = csr;
  return {
    nodes: n,
    edges: m,
    density: n < 2 ? 0 : (2 * m) / (n * (n - 1)),
    components: components.count,
    largest_component: components.largest,
    isolates: components.isolates,
    communities,
    modularity,
    average_clustering: clustering.average,
    transitivity: clustering.transitivity,
    total_weight: totalWeight(csr),
  };
}
