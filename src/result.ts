/**
 * What one `analyse` run produces, before anything is written: the analysed graph with its
 * metrics, the community and product tables, the accounting of every input row, and the
 * parameters. Exporters are pure functions of this value (and the options).
 */

import type { OrgGraph } from './graph/types.js';
import type { Issue } from './quality/issue.js';
import type { Role as InputRole } from './config/columns.js';
import type { Encoding, Delimiter, NetworkKind, Lang } from './config/options.js';

/** One entry per input file, shaped like `validate`'s `files[]` (docs/contract.md §5, §7). */
export interface FileAccount {
  path: string;
  role: InputRole | 'aliases';
  rows_read: number;
  rows_used: number;
  rows_rejected: number;
  rejected_by_type: Record<string, number>;
}

export interface InputRecord {
  path: string;
  role: InputRole | 'aliases';
  sha256: string;
  bytes: number;
  encoding: Encoding;
  delimiter: Delimiter;
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

export interface CommunitySummary {
  community: number;
  size: number;
  /** Members per stakeholder type (`unknown` for no type). */
  types: Record<string, number>;
  /** Members per region (`unknown` for none). */
  regions: Record<string, number>;
  /** Labels of the most central members (by PageRank), at most 5. */
  top_members: string[];
  /** Most frequent themes among members, at most 5. */
  themes: string[];
  internal_edges: number;
  external_edges: number;
  internal_weight: number;
  kis_contacts: number;
}

export interface ProductSummary {
  product: string;
  organisations: number;
  respondents: number;
  by_type: Record<string, number>;
  by_community: Record<string, number>;
}

/** How the all-pairs metrics (betweenness, closeness, harmonic) were computed. */
export interface MetricMethods {
  all_pairs: 'exact' | 'sampled';
  /** Sources used when sampled. */
  samples: number | null;
  /** Why: `requested` or `auto` (above `exact_limit` organisations). */
  reason: 'requested' | 'auto' | 'default';
  exact_limit: number;
  louvain_seed: number;
  pagerank: { alpha: number; tolerance: number; iterations: number };
  eigenvector: { tolerance: number; iterations: number };
  /**
   * Sampled runs: Spearman rank correlation between the betweenness estimates of the two halves
   * of the sample, and the Spearman–Brown estimate of the full sample's rank reliability.
   */
  sample_check: { betweenness_split_half_spearman: number; betweenness_estimated_spearman: number } | null;
}

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
  methods: MetricMethods;
  parameters: Parameters;
  /** The version of kis-network that produced the result. */
  version: string;
}
