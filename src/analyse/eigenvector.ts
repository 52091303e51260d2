/**
 * Eigenvector centrality (Bonacich 1972, "Factoring and weighting approaches to status scores
 * and clique identification", J. Math. Sociology 2), unweighted, as NetworkX
 * `eigenvector_centrality_numpy(G)`: the principal eigenvector of the adjacency matrix A,
 * non-negative, with unit Euclidean (L2) norm.
 *
 * Method: power iteration on A + I from the uniform vector. The shift by I leaves the
 * eigenvectors unchanged and makes the dominant eigenvalue strictly largest in modulus, so
 * bipartite graphs (paths, trees, stars) converge instead of oscillating. Each step is
 * normalised to unit L2 norm; iteration stops when no entry changes by more than TOLERANCE, or
 * after MAX_ITERATIONS steps (fixed, deterministic).
 *
 * Disconnected graphs (the eigenvector of A is then not unique; NetworkX returns whatever
 * ARPACK finds): the component with the largest spectral radius gets the principal eigenvector
 * of its own adjacency matrix (unit norm) and every other node gets 0. Ties (spectral radii
 * within a relative 1e-9) go to the larger component, then to the one whose first node comes
 * first. A graph without edges (including the empty and one-node graph) gives 0 everywhere.
 */

import type { Csr } from './csr.js';
import type { Components } from './components.js';

export const EIGENVECTOR_TOLERANCE = 1e-12;
export const EIGENVECTOR_MAX_ITERATIONS = 1000;
const TIE = 1e-9;

export interface EigenvectorResult {
  values: Float64Array;
  /** Iterations used for the chosen component (0 when there are no edges). */
  iterations: number;
  converged: boolean;
}

interface ComponentVector {
  lambda: number;
  x: Float64Array;
  iterations: number;
  converged: boolean;
}

/** Power iteration on (A + I) restricted to the nodes of one component. */
function principal(csr: Csr, members: Int32Array, scratch: Float64Array): ComponentVector {
  const { offsets, neighbours } = csr;
  const r = members.length;
  const x = scratch;
  const y = new Float64Array(r);
  const local = new Float64Array(r);
  const init = 1 / Math.sqrt(r);
  for (let i = 0; i < r; i++) x[members[i]!] = init;
  let lambda = 0;
  let iterations = 0;
  let converged = false;
  while (iterations < EIGENVECTOR_MAX_ITERATIONS) {
    iterations++;
    let norm2 = 0;
    for (let i = 0; i < r; i++) {
      const v = members[i]!;
      let s = x[v]!;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) s += x[neighbours[p]!]!;
      y[i] = s;
      norm2 += s * s;
    }
    const norm = Math.sqrt(norm2);
    lambda = norm - 1;
    let change = 0;
    for (let i = 0; i < r; i++) {
      const value = y[i]! / norm;
      change = Math.max(change, Math.abs(value - local[i]!));
      local[i] = value;
    }
    for (let i = 0; i < r; i++) x[members[i]!] = local[i]!;
    if (change <= EIGENVECTOR_TOLERANCE) {
      converged = true;
      break;
    }
  }
  return { lambda, x: local, iterations, converged };
}

export function eigenvectorCentrality(csr: Csr, components: Components): EigenvectorResult {
  const values = new Float64Array(csr.n);
  const { count, start, members, sizes } = components;
  // Candidates: components with an edge, largest first, then by first node (= component id).
  const order: number[] = [];
  const maxDegree = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    if (sizes[c]! < 2) continue;
    order.push(c);
    for (let p = start[c]!; p < start[c + 1]!; p++) {
      const v = members[p]!;
      maxDegree[c] = Math.max(maxDegree[c]!, csr.offsets[v + 1]! - csr.offsets[v]!);
    }
  }
  order.sort((a, b) => sizes[b]! - sizes[a]! || a - b);

  const scratch = new Float64Array(csr.n);
  let best: ComponentVector | null = null;
  let bestComponent = -1;
  for (const c of order) {
    // The spectral radius is at most the maximum degree: skip components that cannot win.
    if (best && maxDegree[c]! <= best.lambda * (1 + TIE)) continue;
    const candidate = principal(csr, members.subarray(start[c]!, start[c + 1]!), scratch);
    if (!best || candidate.lambda > best.lambda * (1 + TIE)) {
      best = candidate;
      bestComponent = c;
    }
  }
  if (!best) return { values, iterations: 0, converged: true };
  for (let i = 0, p = start[bestComponent]!; p < start[bestComponent + 1]!; p++, i++) {
    values[members[p]!] = best.x[i]!;
  }
  return { values, iterations: best.iterations, converged: best.converged };
}
