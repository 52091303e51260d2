/**
 * Newman–Girvan modularity of a partition, WEIGHTED by the edge `weight`, resolution 1
 * (M. E. J. Newman & M. Girvan 2004, "Finding and evaluating community structure in
 * networks", Phys. Rev. E 69, 026113), as NetworkX `community.modularity(G, C, weight='weight')`:
 *
 *   Q = Σ_c [ L_c / m − (D_c / 2m)² ]
 *
 * with m the total edge weight, L_c the weight of edges inside community c and D_c the summed
 * strength of its members. Recomputed here from the written partition; Louvain's own running
 * value is never reported. A graph without edges has Q = 0.
 */

import type { Csr } from './csr.js';

export function modularity(csr: Csr, community: Int32Array, count: number): number {
  const { n, offsets, neighbours, weights } = csr;
  const inside = new Float64Array(count);
  const degreeSum = new Float64Array(count);
  let m = 0;
  for (let u = 0; u < n; u++) {
    const cu = community[u]!;
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
      const w = weights[p]!;
      degreeSum[cu] = degreeSum[cu]! + w;
      const v = neighbours[p]!;
      if (v > u) {
        m += w;
        if (community[v] === cu) inside[cu] = inside[cu]! + w;
      }
    }
  }
  if (m === 0) return 0;
  let q = 0;
  for (let c = 0; c < count; c++) {
    const share = degreeSum[c]! / (2 * m);
    q += inside[c]! / m - share * share;
  }
  return q;
}
