/**
 * The typed stakeholder graph: an undirected, simple graphology graph whose node and edge
 * attributes use the CSV column names of docs/contract.md §5. Metric attributes are filled in by
 * `analyse/`, positions and colours by `layout/` and `appearance/`.
 */

import type { UndirectedGraph } from 'graphology';
import type { EdgeSource, NodeSource } from '../config/roles.js';
import type { StakeholderType } from '../config/stakeholder-types.js';

/** What an organisation was seen in (one per input role, config/roles.ts). */
export type SourceKind = NodeSource;
export type Role = 'core' | 'broker' | 'peripheral' | 'isolate';
/** Why a broker may be a data-quality artefact rather than a real broker (docs/contract.md §5). */
export type BrokerFlag = 'no-type-no-register' | 'possible-duplicate';

export interface OrgAttributes {
  label: string;
  /** Stakeholder type, `''` when no source says. */
  type: StakeholderType | '';
  region: string;
  themes: string[];
  /** Contact moments with KIS from the register; null when the register does not say. */
  kis_contacts: number | null;
  /** Number of survey respondents from this organisation. */
  respondents: number;
  /** Mean survey rating; null when suppressed (fewer than min-group-size ratings) or none. */
  rating_mean: number | null;
  /** Number of ratings behind rating_mean (not published when suppressed). */
  ratings: number;
  /** Sum of those ratings, for the group means of groups.csv; never written itself. */
  rating_sum: number;
  /** Knowledge products used by this organisation's respondents (sorted). */
  products: string[];
  /** Sources the organisation was seen in, sorted: register, interview, survey. */
  sources: SourceKind[];
  // Metrics (docs/contract.md §4), filled in by analyse/.
  degree: number;
  strength: number;
  betweenness: number;
  closeness: number;
  harmonic: number;
  eigenvector: number;
  pagerank: number;
  core: number;
  /** Burt's constraint; null for isolates (NaN in NetworkX). */
  constraint: number | null;
  clustering: number;
  community: number;
  role: Role;
  /** Burt's effective size; null for isolates (NaN in NetworkX). */
  effective_size: number | null;
  /** Gould–Fernandez brokerage counts by stakeholder type; null when the organisation's type is unknown. */
  brokerage_coordinator: number | null;
  brokerage_itinerant: number | null;
  brokerage_gatekeeper: number | null;
  brokerage_liaison: number | null;
  /** For a `broker`: the stakeholder types of the neighbours it links (sorted); empty otherwise. */
  brokers_between: StakeholderType[];
  /** For a `broker` that may be a data-quality artefact: `no-type-no-register`, `possible-duplicate` (sorted). */
  data_quality_flag: BrokerFlag[];
  // Display, filled in by layout/ and appearance/.
  x: number;
  y: number;
  size: number;
  color: string;
  /** Other spellings and aliases the organisation was named by (not the label; sorted); absent when none. For the map's search only. */
  names?: string[];
  /** Config-listed extra attributes from the register. */
  extra: Record<string, string>;
}

export interface RelationAttributes {
  /** Sum of interview strengths (1 where empty) plus survey partner mentions. */
  weight: number;
  /** Number of rows/entries naming the pair. */
  mentions: number;
  /** Sources of evidence, sorted: interview, survey. */
  sources: EdgeSource[];
  /** Distinct interview ids naming the pair. */
  interviews: number;
  /** Distinct respondents naming the pair. */
  respondents: number;
  /** Relation kinds coded in interviews, sorted (collaboration, knowledge_exchange, ...). */
  relations: string[];
  /** Interview themes, sorted. */
  themes: string[];
}

export type OrgGraph = UndirectedGraph<OrgAttributes, RelationAttributes>;

/** Blank metric/display attributes for a new node. */
export function blankMetrics(): Pick<
  OrgAttributes,
  | 'degree'
  | 'strength'
  | 'betweenness'
  | 'closeness'
  | 'harmonic'
  | 'eigenvector'
  | 'pagerank'
  | 'core'
  | 'constraint'
  | 'clustering'
  | 'community'
  | 'role'
  | 'effective_size'
  | 'brokerage_coordinator'
  | 'brokerage_itinerant'
  | 'brokerage_gatekeeper'
  | 'brokerage_liaison'
  | 'brokers_between'
  | 'data_quality_flag'
  | 'x'
  | 'y'
  | 'size'
  | 'color'
> {
  return {
    degree: 0,
    strength: 0,
    betweenness: 0,
    closeness: 0,
    harmonic: 0,
    eigenvector: 0,
    pagerank: 0,
    core: 0,
    constraint: null,
    clustering: 0,
    community: 0,
    role: 'isolate',
    effective_size: null,
    brokerage_coordinator: null,
    brokerage_itinerant: null,
    brokerage_gatekeeper: null,
    brokerage_liaison: null,
    brokers_between: [],
    data_quality_flag: [],
    x: 0,
    y: 0,
    size: 1,
    color: '#999999',
  };
}

/**
 * The edges of a graph in its own order (insertion, = `forEachEdge`): their ends as node
 * numbers in `graph.nodes()` order, and their weights. The builder hands it to the analysis
 * so that the CSR need not walk the graph's million edges again.
 */
export interface EdgeList {
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}
