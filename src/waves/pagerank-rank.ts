/**
 * The rank of each organisation by PageRank (docs/contract.md §8): 1 = the highest PageRank;
 * tied values share the lower rank — the best position of the tie, as in "competition" ranking
 * (1, 2, 2, 4: pandas' `rank(method='min', ascending=False)`), so the organisations that all have
 * the same PageRank (isolates, for one) share one rank and the next value skips the places they
 * take.
 */

/** `rank[i]` for `pagerank[i]`; equal values (===) tie. */
export function rankByPagerank(pagerank: ArrayLike<number>): Uint32Array {
  const n = pagerank.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => pagerank[b]! - pagerank[a]! || a - b);
  const rank = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    rank[i] = k > 0 && pagerank[order[k - 1]!] === pagerank[i] ? rank[order[k - 1]!]! : k + 1;
  }
  return rank;
}
