/**
 * Burt's constraint (R. S. Burt 1992, "Structural Holes: The Social Structure of
 * Competition", Harvard UP), unweighted, as NetworkX `constraint(G)`:
 *
 *   c_i = Σ_{j ∈ N(i)} (p_ij + Σ_q p_iq p_qj)²,   p_ij = 1/deg(i) for a neighbour j.
 *
 * The indirect term runs over the common neighbours q of i and j, so for an edge (i, j)
 * c_i gains ((1 + I_ij) / deg(i))² with I_ij = Σ_{q ∈ N(i) ∩ N(j)} 1/deg(q), which is
 * symmetric and computed once per edge. Low constraint = a node spanning structural holes.
 * Isolates have no constraint (NaN in NetworkX): null here.
 */

import type { Csr } from './csr.js';
import { sumOverCommonNeighbours } from './common-neighbours.js';

export function constraint(csr: Csr): Array<number | null> {
  const { n, offsets, neighbours } = csr;
  const deg = new Float64Array(n);
  const invDeg = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1]! - offsets[v]!;
    invDeg[v] = deg[v]! > 0 ? 1 / deg[v]! : 0;
  }
  const c = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      const j = neighbours[p]!;
      if (j <= i) continue;
      const indirect = sumOverCommonNeighbours(csr, i, j, invDeg);
      const ti = (1 + indirect) / deg[i]!;
      const tj = (1 + indirect) / deg[j]!;
      c[i] = c[i]! + ti * ti;
      c[j] = c[j]! + tj * tj;
    }
  }
  const out: Array<number | null> = new Array(n);
  for (let v = 0; v < n; v++) out[v] = deg[v] === 0 ? null : c[v]!;
  return out;
}
