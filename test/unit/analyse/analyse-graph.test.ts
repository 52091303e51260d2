import { describe, it, expect } from 'vitest';
import { analyseGraph, type AnalyseOptions } from '../../../src/analyse/index.js';
import { createRng } from '../../../src/analyse/rng.js';
import { buildGraph, randomGraphEdges, type EdgeList } from './graph-helpers.js';

const opts = (over: Partial<AnalyseOptions> = {}): AnalyseOptions => ({
  seed: 42,
  betweenness: { mode: 'auto' },
  exactLimit: 20000,
  autoSamples: 512,
  threads: 1,
  resolution: 1,
  ...over,
});

const METRIC_KEYS = [
  'degree',
  'strength',
  'betweenness',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'core',
  'constraint',
  'clustering',
  'community',
  'role',
] as const;

describe('analyseGraph', () => {
  it('the empty graph', async () => {
    const { figures, methods } = await analyseGraph(buildGraph([]), opts());
    expect(figures).toEqual({
      nodes: 0,
      edges: 0,
      density: 0,
      components: 0,
      largest_component: 0,
      isolates: 0,
      communities: 0,
      modularity: 0,
      average_clustering: 0,
      transitivity: 0,
      total_weight: 0,
    });
    expect(methods).toMatchObject({ all_pairs: 'exact', samples: null, reason: 'default', exact_limit: 20000 });
    expect(methods.communities).toMatchObject({ method: 'leiden', resolution: 1, seed: 42, restarts: 10 });
    expect(methods.eigenvector.converged).toBe(true);
    expect(methods.pagerank.converged).toBe(true);
  });

  it('a single organisation', async () => {
    const g = buildGraph([], ['only']);
    const { figures } = await analyseGraph(g, opts({ threads: 2 }));
    expect(g.getNodeAttributes('only')).toMatchObject({
      degree: 0,
      strength: 0,
      betweenness: 0,
      closeness: 0,
      harmonic: 0,
      eigenvector: 0,
      pagerank: 1,
      core: 0,
      constraint: null,
      clustering: 0,
      community: 0,
      role: 'isolate',
    });
    expect(figures).toMatchObject({ nodes: 1, components: 1, largest_component: 1, isolates: 1, communities: 1, modularity: 0 });
  });

  it('two organisations with one tie', async () => {
    const g = buildGraph([['a', 'b', 3]]);
    const { figures } = await analyseGraph(g, opts());
    for (const k of ['a', 'b']) {
      expect(g.getNodeAttributes(k)).toMatchObject({
        degree: 1,
        strength: 3,
        betweenness: 0,
        closeness: 1,
        harmonic: 1,
        pagerank: 0.5,
        core: 1,
        constraint: 1,
        clustering: 0,
        community: 0,
      });
      expect(g.getNodeAttribute(k, 'eigenvector')).toBeCloseTo(Math.SQRT1_2, 12);
    }
    expect(figures).toMatchObject({ nodes: 2, edges: 1, density: 1, components: 1, communities: 1, modularity: 0, total_weight: 3 });
  });

  it('isolates only: own communities, modularity 0, constraint null', async () => {
    const g = buildGraph([], ['x', 'y', 'z']);
    const { figures } = await analyseGraph(g, opts());
    expect(g.nodes().map((k) => g.getNodeAttribute(k, 'community'))).toEqual([0, 1, 2]);
    expect(g.nodes().every((k) => g.getNodeAttribute(k, 'constraint') === null)).toBe(true);
    expect(g.nodes().every((k) => g.getNodeAttribute(k, 'role') === 'isolate')).toBe(true);
    expect(figures).toMatchObject({ communities: 3, modularity: 0, isolates: 3, components: 3 });
  });

  it('writes every metric on every node', async () => {
    const g = buildGraph(randomGraphEdges(createRng(2), 120, 2, 20) as EdgeList, ['lonely']);
    await analyseGraph(g, opts());
    for (const k of g.nodes()) {
      const a = g.getNodeAttributes(k);
      for (const m of METRIC_KEYS) {
        if (m === 'role') expect(['core', 'broker', 'peripheral', 'isolate']).toContain(a.role);
        else if (m === 'constraint' && a.degree === 0) expect(a.constraint).toBeNull();
        else expect(Number.isFinite(a[m] as number), `${m} of ${k}`).toBe(true);
      }
    }
  });

  it('auto samples above the exact limit; sample mode is "requested"; reports progress', async () => {
    const edges = randomGraphEdges(createRng(6), 700, 2, 100) as EdgeList;
    const stages = new Set<string>();
    const auto = await analyseGraph(buildGraph(edges), opts({ exactLimit: 500, autoSamples: 64 }), (s) => stages.add(s));
    expect(auto.methods).toMatchObject({ all_pairs: 'sampled', samples: 64, reason: 'auto', exact_limit: 500 });
    expect([...stages]).toEqual(expect.arrayContaining(['all-pairs', 'eigenvector', 'pagerank', 'communities', 'roles']));
    const requested = await analyseGraph(buildGraph(edges), opts({ betweenness: { mode: 'sample', k: 100 } }));
    expect(requested.methods).toMatchObject({ all_pairs: 'sampled', samples: 100, reason: 'requested' });
    const exact = await analyseGraph(buildGraph(edges), opts({ betweenness: { mode: 'exact' }, exactLimit: 10 }));
    expect(exact.methods).toMatchObject({ all_pairs: 'exact', samples: null, reason: 'requested' });
  });

  it('same inputs and seed give identical results on 1 and 2 threads (sampled)', async () => {
    const edges = randomGraphEdges(createRng(12), 300, 2, 60) as EdgeList;
    const a = buildGraph(edges);
    const b = buildGraph(edges);
    const ra = await analyseGraph(a, opts({ betweenness: { mode: 'sample', k: 50 } }));
    const rb = await analyseGraph(b, opts({ betweenness: { mode: 'sample', k: 50 }, threads: 2 }));
    expect(rb).toEqual(ra);
    for (const k of a.nodes()) expect(b.getNodeAttributes(k)).toEqual(a.getNodeAttributes(k));
  });

  it('rejects a sample size that is not a positive integer', async () => {
    await expect(analyseGraph(buildGraph([['a', 'b']]), opts({ betweenness: { mode: 'sample', k: 0 } }))).rejects.toThrow(
      /positive integer/,
    );
  });
});
