/**
 * Assortativity: how far relations join organisations that are alike, as NetworkX computes it
 * (docs/contract.md §4, `summary.json.insights.assortativity`).
 *
 * - By a category (stakeholder type, region): M. E. J. Newman (2003), "Mixing patterns in
 *   networks", Physical Review E 67, 026126, eq. 2: r = (Σᵢ eᵢᵢ − Σᵢ aᵢbᵢ) / (1 − Σᵢ aᵢbᵢ), e
 *   being the mixing matrix of the relations (each counted in both directions), a and b its row
 *   and column sums; `networkx.attribute_assortativity_coefficient`, on the subgraph of the
 *   organisations whose value is known.
 * - By degree: M. E. J. Newman (2002), "Assortative mixing in networks", Physical Review Letters
 *   89, 208701, eq. 4: the Pearson correlation of the degrees at the two ends of a relation;
 *   `networkx.degree_assortativity_coefficient(G)`, unweighted.
 *
 * Both are computed from integer counts and sums (exact below 2⁵³), so the value does not depend
 * on the order of the relations. Null where undefined: no relation to count, one category only,
 * or (degree) every relation joining organisations of the same degree.
 */

import type { Csr } from './csr.js';

/**
 * `attribute_assortativity_coefficient` of the category `groups[i]` of node i (CSR order); nodes
 * whose category is `''` (unknown) are left out with their relations.
 */
export function attributeAssortativity(csr: Csr, groups: readonly string[]): number | null {
  const index = new Map<string, number>();
  const code = new Int32Array(csr.n).fill(-1);
  for (let i = 0; i < csr.n; i++) {
    const g = groups[i]!;
    if (g === '') continue;
    let c = index.get(g);
    if (c === undefined) {
      c = index.size;
      index.set(g, c);
    }
    code[i] = c;
  }
  const k = index.size;
  const rowSums = new Float64Array(k);
  let total = 0;
  let diagonal = 0;
  for (let i = 0; i < csr.n; i++) {
    const ci = code[i]!;
    if (ci < 0) continue;
    for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++) {
      const cj = code[csr.neighbours[e]!]!;
      if (cj < 0) continue;
      // Each relation is seen from both ends: the mixing matrix is symmetric, a = b.
      rowSums[ci]!++;
      total++;
      if (ci === cj) diagonal++;
    }
  }
  if (total === 0) return null;
  let squares = 0;
  for (let c = 0; c < k; c++) squares += rowSums[c]! * rowSums[c]!;
  // r = (diagonal/T − squares/T²) / (1 − squares/T²), multiplied through by T².
  const denominator = total * total - squares;
  if (denominator === 0) return null;
  return (total * diagonal - squares) / denominator;
}

/** `degree_assortativity_coefficient(G)`: Pearson correlation of the degrees at either end of a relation. */
export function degreeAssortativity(csr: Csr): number | null {
  const { offsets, neighbours } = csr;
  // Over the 2m ordered ends (j, k) of the relations: Σ j = Σ k and Σ j² = Σ k² by symmetry.
  let ends = 0;
  let sum = 0;
  let sumSquares = 0;
  let sumProducts = 0;
  for (let i = 0; i < csr.n; i++) {
    const di = offsets[i + 1]! - offsets[i]!;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const v = neighbours[e]!;
      const dv = offsets[v + 1]! - offsets[v]!;
      ends++;
      sum += di;
      sumSquares += di * di;
      sumProducts += di * dv;
    }
  }
  // r = (N Σjk − (Σj)²) / (N Σj² − (Σj)²), the differences taken exactly in BigInt.
  const s = BigInt(sum);
  const numerator = BigInt(ends) * BigInt(sumProducts) - s * s;
  const denominator = BigInt(ends) * BigInt(sumSquares) - s * s;
  if (ends === 0 || denominator === 0n) return null;
  return Number(numerator) / Number(denominator);
}
