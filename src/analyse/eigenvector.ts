/**
 * Eigenvector centrality (Bonacich 1972, "Factoring and weighting approaches to status scores
 * and clique identification", J. Math. Sociology 2), unweighted, as NetworkX
 * `eigenvector_centrality_numpy(G)`: the principal eigenvector of the adjacency matrix A,
 * non-negative, with unit Euclidean (L2) norm.
 *
 * Method: the Lanczos algorithm (C. Lanczos 1950, "An iteration method for the solution of the
 * eigenvalue problem of linear differential and integral operators", J. Res. Nat. Bur.
 * Standards 45) with full reorthogonalisation, per connected component, from the uniform
 * vector; restarted from the current Ritz vector when the basis reaches its size limit
 * (explicit restart, Saad 2011, "Numerical Methods for Large Eigenvalue Problems" §6.4).
 * The largest eigenvalue of the small tridiagonal matrix comes from Sturm-sequence bisection,
 * its eigenvector from inverse iteration just above it (a positive definite solve). Unlike
 * power iteration, the number of steps grows with the square root of 1 / spectral gap, so
 * long chains (gap ~ 1/n²) converge too. The result is accepted when the residual
 * ‖Ax − λx‖ ≤ TOLERANCE · λ (recomputed from A at the end, not the Lanczos estimate);
 * `converged` says whether it was reached within MAX_PRODUCTS matrix–vector products.
 * Deterministic: fixed start, fixed arithmetic order.
 *
 * Disconnected graphs (the eigenvector of A is then not unique; NetworkX returns whatever
 * ARPACK finds): the component with the largest spectral radius gets the principal eigenvector
 * of its own adjacency matrix (unit norm) and every other node gets 0. Ties (spectral radii
 * within a relative 1e-9) go to the larger component, then to the one whose first node comes
 * first. A graph without edges (including the empty and one-node graph) gives 0 everywhere.
 */

import type { Csr } from './csr.js';
import type { Components } from './components.js';

/** Relative residual ‖Ax − λx‖ / λ accepted as converged. */
export const EIGENVECTOR_TOLERANCE = 1e-12;
/** At most this many matrix–vector products per component. */
export const EIGENVECTOR_MAX_PRODUCTS = 20000;
/** The Lanczos loop stops when its (cheap) residual estimate falls below this, relative to λ. */
const ESTIMATE_TOLERANCE = 1e-14;
/** The basis holds at most this many numbers (restart above), and at least MIN_BASIS vectors. */
const BASIS_BUDGET = 2e9;
const MIN_BASIS = 32;
const TIE = 1e-9;

export interface EigenvectorResult {
  values: Float64Array;
  /** Matrix–vector products used for the chosen component (0 when there are no edges). */
  iterations: number;
  /** True when every component examined reached the tolerance. */
  converged: boolean;
}

interface ComponentVector {
  lambda: number;
  x: Float64Array;
  iterations: number;
  converged: boolean;
}

/** The number of eigenvalues of the tridiagonal (alpha, beta) below x (Sturm count). */
function countBelow(alpha: Float64Array, beta: Float64Array, k: number, x: number): number {
  let count = 0;
  let d = 1;
  for (let i = 0; i < k; i++) {
    const b2 = i > 0 ? beta[i - 1]! * beta[i - 1]! : 0;
    d = alpha[i]! - x - (i > 0 ? b2 / d : 0);
    if (d === 0) d = -Number.MIN_VALUE;
    if (d < 0) count++;
  }
  return count;
}

/** Largest eigenpair of the k×k tridiagonal T (diagonal alpha, off-diagonal beta). */
function topEigenpair(alpha: Float64Array, beta: Float64Array, k: number): { theta: number; s: Float64Array } {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < k; i++) {
    const r = (i > 0 ? Math.abs(beta[i - 1]!) : 0) + (i < k - 1 ? Math.abs(beta[i]!) : 0);
    lo = Math.min(lo, alpha[i]! - r);
    hi = Math.max(hi, alpha[i]! + r);
  }
  // Bisection: keep count(lo) ≤ k − 1 < count(hi) = k, i.e. λ_max in (lo, hi].
  for (let it = 0; it < 200; it++) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    if (countBelow(alpha, beta, k, mid) === k) hi = mid;
    else lo = mid;
  }
  const theta = hi;
  // Inverse iteration with σ just above λ_max: σI − T is positive definite, so the plain
  // tridiagonal (Thomas) solve is stable; two solves reach full accuracy.
  const sigma = hi + Math.max(Math.abs(hi), 1) * 1e-13;
  let s: Float64Array = new Float64Array(k).fill(1 / Math.sqrt(k));
  const c = new Float64Array(k);
  const d = new Float64Array(k);
  for (let round = 0; round < 3; round++) {
    // Solve (σI − T) y = s: diagonal σ − alpha, off-diagonal −beta.
    let diag = sigma - alpha[0]!;
    c[0] = k > 1 ? -beta[0]! / diag : 0;
    d[0] = s[0]! / diag;
    for (let i = 1; i < k; i++) {
      diag = sigma - alpha[i]! + beta[i - 1]! * c[i - 1]!;
      c[i] = i < k - 1 ? -beta[i]! / diag : 0;
      d[i] = (s[i]! + beta[i - 1]! * d[i - 1]!) / diag;
    }
    const y = new Float64Array(k);
    y[k - 1] = d[k - 1]!;
    for (let i = k - 2; i >= 0; i--) y[i] = d[i]! - c[i]! * y[i + 1]!;
    let norm = 0;
    for (let i = 0; i < k; i++) norm += y[i]! * y[i]!;
    norm = Math.sqrt(norm);
    for (let i = 0; i < k; i++) y[i] = y[i]! / norm;
    s = y;
  }
  return { theta, s };
}

/** y = A x on one component (local numbering through `position`). */
function multiply(csr: Csr, members: Int32Array, position: Int32Array, x: Float64Array, y: Float64Array): void {
  const { offsets, neighbours } = csr;
  if (members.length === csr.n) {
    // A connected graph: local numbering is the CSR's own (members ascending).
    for (let v = 0; v < csr.n; v++) {
      let s = 0;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) s += x[neighbours[p]!]!;
      y[v] = s;
    }
    return;
  }
  for (let i = 0; i < members.length; i++) {
    const v = members[i]!;
    let s = 0;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) s += x[position[neighbours[p]!]!]!;
    y[i] = s;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Principal eigenpair of the adjacency matrix of one component (Lanczos, explicit restarts). */
function principal(csr: Csr, members: Int32Array, position: Int32Array): ComponentVector {
  const r = members.length;
  const maxBasis = Math.min(r, Math.max(MIN_BASIS, Math.floor(Math.sqrt(BASIS_BUDGET / r))));
  const alpha = new Float64Array(maxBasis);
  const beta = new Float64Array(maxBasis);
  const basis: Float64Array[] = [];
  const w = new Float64Array(r);
  let x: Float64Array = new Float64Array(r).fill(1 / Math.sqrt(r));
  let lambda = 0;
  let products = 0;
  while (products < EIGENVECTOR_MAX_PRODUCTS) {
    basis.length = 0;
    basis.push(x);
    let k = 0;
    let done = false;
    let best: { theta: number; s: Float64Array } = { theta: 0, s: new Float64Array(1) };
    for (;;) {
      const q = basis[k]!;
      multiply(csr, members, position, q, w);
      products++;
      alpha[k] = dot(q, w);
      // The three-term recurrence, then full reorthogonalisation against the whole basis; a
      // second pass when the first removed most of w (Daniel, Gragg, Kaufman & Stewart 1976).
      const a = alpha[k]!;
      const b = k > 0 ? beta[k - 1]! : 0;
      const previous = k > 0 ? basis[k - 1]! : q;
      for (let i = 0; i < r; i++) w[i] = w[i]! - a * q[i]! - b * previous[i]!;
      let norm = Math.sqrt(dot(w, w));
      for (let pass = 0; pass < 2; pass++) {
        for (const b of basis) {
          const h = dot(b, w);
          for (let i = 0; i < r; i++) w[i] = w[i]! - h * b[i]!;
        }
        const before = norm;
        norm = Math.sqrt(dot(w, w));
        if (norm > 0.7 * before) break;
      }
      k++;
      beta[k - 1] = norm;
      best = topEigenpair(alpha, beta, k);
      const estimate = norm * Math.abs(best.s[k - 1]!);
      if (estimate <= ESTIMATE_TOLERANCE * Math.abs(best.theta) || norm <= 1e-300) done = true;
      if (done || k === maxBasis || products >= EIGENVECTOR_MAX_PRODUCTS) break;
      const next = new Float64Array(r);
      for (let i = 0; i < r; i++) next[i] = w[i]! / norm;
      basis.push(next);
    }
    // The Ritz vector Σ s_j q_j.
    const ritz = new Float64Array(r);
    for (let j = 0; j < k; j++) {
      const sj = best.s[j]!;
      const q = basis[j]!;
      for (let i = 0; i < r; i++) ritz[i] = ritz[i]! + sj * q[i]!;
    }
    const len = Math.sqrt(dot(ritz, ritz));
    for (let i = 0; i < r; i++) ritz[i] = ritz[i]! / len;
    x = ritz;
    lambda = best.theta;
    if (done) break;
  }
  // The Perron vector is non-negative: fix the sign, clear rounding noise below zero.
  let sum = 0;
  for (let i = 0; i < r; i++) sum += x[i]!;
  for (let i = 0; i < r; i++) x[i] = Math.max(0, sum < 0 ? -x[i]! : x[i]!);
  const len = Math.sqrt(dot(x, x));
  for (let i = 0; i < r; i++) x[i] = x[i]! / len;
  // The true residual, from A.
  multiply(csr, members, position, x, w);
  products++;
  lambda = dot(x, w);
  let res = 0;
  for (let i = 0; i < r; i++) res += (w[i]! - lambda * x[i]!) ** 2;
  const converged = Math.sqrt(res) <= EIGENVECTOR_TOLERANCE * lambda;
  return { lambda, x, iterations: products, converged };
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

  const position = new Int32Array(csr.n);
  for (let c = 0; c < count; c++) for (let p = start[c]!; p < start[c + 1]!; p++) position[members[p]!] = p - start[c]!;
  let best: ComponentVector | null = null;
  let bestComponent = -1;
  let converged = true;
  for (const c of order) {
    // The spectral radius is at most the maximum degree: skip components that cannot win.
    if (best && maxDegree[c]! <= best.lambda * (1 + TIE)) continue;
    const candidate = principal(csr, members.subarray(start[c]!, start[c + 1]!), position);
    converged &&= candidate.converged;
    if (!best || candidate.lambda > best.lambda * (1 + TIE)) {
      best = candidate;
      bestComponent = c;
    }
  }
  if (!best) return { values, iterations: 0, converged: true };
  for (let i = 0, p = start[bestComponent]!; p < start[bestComponent + 1]!; p++, i++) {
    values[members[p]!] = best.x[i]!;
  }
  return { values, iterations: best.iterations, converged };
}
