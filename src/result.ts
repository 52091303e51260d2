/**
 * What one `analyse` run produces, before anything is written: the analysed graph with its
 * metrics, the community and product tables, the accounting of every input row, and the
 * parameters. Exporters are pure functions of this value (and the options).
 */

import type { Delimiter, Encoding, Lang, NetworkKind } from './config/options.js';
import type { InputRole } from './config/roles.js';
import type { CommunitySummary, ProductSummary } from './graph/summaries.js';
import type { OrgGraph } from './graph/types.js';
import type { FileAccount } from './ingest/ingest-file.js';
import type { Issue } from './quality/issue.js';
import type { PrivacyCounts } from './quality/privacy-counts.js';

// Made by the stages, part of the result; re-exported for the exporters.
export type { CommunitySummary, FileAccount, PrivacyCounts, ProductSummary };

export interface InputRecord {
  path: string;
  role: InputRole;
  sha256: string;
  bytes: number;
  /** Null for a sheet of an Excel workbook. */
  encoding: Encoding | null;
  delimiter: Delimiter | null;
}

export interface GraphFigures {
  nodes: number;
  edges: number;
  density: number;
  components: number;
  largest_component: number;
  isolates: number;
  communities: number;
  /** Weighted Newman–Girvan modularity of the written partition. */
  modularity: number;
  average_clustering: number;
  transitivity: number;
  total_weight: number;
}

/** How the all-pairs metrics (betweenness, closeness, harmonic) were computed. */
export interface MetricMethods {
  all_pairs: 'exact' | 'sampled';
  /** Sources used when sampled. */
  samples: number | null;
  /** Why: `requested` or `auto` (above `exact_limit` organisations). */
  reason: 'requested' | 'auto' | 'default';
  exact_limit: number;
  /** Community detection: method, resolution γ, independent runs kept the best of, seed, and the modularity (γ = 1) of the result. */
  communities: { method: 'leiden' | 'louvain'; resolution: number; restarts: number; seed: number; modularity: number };
  /** Iterative metrics: `converged` is false when the tolerance was not reached (the report warns). */
  pagerank: { alpha: number; tolerance: number; iterations: number; converged: boolean };
  eigenvector: { tolerance: number; iterations: number; converged: boolean };
  /**
   * Sampled runs: Spearman rank correlation between the betweenness estimates of the two halves
   * of the sample, and the Spearman–Brown estimate of the full sample's rank reliability.
   */
  sample_check: { betweenness_split_half_spearman: number; betweenness_estimated_spearman: number } | null;
}

/** `summary.json.insights` (docs/contract.md §4); null where a figure is undefined. */
export interface Insights {
  /** NetworkX's assortativity coefficients: type and region over the organisations with a known value, degree unweighted. */
  assortativity: { type: number | null; region: number | null; degree: number | null };
  /** Spearman's rank correlation of `rating_mean` and `pagerank` over the `n` organisations with a published `rating_mean`. */
  rating_centrality: { spearman: number | null; n: number };
  /** Ratings by network position (analyse/satisfaction.ts): per dimension, its groups in table order. */
  satisfaction: Satisfaction;
}

/** The dimensions of `insights.satisfaction`: groups of organisations by type, region, community, role and k-core band. */
export const SATISFACTION_DIMENSIONS = ['type', 'region', 'community', 'role', 'core'] as const;
export type SatisfactionDimension = (typeof SATISFACTION_DIMENSIONS)[number];

/** One group's ratings; `rating_mean` is null when the group has no ratings or §6 suppresses it. */
export interface SatisfactionGroup {
  group: string;
  organisations: number;
  respondents: number;
  rating_n: number;
  rating_mean: number | null;
}

export type Satisfaction = Record<SatisfactionDimension, SatisfactionGroup[]>;

export interface NearDuplicate {
  a: string;
  b: string;
  /** Labels, for the report. */
  a_label: string;
  b_label: string;
  similarity: number;
}

export interface Parameters {
  network: NetworkKind;
  seed: number;
  min_group_size: number;
  lang: Lang;
  strict: boolean;
  betweenness: string;
  map_max_nodes: number;
  example: boolean;
}

export interface AnalysisResult {
  graph: OrgGraph;
  figures: GraphFigures;
  communities: CommunitySummary[];
  products: ProductSummary[];
  /** Organisation–product usage pairs for the products layer, sorted. */
  productUsage: Array<{ organisation: string; product: string; respondents: number }>;
  accounting: FileAccount[];
  inputs: InputRecord[];
  issues: Issue[];
  nearDuplicates: NearDuplicate[];
  /** Personal data recognised in organisation-name cells and left out, and possible person names. */
  privacy: PrivacyCounts;
  methods: MetricMethods;
  insights: Insights;
  parameters: Parameters;
  /** The version of kis-network that produced the result. */
  version: string;
}
