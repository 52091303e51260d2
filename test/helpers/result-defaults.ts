/** The `methods` and `parameters` of a default exact run, for hand-built AnalysisResult fixtures. */
import type { MetricMethods, Parameters } from '../../src/result.js';

export function exactMethods(): MetricMethods {
  return {
    all_pairs: 'exact',
    samples: null,
    reason: 'default',
    exact_limit: 20000,
    louvain_seed: 42,
    pagerank: { alpha: 0.85, tolerance: 1e-6, iterations: 100 },
    eigenvector: { tolerance: 1e-6, iterations: 100 },
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
