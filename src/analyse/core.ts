/**
 * k-core number of every node, unweighted, as NetworkX `core_number(G)`: the largest k such
 * that the node belongs to a subgraph in which every node has at least k neighbours.
 *
 * V. Batagelj & M. Zaversnik (2003), "An O(m) algorithm for cores decomposition of networks",
 * arXiv:cs/0310049: nodes in a bucket array sorted by current degree; peeling the lowest one
 * moves each higher-degree neighbour one bucket down. O(n + m).
 */

import type { Csr } from './csr.js';

export function coreNumbers(csr: Csr): Int32Array {
  const { n, offsets, neighbours } = csr;
  const deg = new Int32Array(n);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1]! - offsets[v]!;
    maxDeg = Math.max(maxDeg, deg[v]!);
  }
  // bin[d] = first position of degree d in `vert`; pos[v] = position of v in `vert`.
  const bin = new Int32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) bin[deg[v]!]!++;
  let startAt = 0;
  for (let d = 0; d <= maxDeg; d++) {
    const count = bin[d]!;
    bin[d] = startAt;
    startAt += count;
  }
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    pos[v] = bin[deg[v]!]!;
    vert[pos[v]!] = v;
    bin[deg[v]!]!++;
  }
  for (let d = maxDeg; d > 0; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vert[i]!;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
      const u = neighbours[p]!;
      if (deg[u]! > deg[v]!) {
        const du = deg[u]!;
        const pu = pos[u]!;
        const pw = bin[du]!;
        const w = vert[pw]!;
        if (u !== w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        bin[du]!++;
        deg[u] = du - 1;
      }
    }
  }
  return deg;
}
