/**
 * Common neighbours of two nodes on the CSR (rows are sorted): the primitive behind triangle
 * counts (clustering) and Burt's indirect ties (constraint). A linear merge when the rows have
 * similar lengths, a binary search of the shorter row in the longer one otherwise, so a hub
 * costs O(min(deg) · log(max deg)) per edge.
 */

import type { Csr } from './csr.js';

/**
 * Σ over common neighbours w of u and v of `value[w]`, or their number when `value` is null.
 */
export function sumOverCommonNeighbours(csr: Csr, u: number, v: number, value: Float64Array | null): number {
  const { offsets, neighbours } = csr;
  let a = offsets[u]!;
  let aEnd = offsets[u + 1]!;
  let b = offsets[v]!;
  let bEnd = offsets[v + 1]!;
  if (aEnd - a > bEnd - b) {
    [a, b] = [b, a];
    [aEnd, bEnd] = [bEnd, aEnd];
  }
  const short = aEnd - a;
  const long = bEnd - b;
  let sum = 0;
  if (short === 0) return 0;
  if (short * 8 < long) {
    for (let p = a; p < aEnd; p++) {
      const w = neighbours[p]!;
      let lo = b;
      let hi = bEnd - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const x = neighbours[mid]!;
        if (x < w) lo = mid + 1;
        else if (x > w) hi = mid - 1;
        else {
          sum += value ? value[w]! : 1;
          break;
        }
      }
    }
    return sum;
  }
  while (a < aEnd && b < bEnd) {
    const x = neighbours[a]!;
    const y = neighbours[b]!;
    if (x < y) a++;
    else if (x > y) b++;
    else {
      sum += value ? value[x]! : 1;
      a++;
      b++;
    }
  }
  return sum;
}

/**
 * twice[u] = Σ_{v ∈ N(u)} |N(u) ∩ N(v)| = 2 × the ties among u's neighbours (the triangles
 * through u): shared by clustering and effective size, computed once per analysis.
 */
export function trianglesTwice(csr: Csr): Float64Array {
  const { n, offsets, neighbours } = csr;
  const twice = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
      const v = neighbours[p]!;
      if (v <= u) continue;
      const c = sumOverCommonNeighbours(csr, u, v, null);
      twice[u] = twice[u]! + c;
      twice[v] = twice[v]! + c;
    }
  }
  return twice;
}
