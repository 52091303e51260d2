/** The `methods` and `parameters` of a default exact run, for hand-built AnalysisResult fixtures. */
import type { Insights, MetricMethods, Parameters } from '../../src/result.js';

export function exactMethods(modularity = 0): MetricMethods {
  return {
    all_pairs: 'exact',
    samples: null,
    reason: 'default',
    exact_limit: 20000,
    communities: { method: 'leiden', resolution: 1, restarts: 10, seed: 42, modularity },
    pagerank: { alpha: 0.85, tolerance: 1e-6, iterations: 100, converged: true },
    eigenvector: { tolerance: 1e-6, iterations: 100, converged: true },
    sample_check: null,
  };
}

export function defaultParameters(): Parameters {
  return {
    network: 'relations',
    seed: 42,
    min_group_size: 3,
    lang: 'nl',
    strict: false,
    betweenness: 'auto',
    map_max_nodes: 5000,
    example: false,
  };
}

/** The insights of a network without relations or ratings: every figure undefined. */
export function noInsights(): Insights {
  return {
    assortativity: { type: null, region: null, degree: null },
    rating_centrality: { spearman: null, n: 0 },
    satisfaction: { type: [], region: [], community: [], role: [], core: [] },
  };
}
