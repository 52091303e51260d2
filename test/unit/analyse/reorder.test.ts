import { describe, expect, it } from 'vitest';
import { toCsr } from '../../../src/analyse/csr.js';
import { cuthillMckee, inversePermutation, relabelAdjacency } from '../../../src/analyse/reorder.js';
import { createRng } from '../../../src/analyse/rng.js';
import { buildGraph, randomGraphEdges } from './graph-helpers.js';

describe('Cuthill–McKee renumbering', () => {
  const g = buildGraph(randomGraphEdges(createRng(3), 400, 2, 80), ['lonely']);
  const csr = toCsr(g);
  const order = cuthillMckee(csr);
  const inv = inversePermutation(order);

  it('is a permutation that starts at a minimum-degree node', () => {
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: csr.n }, (_, i) => i));
    const deg = (v: number) => csr.offsets[v + 1]! - csr.offsets[v]!;
    expect(deg(order[0]!)).toBe(Math.min(...Array.from({ length: csr.n }, (_, v) => deg(v))));
  });

  it('keeps exactly the same edges, with sorted rows', () => {
    const local = relabelAdjacency(csr, order, inv);
    const edges = (offsets: Int32Array, neighbours: Int32Array, map: (v: number) => number) => {
      const out: string[] = [];
      for (let v = 0; v < csr.n; v++) for (let p = offsets[v]!; p < offsets[v + 1]!; p++) out.push(`${map(v)}-${map(neighbours[p]!)}`);
      return out.sort();
    };
    expect(edges(local.offsets, local.neighbours, (v) => order[v]!)).toEqual(edges(csr.offsets, csr.neighbours, (v) => v));
    for (let v = 0; v < csr.n; v++) {
      const row = [...local.neighbours.subarray(local.offsets[v]!, local.offsets[v + 1]!)];
      expect(row).toEqual([...row].sort((a, b) => a - b));
    }
  });

  it('narrows the bandwidth (max |i − j| over edges) compared with the input numbering', () => {
    const bandwidth = (offsets: Int32Array, neighbours: Int32Array) => {
      let b = 0;
      for (let v = 0; v < csr.n; v++) for (let p = offsets[v]!; p < offsets[v + 1]!; p++) b = Math.max(b, Math.abs(v - neighbours[p]!));
      return b;
    };
    const local = relabelAdjacency(csr, order, inv);
    const mean = (offsets: Int32Array, neighbours: Int32Array) => {
      let s = 0;
      for (let v = 0; v < csr.n; v++) for (let p = offsets[v]!; p < offsets[v + 1]!; p++) s += Math.abs(v - neighbours[p]!);
      return s / neighbours.length;
    };
    expect(mean(local.offsets, local.neighbours)).toBeLessThan(mean(csr.offsets, csr.neighbours));
    expect(bandwidth(local.offsets, local.neighbours)).toBeLessThanOrEqual(bandwidth(csr.offsets, csr.neighbours));
  });
});
