import { describe, it, expect } from 'vitest';
import modularityOf from 'graphology-metrics/graph/modularity.js';
import { toCsr } from '../../../src/analyse/csr.js';
import { detectCommunities, renumber } from '../../../src/analyse/communities.js';
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

describe('Louvain communities', () => {
  const g = buildGraph([
    ...clique(['a1', 'a2', 'a3', 'a4', 'a5']),
    ...clique(['b1', 'b2', 'b3', 'b4']),
    ['a1', 'b1', 1],
    ...clique(['c1', 'c2', 'c3']),
  ]);

  it('finds planted cliques, numbered largest first', () => {
    const p = detectCommunities(g, 42);
    const at = Object.fromEntries(g.nodes().map((k, i) => [k, p.of[i]]));
    expect(p.count).toBe(3);
    expect(new Set(['a1', 'a2', 'a3', 'a4', 'a5'].map((k) => at[k]))).toEqual(new Set([0]));
    expect(new Set(['b1', 'b2', 'b3', 'b4'].map((k) => at[k]))).toEqual(new Set([1]));
    expect(new Set(['c1', 'c2', 'c3'].map((k) => at[k]))).toEqual(new Set([2]));
  });

  it('is reproducible for a seed', () => {
    const big = buildGraph(randomGraphEdges(createRng(8), 400, 2, 100) as EdgeList);
    const runs = [1, 2, 3].map(() => detectCommunities(big, 123).of);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('a graph without edges: every node its own community', () => {
    const p = detectCommunities(buildGraph([], ['x', 'y', 'z']), 42);
    expect(p).toEqual({ of: Int32Array.from([0, 1, 2]), count: 3 });
    expect(detectCommunities(buildGraph([]), 1).count).toBe(0);
  });
});
