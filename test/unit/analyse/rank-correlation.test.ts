import { describe, expect, it } from 'vitest';
import { spearman, spearmanBrown } from '../../../src/analyse/rank-correlation.js';
import { analyseGraph } from '../../../src/analyse/index.js';
import { createRng } from '../../../src/analyse/rng.js';
import { buildGraph, randomGraphEdges } from './graph-helpers.js';

describe('Spearman rank correlation', () => {
  it("matches SciPy's documented example (ties get their mean rank)", () => {
    // scipy.stats.spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]).statistic
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207826816681233, 12);
  });
  it('is 1 for a monotone transform and -1 for a reversal, NaN for a constant series', () => {
    expect(spearman([0.1, 5, 2, 9], [1, 125, 8, 729])).toBe(1);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBe(-1);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
  it('Spearman–Brown lifts a half-sample correlation to the whole sample', () => {
    expect(spearmanBrown(0.8)).toBeCloseTo(0.888888888889, 10);
    expect(spearmanBrown(1)).toBe(1);
  });
});

describe('sample check of a sampled analysis', () => {
  it('reports the split-half agreement when sampling, and nothing when exact', async () => {
    const opts = { seed: 1, exactLimit: 100, autoSamples: 512, threads: 1, resolution: 1 };
    const sampled = await analyseGraph(buildGraph(randomGraphEdges(createRng(5), 1500, 2, 300)), {
      ...opts,
      betweenness: { mode: 'auto' },
    });
    expect(sampled.methods.all_pairs).toBe('sampled');
    const check = sampled.methods.sample_check!;
    expect(check.betweenness_split_half_spearman).toBeGreaterThan(0.5);
    expect(check.betweenness_split_half_spearman).toBeLessThan(1);
    expect(check.betweenness_estimated_spearman).toBeCloseTo(spearmanBrown(check.betweenness_split_half_spearman), 12);
    const exact = await analyseGraph(buildGraph(randomGraphEdges(createRng(6), 200, 2, 50)), { ...opts, betweenness: { mode: 'exact' } });
    expect(exact.methods.sample_check).toBeNull();
  });

  it('halves by draw order: the same figures with 1 and 2 threads, close to the Spearman–Brown promise', async () => {
    const edges = randomGraphEdges(createRng(7), 3000, 2, 600);
    const opts = { seed: 3, exactLimit: 100, autoSamples: 600, resolution: 1, betweenness: { mode: 'auto' } as const };
    const one = await analyseGraph(buildGraph(edges), { ...opts, threads: 1 });
    const two = await analyseGraph(buildGraph(edges), { ...opts, threads: 2 });
    expect(two.methods.sample_check).toEqual(one.methods.sample_check);
    expect(one.methods.sample_check!.betweenness_split_half_spearman).toBeGreaterThan(0.8);
  });
});
