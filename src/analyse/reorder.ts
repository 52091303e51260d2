/**
 * Cache-friendly node order for the all-pairs kernel: Cuthill–McKee (Cuthill & McKee 1969,
 * "Reducing the bandwidth of sparse symmetric matrices"): breadth-first from a minimum-degree
 * node, neighbours in increasing degree. Nodes that are close in the graph get close indices,
 * so a BFS touches nearby memory (about 9% faster on the 10,000-organisation benchmark).
 * Deterministic: ties are broken by the original index.
 */

import type { Csr } from './csr.js';

/** `order[local] = original` index. */
export function cuthillMckee(csr: Csr): Int32Array {
  const n = csr.n;
  const deg = (v: number) => csr.offsets[v + 1]! - csr.offsets[v]!;
  const byDegree = Array.from({ length: n }, (_, i) => i).sort((a, b) => deg(a) - deg(b) || a - b);
  const order = new Int32Array(n);
  const seen = new Uint8Array(n);
  let tail = 0;
  const row: number[] = [];
  for (const start of byDegree) {
    if (seen[start]) continue;
    seen[start] = 1;
    order[tail++] = start;
    for (let head = tail - 1; head < tail; head++) {
      const v = order[head]!;
      row.length = 0;
      for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
        const w = csr.neighbours[p]!;
        if (!seen[w]) {
          seen[w] = 1;
          row.push(w);
        }
      }
      row.sort((a, b) => deg(a) - deg(b) || a - b);
      for (const w of row) order[tail++] = w;
    }
  }
  return order;
}

/** The inverse permutation: `inverse[original] = local`. */
export function inversePermutation(order: Int32Array): Int32Array {
  const inv = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) inv[order[i]!] = i;
  return inv;
}

/** Offsets and neighbour lists of `csr` with nodes renumbered by `order` (rows sorted ascending). */
export function relabelAdjacency(csr: Csr, order: Int32Array, inv: Int32Array): { offsets: Int32Array; neighbours: Int32Array } {
  const n = csr.n;
  const offsets = new Int32Array(n + 1);
  const neighbours = new Int32Array(csr.neighbours.length);
  for (let i = 0; i < n; i++) {
    const o = order[i]!;
    const a = csr.offsets[o]!;
    const b = csr.offsets[o + 1]!;
    offsets[i + 1] = offsets[i]! + (b - a);
    const row = neighbours.subarray(offsets[i]!, offsets[i + 1]!);
    for (let p = a; p < b; p++) row[p - a] = inv[csr.neighbours[p]!]!;
    row.sort();
  }
  return { offsets, neighbours };
}
