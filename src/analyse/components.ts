/**
 * Connected components of the undirected graph by breadth-first search (linear time), on the
 * CSR. Component ids are assigned in order of each component's first node index, so they are
 * deterministic. Feeds the figures (`components`, `largest_component`, `isolates`), the
 * Wasserman–Faust factor of sampled closeness, and the eigenvector's choice of component.
 */

import type { Csr } from './csr.js';

export interface Components {
  count: number;
  /** Component id of every node. */
  of: Int32Array;
  /** Size of every component (by id). */
  sizes: Int32Array;
  /** Nodes grouped by component: members of component c are members[start[c] .. start[c+1]), ascending. */
  members: Int32Array;
  start: Int32Array;
  /** Size of the largest component (0 for the empty graph). */
  largest: number;
  /** Nodes with no neighbour. */
  isolates: number;
}

export function connectedComponents(csr: Csr): Components {
  const { n, offsets, neighbours } = csr;
  const of = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizeList: number[] = [];
  let isolates = 0;
  for (let s = 0; s < n; s++) {
    if (offsets[s + 1] === offsets[s]) isolates++;
    if (of[s] !== -1) continue;
    const c = sizeList.length;
    of[s] = c;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const w = neighbours[p]!;
        if (of[w] === -1) {
          of[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizeList.push(tail);
  }
  const count = sizeList.length;
  const sizes = Int32Array.from(sizeList);
  const start = new Int32Array(count + 1);
  for (let c = 0; c < count; c++) start[c + 1] = start[c]! + sizes[c]!;
  const members = new Int32Array(n);
  const fill = start.slice(0, count);
  for (let v = 0; v < n; v++) members[fill[of[v]!]!++] = v;
  let largest = 0;
  for (let c = 0; c < count; c++) largest = Math.max(largest, sizes[c]!);
  return { count, of, sizes, members, start, largest, isolates };
}
