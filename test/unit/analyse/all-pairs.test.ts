import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import { toCsr } from '../../../src/analyse/csr.js';
import { connectedComponents } from '../../../src/analyse/components.js';
import { exactPlan, samplePlan } from '../../../src/analyse/sampling.js';
import { spearman } from '../../../src/analyse/rank-correlation.js';
import { allPairs, type AllPairsResult } from '../../../src/analyse/all-pairs.js';
import type { Kernel } from '../../../src/analyse/worker-pool.js';
import { createRng } from '../../../src/analyse/rng.js';
import type { OrgGraph } from '../../../src/graph/types.js';
import { buildGraph, randomGraphEdges, type EdgeList } from './graph-helpers.js';

async function exact(graph: OrgGraph, threads = 1): Promise<AllPairsResult> {
  const csr = toCsr(graph);
  const comps = connectedComponents(csr);
  return allPairs(csr, comps, exactPlan(comps), { threads });
}

async function sampled(graph: OrgGraph, k: number, seed: number, threads = 1): Promise<AllPairsResult> {
  const csr = toCsr(graph);
  const comps = connectedComponents(csr);
  return allPairs(csr, comps, samplePlan(comps, k, createRng(seed, 1)), { threads });
}

const byKey = (graph: OrgGraph, r: AllPairsResult) =>
  Object.fromEntries(graph.nodes().map((k, i) => [k, [r.betweenness[i], r.closeness[i], r.harmonic[i]]]));

function sameBits(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer).equals(Buffer.from(b.buffer));
}

/** Harmonic centrality by plain BFS over graphology's API (independent of src/). */
function harmonicByBfs(graph: OrgGraph): number[] {
  return graph.nodes().map((s) => {
    const dist = new Map([[s, 0]]);
    const queue = [s];
    let h = 0;
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i]!;
      for (const w of graph.neighbors(v)) {
        if (dist.has(w)) continue;
        dist.set(w, dist.get(v)! + 1);
        h += 1 / dist.get(w)!;
        queue.push(w);
      }
    }
    return h;
  });
}

describe('all-pairs: hand-derived values', () => {
  it('two paths and an isolate (disconnected, Wasserman–Faust closeness)', async () => {
    // a-b-c, d-e, f: n = 6. b is on the one shortest path a..c: 1 × 2/(5·4).
    const g = buildGraph(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['d', 'e'],
      ],
      ['f'],
    );
    const v = byKey(g, await exact(g));
    const expected = {
      a: [0, (2 / 3) * (2 / 5), 1.5],
      b: [1 / 10, 1 * (2 / 5), 2],
      c: [0, (2 / 3) * (2 / 5), 1.5],
      d: [0, 1 * (1 / 5), 1],
      e: [0, 1 * (1 / 5), 1],
      f: [0, 0, 0],
    };
    for (const [k, want] of Object.entries(expected)) {
      want.forEach((x, j) => expect(Math.abs(v[k]![j]! - x), `${k}[${j}]`).toBeLessThan(1e-15));
    }
  });

  it('a star: the centre is on every path between leaves', async () => {
    const g = buildGraph([
      ['c', 'l1'],
      ['c', 'l2'],
      ['c', 'l3'],
      ['c', 'l4'],
    ]);
    const v = byKey(g, await exact(g));
    expect(v.c).toEqual([1, 1, 4]); // 6 pairs of leaves / (4·3/2)
    expect(v.l1![0]).toBe(0);
    expect(v.l1![1]).toBeCloseTo(4 / 7, 15); // Σd = 1 + 3·2
    expect(v.l1![2]).toBeCloseTo(1 + 3 / 2, 15);
  });

  it('single node, two nodes and the empty graph', async () => {
    expect(byKey(buildGraph([], ['x']), await exact(buildGraph([], ['x'])))).toEqual({ x: [0, 0, 0] });
    const two = buildGraph([['x', 'y']]);
    expect(byKey(two, await exact(two))).toEqual({ x: [0, 1, 1], y: [0, 1, 1] });
    const empty = await exact(buildGraph([]));
    expect([empty.betweenness.length, empty.closeness.length, empty.harmonic.length]).toEqual([0, 0, 0]);
    const empty2 = await exact(buildGraph([]), 2);
    expect(empty2.betweenness.length).toBe(0);
  });
});

describe('all-pairs: against independent implementations', () => {
  const edgeLists = fc
    .integer({ min: 1, max: 14 })
    .chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 30 }),
      ),
    );

  it('matches graphology-metrics betweenness/closeness and a plain BFS harmonic on random graphs', async () => {
    await fc.assert(
      fc.asyncProperty(edgeLists, async ([n, pairs]) => {
        const seen = new Set<string>();
        const edges: Array<[string, string]> = [];
        for (const [a, b] of pairs) {
          const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
          if (a !== b && !seen.has(key)) {
            seen.add(key);
            edges.push([`v${a}`, `v${b}`]);
          }
        }
        const g = buildGraph(
          edges,
          Array.from({ length: n }, (_, i) => `v${i}`),
        );
        const r = await exact(g);
        const bet = betweennessCentrality(g, { getEdgeWeight: null, normalized: true });
        const clo = closenessCentrality(g, { wassermanFaust: true });
        const harm = harmonicByBfs(g);
        g.nodes().forEach((k, i) => {
          expect(Math.abs(r.betweenness[i]! - (n > 2 ? bet[k]! : 0))).toBeLessThan(1e-12);
          expect(Math.abs(r.closeness[i]! - clo[k]!)).toBeLessThan(1e-12);
          expect(Math.abs(r.harmonic[i]! - harm[i]!)).toBeLessThan(1e-12);
        });
      }),
      { numRuns: 150, seed: 20260101 },
    );
  });
});

describe('all-pairs: threads and sampling', () => {
  // ~2,000 nodes, preferential attachment plus random edges: 8 chunks of 256 sources.
  const big = buildGraph(randomGraphEdges(createRng(7), 2000, 2, 600) as EdgeList);

  it('exact values on 2,000 nodes match graphology-metrics (top-down and bottom-up BFS levels)', async () => {
    const r = await exact(big);
    const bet = betweennessCentrality(big, { getEdgeWeight: null, normalized: true });
    const clo = closenessCentrality(big, { wassermanFaust: true });
    big.nodes().forEach((k, i) => {
      expect(Math.abs(r.betweenness[i]! - bet[k]!)).toBeLessThan(1e-12);
      expect(Math.abs(r.closeness[i]! - clo[k]!)).toBeLessThan(1e-12);
    });
  });

  it('threads 1 and 2 give bit-identical results (exact, 8 chunks)', async () => {
    const one = await exact(big, 1);
    const two = await exact(big, 2);
    expect(sameBits(one.betweenness, two.betweenness)).toBe(true);
    expect(sameBits(one.closeness, two.closeness)).toBe(true);
    expect(sameBits(one.harmonic, two.harmonic)).toBe(true);
  });

  it('threads 1 and 2 give bit-identical results (sampled)', async () => {
    const one = await sampled(big, 600, 3, 1);
    const two = await sampled(big, 600, 3, 2);
    expect(sameBits(one.betweenness, two.betweenness)).toBe(true);
    expect(sameBits(one.closeness, two.closeness)).toBe(true);
    expect(sameBits(one.harmonic, two.harmonic)).toBe(true);
  });

  it('a sample of k = n sources is the exact computation (betweenness summed in another order: the two halves)', async () => {
    const g = buildGraph(randomGraphEdges(createRng(11), 300, 2, 50) as EdgeList, ['lonely']);
    const ex = await exact(g);
    const all = await sampled(g, g.order, 5);
    ex.betweenness.forEach((b, i) => expect(Math.abs(b - all.betweenness[i]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, b)));
    expect(sameBits(ex.closeness, all.closeness)).toBe(true);
    expect(sameBits(ex.harmonic, all.harmonic)).toBe(true);
  });

  it('k = 256 sampled betweenness ranks like exact (Spearman ≥ 0.9), closeness and harmonic close', async () => {
    const ex = await exact(big);
    const est = await sampled(big, 256, 42);
    expect(spearman(ex.betweenness, est.betweenness)).toBeGreaterThanOrEqual(0.9);
    expect(spearman(ex.closeness, est.closeness)).toBeGreaterThanOrEqual(0.95);
    expect(spearman(ex.harmonic, est.harmonic)).toBeGreaterThanOrEqual(0.95);
    let worst = 0;
    for (let i = 0; i < big.order; i++) worst = Math.max(worst, Math.abs(est.closeness[i]! / ex.closeness[i]! - 1));
    expect(worst).toBeLessThan(0.1);
  });

  it('sampled estimates are unbiased: the mean over many seeds approaches the exact value', async () => {
    const g = buildGraph(randomGraphEdges(createRng(5), 60, 1, 20) as EdgeList);
    const ex = await exact(g);
    const runs = 400;
    const mean = new Float64Array(g.order);
    const meanH = new Float64Array(g.order);
    for (let seed = 0; seed < runs; seed++) {
      const est = await sampled(g, 15, seed);
      for (let i = 0; i < g.order; i++) {
        mean[i] = mean[i]! + est.betweenness[i]! / runs;
        meanH[i] = meanH[i]! + est.harmonic[i]! / runs;
      }
    }
    const top = Array.from(ex.betweenness)
      .map((b, i) => [b, i] as const)
      .sort((a, b) => b[0] - a[0])
      .slice(0, 5);
    for (const [b, i] of top) expect(Math.abs(mean[i]! / b - 1)).toBeLessThan(0.1);
    for (let i = 0; i < g.order; i++) expect(Math.abs(meanH[i]! / ex.harmonic[i]! - 1)).toBeLessThan(0.05);
  });

  it('a component no sampled source falls in is computed exactly', async () => {
    // One big component plus three separate pairs and an isolate; k = 3 cannot cover them all.
    const edges = [...randomGraphEdges(createRng(9), 200, 2, 0), ['p1', 'p2'], ['q1', 'q2'], ['r1', 'r2']] as EdgeList;
    const g = buildGraph(edges, ['solo']);
    const ex = byKey(g, await exact(g));
    const est = byKey(g, await sampled(g, 3, 1));
    for (const k of ['p1', 'p2', 'q1', 'q2', 'r1', 'r2', 'solo']) expect(est[k]).toEqual(ex[k]);
  });
});

describe('all-pairs: worker failures', () => {
  const g = buildGraph(randomGraphEdges(createRng(3), 600, 2, 0) as EdgeList);
  const csr = toCsr(g);
  const comps = connectedComponents(csr);

  it('a kernel that throws rejects with one clear error', async () => {
    const bad = function brokenKernel(): void {
      throw new Error('boom in kernel');
    } as unknown as Kernel;
    await expect(allPairs(csr, comps, exactPlan(comps), { threads: 2, kernel: bad })).rejects.toThrow(
      /all-pairs worker \d failed: boom in kernel/,
    );
  }, 10_000);

  it('a worker that exits rejects instead of hanging', async () => {
    const exiting = function exitingKernel(): void {
      process.exit(3);
    } as unknown as Kernel;
    await expect(allPairs(csr, comps, exactPlan(comps), { threads: 2, kernel: exiting })).rejects.toThrow(
      /stopped unexpectedly \(exit code 3\)/,
    );
  }, 10_000);

  it('a kernel that is not valid in a worker (uses a closure) rejects', async () => {
    const outside = 1;
    const closure = function closureKernel(): void {
      if (outside) throw new Error('unreachable');
    } as unknown as Kernel;
    await expect(allPairs(csr, comps, exactPlan(comps), { threads: 2, kernel: closure })).rejects.toThrow(
      /all-pairs worker \d failed: .*outside/,
    );
  }, 10_000);
});
