import { describe, it, expect } from 'vitest';
import modularityOf from 'graphology-metrics/graph/modularity.js';
import { toCsr, type Csr } from '../../../src/analyse/csr.js';
import { detectCommunities, renumber, restartsFor, type CommunityOptions } from '../../../src/analyse/communities.js';
import { modularity } from '../../../src/analyse/modularity.js';
import { createRng } from '../../../src/analyse/rng.js';
import { buildGraph, randomGraphEdges, type EdgeList } from './graph-helpers.js';

const clique = (names: string[], w = 1): Array<[string, string, number]> =>
  names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b, w] as [string, string, number]));

describe('renumber', () => {
  it('0 = largest; equal sizes ordered by smallest member id in code units', () => {
    const keys = ['b', 'a', 'Z', 'c', 'd', 'e'];
    const p = renumber(keys, [7, 7, 3, 3, 9, 9]);
    // sizes all 2; smallest members: {a,b} → 'a', {Z,c} → 'Z', {d,e} → 'd'; 'Z' < 'a' in code units.
    expect(Array.from(p.of)).toEqual([1, 1, 0, 0, 2, 2]);
    expect(renumber(['x', 'y', 'z'], [5, 1, 1]).of).toEqual(Int32Array.from([1, 0, 0]));
  });
});

describe('modularity (weighted Newman–Girvan)', () => {
  it('two triangles joined by an edge: 5/14', () => {
    const g = buildGraph([...clique(['a', 'b', 'c']), ...clique(['d', 'e', 'f']), ['c', 'd', 1]]);
    const csr = toCsr(g);
    const part = Int32Array.from(csr.keys.map((k) => ('abc'.includes(k) ? 0 : 1)));
    expect(modularity(csr, part, 2)).toBeCloseTo(5 / 14, 15);
    expect(modularity(csr, new Int32Array(6), 1)).toBeCloseTo(0, 15);
  });

  it('agrees with graphology-metrics on a weighted random partition; 0 without edges', () => {
    const g = buildGraph(randomGraphEdges(createRng(4), 80, 2, 30).map(([a, b], i) => [a, b, 1 + (i % 5)] as const) as EdgeList);
    const csr = toCsr(g);
    const part = Int32Array.from(csr.keys.map((_k, i) => i % 4));
    csr.keys.forEach((k, i) => g.setNodeAttribute(k, 'community', part[i]!));
    expect(Math.abs(modularity(csr, part, 4) - modularityOf(g, { getEdgeWeight: 'weight' }))).toBeLessThan(1e-12);
    expect(modularity(toCsr(buildGraph([], ['a', 'b'])), Int32Array.from([0, 1]), 2)).toBe(0);
  });
});

const options = (over: Partial<CommunityOptions> = {}): CommunityOptions => ({
  seed: 42,
  resolution: 1,
  method: 'leiden',
  restarts: 1,
  ...over,
});

/** Does every community induce a connected subgraph? (BFS inside each community.) */
function connectedCommunities(csr: Csr, of: Int32Array): boolean {
  const seen = new Uint8Array(csr.n);
  const started = new Set<number>();
  for (let s = 0; s < csr.n; s++) {
    if (seen[s]) continue;
    if (started.has(of[s]!)) return false; // a second piece of an already seen community
    started.add(of[s]!);
    const stack = [s];
    seen[s] = 1;
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (let p = csr.offsets[u]!; p < csr.offsets[u + 1]!; p++) {
        const v = csr.neighbours[p]!;
        if (!seen[v] && of[v] === of[u]) {
          seen[v] = 1;
          stack.push(v);
        }
      }
    }
  }
  return true;
}

describe('community detection (Leiden, Louvain)', () => {
  const g = buildGraph([
    ...clique(['a1', 'a2', 'a3', 'a4', 'a5']),
    ...clique(['b1', 'b2', 'b3', 'b4']),
    ['a1', 'b1', 1],
    ...clique(['c1', 'c2', 'c3']),
  ]);

  for (const method of ['leiden', 'louvain'] as const) {
    it(`${method}: finds planted cliques, numbered largest first`, () => {
      const p = detectCommunities(toCsr(g), options({ method }));
      const at = Object.fromEntries(g.nodes().map((k, i) => [k, p.of[i]]));
      expect(p.count).toBe(3);
      expect(new Set(['a1', 'a2', 'a3', 'a4', 'a5'].map((k) => at[k]))).toEqual(new Set([0]));
      expect(new Set(['b1', 'b2', 'b3', 'b4'].map((k) => at[k]))).toEqual(new Set([1]));
      expect(new Set(['c1', 'c2', 'c3'].map((k) => at[k]))).toEqual(new Set([2]));
    });
  }

  it('is reproducible for a seed; another seed visits the nodes in another order', () => {
    const csr = toCsr(buildGraph(randomGraphEdges(createRng(8), 400, 2, 100) as EdgeList));
    const runs = [1, 2, 3].map(() => detectCommunities(csr, options({ seed: 123, restarts: 3 })).of);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    const others = [1, 2, 3, 4, 5].map((seed) => detectCommunities(csr, options({ seed })).of);
    expect(others.some((o) => o.some((c, i) => c !== others[0]![i]))).toBe(true);
  });

  it('Leiden communities are connected, also after merging (ring of cliques, weak links)', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const csr = toCsr(buildGraph(randomGraphEdges(createRng(seed), 600, 1, 40) as EdgeList));
      const p = detectCommunities(csr, options({ seed }));
      expect(connectedCommunities(csr, p.of)).toBe(true);
      expect(modularity(csr, p.of, p.count)).toBeGreaterThan(0.5);
    }
  });

  it('does not follow the id order: a ring of cliques numbered along the ring or shuffled gives the same modularity', () => {
    // 30 cliques of 6 around a ring; ids follow the ring, or are shuffled.
    const ring = (name: (i: number) => string): Array<[string, string, number]> => {
      const edges: Array<[string, string, number]> = [];
      for (let c = 0; c < 30; c++) {
        const members = Array.from({ length: 6 }, (_, j) => name(c * 6 + j));
        edges.push(...clique(members));
        edges.push([name(c * 6), name(((c + 1) % 30) * 6 + 3), 1]);
      }
      return edges;
    };
    const rng = createRng(3);
    const perm = Array.from({ length: 180 }, (_, i) => i);
    for (let i = perm.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [perm[i], perm[j]] = [perm[j]!, perm[i]!];
    }
    const ordered = toCsr(buildGraph(ring((i) => `n${String(i).padStart(3, '0')}`)));
    const shuffled = toCsr(buildGraph(ring((i) => `n${String(perm[i]).padStart(3, '0')}`)));
    const q = (csr: Csr): number => {
      const p = detectCommunities(csr, options());
      return modularity(csr, p.of, p.count);
    };
    // The optimum puts each clique in a community of its own: 30 communities.
    expect(q(ordered)).toBeCloseTo(q(shuffled), 9);
    expect(detectCommunities(ordered, options()).count).toBe(30);
  });

  it('a higher resolution gives more, smaller communities', () => {
    const csr = toCsr(buildGraph(randomGraphEdges(createRng(11), 500, 2, 50) as EdgeList));
    const counts = [0.5, 1, 2, 4].map((resolution) => detectCommunities(csr, options({ resolution })).count);
    for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeGreaterThan(counts[i - 1]!);
    expect(() => detectCommunities(csr, options({ resolution: 0 }))).toThrow(RangeError);
  });

  it('restarts: 10 for small graphs, 1 for large ones', () => {
    expect(restartsFor(toCsr(g))).toBe(10);
    expect(restartsFor({ ...toCsr(g), n: 100_000, m: 1_000_000 })).toBe(1);
  });

  it('a graph without edges: every node its own community', () => {
    const p = detectCommunities(toCsr(buildGraph([], ['x', 'y', 'z'])), options());
    expect(p).toEqual({ of: Int32Array.from([0, 1, 2]), count: 3 });
    expect(detectCommunities(toCsr(buildGraph([])), options()).count).toBe(0);
  });
});
