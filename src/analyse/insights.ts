/**
 * The network-wide insights of `summary.json.insights` (docs/contract.md §4): assortativity by
 * stakeholder type, region and degree (./assortativity.ts), and how the organisations' mean
 * survey rating agrees in rank order with their PageRank (Spearman's rank correlation, ties
 * given their mean rank), and the ratings by network position (./satisfaction.ts). Runs on the analysed graph after `analyseGraph` has written PageRank.
 */

import { publishedRatingMean } from '../graph/rating-privacy.js';
import type { OrgGraph } from '../graph/types.js';
import type { Insights } from '../result.js';
import { type Csr, toCsr } from './csr.js';
import { attributeAssortativity, degreeAssortativity } from './assortativity.js';
import { spearman } from './rank-correlation.js';
import { computeSatisfaction } from './satisfaction.js';

/** Fewer organisations than this give no rank correlation. */
export const MIN_RANK_CORRELATION_N = 3;

export interface InsightOptions {
  /** `--min-group-size`: a mean rating counts only where it may be published. */
  minGroupSize: number;
}

/** `csr` is the graph's CSR, passed in when the caller has built it already (analyseGraph returns it). */
export function computeInsights(graph: OrgGraph, options: InsightOptions, csr: Csr = toCsr(graph)): Insights {
  const types: string[] = [];
  const regions: string[] = [];
  const ratings: number[] = [];
  const ranks: number[] = [];
  for (const key of csr.keys) {
    const a = graph.getNodeAttributes(key);
    types.push(a.type);
    regions.push(a.region);
    const mean = publishedRatingMean(a, options);
    if (mean !== null) {
      ratings.push(mean);
      ranks.push(a.pagerank);
    }
  }
  const n = ratings.length;
  const rho = n >= MIN_RANK_CORRELATION_N ? spearman(ratings, ranks) : Number.NaN;
  return {
    assortativity: {
      type: attributeAssortativity(csr, types),
      region: attributeAssortativity(csr, regions),
      degree: degreeAssortativity(csr),
    },
    rating_centrality: { spearman: Number.isFinite(rho) ? rho : null, n },
    satisfaction: computeSatisfaction(graph, options),
  };
}
