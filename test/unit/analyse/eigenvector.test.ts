import { describe, it, expect } from 'vitest';
import { toCsr } from '../../../src/analyse/csr.js';
import { connectedComponents } from '../../../src/analyse/components.js';
import { eigenvectorCentrality } from '../../../src/analyse/eigenvector.js';
import { buildGraph, type EdgeList } from './graph-helpers.js';

function eig(edges: EdgeList, nodes: string[] = []) {
  const g = buildGraph(edges, nodes);
  const csr = toCsr(g);
  const r = eigenvectorCentrality(csr, connectedComponents(csr));
  return { r, v: Object.fromEntries(g.nodes().map((k, i) => [k, r.values[i]!])) };
}

describe('eigenvector centrality', () => {
  it('a star (bipartite, λ = √3): centre 1/√2, leaves 1/√6', () => {
    const { r, v } = eig([
      ['c', 'x'],
      ['c', 'y'],
      ['c', 'z'],
    ]);
    expect(r.converged).toBe(true);
    expect(v.c).toBeCloseTo(Math.SQRT1_2, 12);
    for (const k of ['x', 'y', 'z']) expect(v[k]).toBeCloseTo(1 / Math.sqrt(6), 12);
  });

  it('a path of three (oscillates without the shift): 1/2, 1/√2, 1/2', () => {
    const { v } = eig([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(v.a).toBeCloseTo(0.5, 12);
    expect(v.b).toBeCloseTo(Math.SQRT1_2, 12);
    expect(v.c).toBeCloseTo(0.5, 12);
  });

  it('disconnected: the component with the larger spectral radius gets the unit vector', () => {
    // Triangle (λ = 2) and a single edge (λ = 1), plus an isolate.
    const { v } = eig(
      [
        ['t1', 't2'],
        ['t2', 't3'],
        ['t1', 't3'],
        ['e1', 'e2'],
      ],
      ['iso'],
    );
    for (const k of ['t1', 't2', 't3']) expect(v[k]).toBeCloseTo(1 / Math.sqrt(3), 12);
    for (const k of ['e1', 'e2', 'iso']) expect(v[k]).toBe(0);
  });

  it('a tie in spectral radius goes to the larger component', () => {
    // Triangle (λ = 2, 3 nodes) and star K1,4 (λ = 2, 5 nodes): the star wins.
    const { v } = eig([
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['s', 'l1'],
      ['s', 'l2'],
      ['s', 'l3'],
      ['s', 'l4'],
    ]);
    for (const k of ['a', 'b', 'c']) expect(v[k]).toBe(0);
    expect(v.s).toBeCloseTo(Math.SQRT1_2, 10);
    expect(v.l1).toBeCloseTo(0.5 * Math.SQRT1_2, 10);
  });

  it('unit L2 norm and non-negative on a larger graph', () => {
    const edges: Array<[string, string]> = [];
    for (let i = 0; i < 40; i++) edges.push([`n${i}`, `n${(i * 7 + 3) % 40}`], [`n${i}`, `n${(i + 1) % 40}`]);
    const dedup = [
      ...new Map(edges.filter(([a, b]) => a !== b).map(([a, b]) => [[a, b].sort().join(), [a, b] as [string, string]])).values(),
    ];
    const { r } = eig(dedup);
    let norm = 0;
    for (const x of r.values) {
      expect(x).toBeGreaterThanOrEqual(0);
      norm += x * x;
    }
    expect(norm).toBeCloseTo(1, 12);
  });

  it('no edges, a single node, the empty graph: all zero', () => {
    expect(eig([], ['a', 'b']).v).toEqual({ a: 0, b: 0 });
    expect(eig([], ['a']).v).toEqual({ a: 0 });
    expect(eig([]).r.values.length).toBe(0);
  });
});
