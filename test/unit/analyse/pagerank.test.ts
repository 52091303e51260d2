import { describe, it, expect } from 'vitest';
import { toCsr } from '../../../src/analyse/csr.js';
import { pagerank, PAGERANK_ALPHA } from '../../../src/analyse/pagerank.js';
import { buildGraph, type EdgeList } from './graph-helpers.js';

/** PageRank as the solution of its linear system, by Gaussian elimination (independent of src/). */
function pagerankBySolve(n: number, w: number[][], alpha: number): number[] {
  const s = w.map((row) => row.reduce((a, b) => a + b, 0));
  // x = alpha (W^T D^-1 x + dangling share) + (1 - alpha)/n  →  (I - alpha M) x = (1 - alpha)/n
  const a = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n + 1 }, (_, j) => {
      if (j === n) return (1 - alpha) / n;
      const m = s[j]! > 0 ? w[j]![i]! / s[j]! : 1 / n;
      return (i === j ? 1 : 0) - alpha * m;
    }),
  );
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k <= n; k++) a[r]![k] = a[r]![k]! - f * a[c]![k]!;
    }
  }
  return a.map((row, i) => row[n]! / row[i]!);
}

function check(edges: EdgeList, nodes: string[] = []) {
  const g = buildGraph(edges, nodes);
  const keys = g.nodes();
  const idx = new Map(keys.map((k, i) => [k, i]));
  const w = keys.map(() => keys.map(() => 0));
  g.forEachEdge((_e, a, s, t) => {
    w[idx.get(s)!]![idx.get(t)!] = a.weight;
    w[idx.get(t)!]![idx.get(s)!] = a.weight;
  });
  const want = pagerankBySolve(keys.length, w, PAGERANK_ALPHA);
  const got = pagerank(toCsr(g));
  expect(got.converged).toBe(true);
  keys.forEach((_k, i) => expect(Math.abs(got.values[i]! - want[i]!)).toBeLessThan(1e-10));
  expect(Math.abs(got.values.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
  return Object.fromEntries(keys.map((k, i) => [k, got.values[i]!]));
}

describe('pagerank', () => {
  it('an edge and an isolate (dangling node spreads uniformly): closed form', () => {
    const v = check([['a', 'b']], ['c']);
    const c = (1 - PAGERANK_ALPHA) / (3 - PAGERANK_ALPHA);
    expect(v.c).toBeCloseTo(c, 12);
    expect(v.a).toBeCloseTo((1 - c) / 2, 12);
  });

  it('uses edge weights as strength', () => {
    const v = check([
      ['a', 'b', 1],
      ['b', 'c', 5],
      ['c', 'd', 1],
      ['a', 'd', 1],
    ]);
    expect(v.c!).toBeGreaterThan(v.d!);
    expect(v.b!).toBeGreaterThan(v.a!);
  });

  it('weighted graph with isolates and components matches the linear solve', () => {
    check(
      [
        ['a', 'b', 2],
        ['b', 'c', 1],
        ['a', 'c', 3],
        ['d', 'e', 4],
        ['e', 'f', 0.5],
      ],
      ['g', 'h'],
    );
  });

  it('empty and one-node graphs', () => {
    expect(pagerank(toCsr(buildGraph([]))).values.length).toBe(0);
    expect(Array.from(pagerank(toCsr(buildGraph([], ['x']))).values)).toEqual([1]);
  });
});
