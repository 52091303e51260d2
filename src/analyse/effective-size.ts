/**
 * Burt's effective size (R. S. Burt 1992, "Structural Holes: The Social Structure of
 * Competition", Harvard UP, ch. 1), unweighted, as NetworkX `effective_size(G)`:
 *
 *   e_i = n − 2t/n,   n = deg(i), t = number of ties among i's neighbours,
 *
 * the number of neighbours less their average redundancy (Borgatti 1997's simplification of
 * Burt's Σ_j (1 − Σ_q p_iq m_jq) for unweighted undirected graphs, which is what NetworkX
 * computes there). The ties among the neighbours are the triangles through i, counted once per
 * edge from the common neighbours of its two ends. Isolates have no effective size (NaN in
 * NetworkX): null here.
 */

import type { Csr } from './csr.js';
import { trianglesTwice } from './common-neighbours.js';

/** `twice` is `trianglesTwice(csr)` (twice the ties among each node's neighbours), passed in when the caller has it already. */
export function effectiveSize(csr: Csr, twice: Float64Array = trianglesTwice(csr)): Array<number | null> {
  const { n, offsets } = csr;
  const out: Array<number | null> = new Array(n);
  for (let u = 0; u < n; u++) {
    const d = offsets[u + 1]! - offsets[u]!;
    out[u] = d === 0 ? null : d - twice[u]! / d;
  }
  return out;
}
