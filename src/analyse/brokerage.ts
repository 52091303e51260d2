/**
 * Brokerage roles after R. V. Gould & R. M. Fernandez (1989), "Structures of mediation: a
 * formal approach to brokerage in transaction networks", Sociological Methodology 19, 89–126,
 * on the undirected network with a group per node (the stakeholder type; −1 = unknown).
 *
 * For a broker b, every unordered pair {a, c} of its neighbours that are not linked to each
 * other, all three with a known group, is counted once by how the groups compare:
 *   all the same → coordinator; a = c ≠ b → itinerant; b equal to exactly one of a, c →
 *   gatekeeper (in an undirected network gatekeeper and representative are one count);
 *   all different → liaison.
 *
 * Enumerating the pairs is O(deg²) per node, too slow around hubs. Instead the pairs of all
 * known neighbours are counted from the group tallies of the neighbourhood in O(deg), and the
 * linked pairs are subtracted: a linked pair {a, c} of b's neighbourhood is a triangle
 * {a, b, c}. Triangles are listed once each with the degree-ordered forward adjacency and a
 * marker array (Chiba & Nishizeki 1985; Schank & Wagner 2005): O(m·√m) over the graph.
 * Nodes of unknown group have no counts (null).
 */

import type { Csr } from './csr.js';

export interface BrokerageCounts {
  coordinator: Array<number | null>;
  itinerant: Array<number | null>;
  gatekeeper: Array<number | null>;
  liaison: Array<number | null>;
}

/** `group[i]` in 0 … groups−1, or −1 when unknown. */
export function brokerage(csr: Csr, group: Int32Array, groups: number): BrokerageCounts {
  const { n, offsets, neighbours } = csr;
  const coord = new Float64Array(n);
  const itin = new Float64Array(n);
  const gate = new Float64Array(n);
  const liai = new Float64Array(n);

  // All pairs of known neighbours, by category, from the tallies per group.
  const tally = new Float64Array(Math.max(1, groups));
  for (let b = 0; b < n; b++) {
    const g = group[b]!;
    if (g < 0) continue;
    let known = 0;
    for (let p = offsets[b]!; p < offsets[b + 1]!; p++) {
      const t = group[neighbours[p]!]!;
      if (t >= 0) {
        tally[t] = tally[t]! + 1;
        known++;
      }
    }
    const same = tally[g]!;
    const other = known - same;
    let otherSquares = 0;
    let otherPairs = 0;
    for (let t = 0; t < groups; t++) {
      if (t === g) continue;
      const k = tally[t]!;
      otherSquares += k * k;
      otherPairs += (k * (k - 1)) / 2;
    }
    coord[b] = same > 1 ? (same * (same - 1)) / 2 : 0;
    itin[b] = otherPairs;
    gate[b] = same * other;
    liai[b] = (other * other - otherSquares) / 2;
    tally.fill(0);
  }

  // Subtract the linked pairs: each triangle once, each corner loses the pair of the other two.
  const rank = degreeRank(csr);
  const fwdStart = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    let k = 0;
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) if (rank[neighbours[p]!]! > rank[u]!) k++;
    fwdStart[u + 1] = fwdStart[u]! + k;
  }
  const fwd = new Int32Array(fwdStart[n]!);
  for (let u = 0, f = 0; u < n; u++) {
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) if (rank[neighbours[p]!]! > rank[u]!) fwd[f++] = neighbours[p]!;
  }
  const mark = new Int32Array(n).fill(-1);
  const corner = (b: number, a: number, c: number): void => {
    const gb = group[b]!;
    const ga = group[a]!;
    const gc = group[c]!;
    if (ga === gc) {
      if (ga === gb) coord[b] = coord[b]! - 1;
      else itin[b] = itin[b]! - 1;
    } else if (ga === gb || gc === gb) gate[b] = gate[b]! - 1;
    else liai[b] = liai[b]! - 1;
  };
  for (let u = 0; u < n; u++) {
    if (group[u]! < 0) continue;
    for (let p = fwdStart[u]!; p < fwdStart[u + 1]!; p++) mark[fwd[p]!] = u;
    for (let p = fwdStart[u]!; p < fwdStart[u + 1]!; p++) {
      const v = fwd[p]!;
      if (group[v]! < 0) continue;
      for (let q = fwdStart[v]!; q < fwdStart[v + 1]!; q++) {
        const w = fwd[q]!;
        if (mark[w] !== u || group[w]! < 0) continue;
        corner(u, v, w);
        corner(v, u, w);
        corner(w, u, v);
      }
    }
  }

  const out = (counts: Float64Array): Array<number | null> => Array.from(counts, (c, i) => (group[i]! < 0 ? null : c));
  return { coordinator: out(coord), itinerant: out(itin), gatekeeper: out(gate), liaison: out(liai) };
}

/** Position of each node when ordered by degree, then index (the triangle-listing order). */
function degreeRank(csr: Csr): Int32Array {
  const { n, offsets } = csr;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => offsets[a + 1]! - offsets[a]! - (offsets[b + 1]! - offsets[b]!) || a - b);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = r;
  return rank;
}

/**
 * The groups a node brokers between: the known groups of those neighbours a that have at least
 * one other neighbour c of the node, of known group, not linked to a (the pairs Gould and
 * Fernandez count, whatever the node's own group). Sorted ascending; O(Σ deg(a)) with a
 * marker array, meant for the few brokers of a run. `mark` is length n, all −1 (left so).
 */
export function brokeredGroups(csr: Csr, group: Int32Array, b: number, mark: Int32Array): number[] {
  const { offsets, neighbours } = csr;
  let known = 0;
  for (let p = offsets[b]!; p < offsets[b + 1]!; p++) {
    const a = neighbours[p]!;
    if (group[a]! >= 0) {
      mark[a] = b;
      known++;
    }
  }
  const found = new Set<number>();
  for (let p = offsets[b]!; p < offsets[b + 1]!; p++) {
    const a = neighbours[p]!;
    if (group[a]! < 0 || found.has(group[a]!)) continue;
    let linked = 0;
    for (let q = offsets[a]!; q < offsets[a + 1]!; q++) if (mark[neighbours[q]!] === b) linked++;
    if (known - 1 - linked > 0) found.add(group[a]!);
  }
  for (let p = offsets[b]!; p < offsets[b + 1]!; p++) mark[neighbours[p]!] = -1;
  return [...found].sort((x, y) => x - y);
}
