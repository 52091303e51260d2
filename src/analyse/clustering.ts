/**
 * Local clustering coefficient (Watts & Strogatz 1998, "Collective dynamics of 'small-world'
 * networks", Nature 393), unweighted, as NetworkX `clustering(G)`: the share of pairs of a
 * node's neighbours that are themselves linked, 2T/(d(d-1)); 0 when degree < 2 or T = 0.
 * Also the graph figures `average_clustering` (NetworkX `average_clustering(G)`: the mean over
 * ALL nodes, zeros included) and `transitivity` (3 × triangles / connected triples).
 *
 * Triangles are counted once per edge from the common neighbours of its two ends.
 */

import type { Csr } from './csr.js';
import { trianglesTwice } from './common-neighbours.js';

export interface ClusteringResult {
  local: Float64Array;
  average: number;
  transitivity: number;
}

/** `twice` is `trianglesTwice(csr)`, passed in when the caller has it already. */
export function clustering(csr: Csr, twice: Float64Array = trianglesTwice(csr)): ClusteringResult {
  const { n, offsets } = csr;
  const local = new Float64Array(n);
  let sumLocal = 0;
  let triangles = 0;
  let triples = 0;
  for (let u = 0; u < n; u++) {
    const d = offsets[u + 1]! - offsets[u]!;
    const t = twice[u]!;
    local[u] = t === 0 ? 0 : t / (d * (d - 1));
    sumLocal += local[u]!;
    triangles += t;
    triples += d * (d - 1);
  }
  return {
    local,
    average: n === 0 ? 0 : sumLocal / n,
    transitivity: triangles === 0 ? 0 : triangles / triples,
  };
}
