/**
 * The shape of the map's data island (`<script type="application/json" id="kis-data">`):
 * compact, column-wise arrays instead of graphology's verbose export, so 10,000 organisations
 * and 50,000 relations stay around a megabyte. Shared by the builder (payload.ts) and the
 * viewer (src/viewer/), which imports only these types and lists.
 */

import { isNumericMetric, METRICS, type NumericMetric } from '../../analyse/registry.js';
import type { EdgeSource, NodeSource } from '../../config/roles.js';
import { RELATION_KINDS } from '../../graph/relation-kinds.js';

export const PAYLOAD_VERSION = 1;

/** Roles in index order (`nodes.role[i]` indexes this list). */
export const ROLE_IDS = ['core', 'broker', 'peripheral', 'isolate'] as const;

// The source bits are config/roles.ts's NODE_SOURCE_BIT and EDGE_SOURCE_BIT, written out so the
// viewer bundle stays free of the config; the types make a new role an error here, and
// test/unit/config/roles.test.ts checks that the values agree.
/** Bits of `nodes.sources[i]`. */
export const NODE_SOURCE_BITS = { register: 1, interview: 2, survey: 4 } as const satisfies Record<NodeSource, number>;
/** Bits of `edges.sources[j]`. */
export const EDGE_SOURCE_BITS = { interview: 1, survey: 2 } as const satisfies Record<EdgeSource, number>;

/** Interview relation kinds; bit k of `edges.kinds[j]` is RELATION_KIND_IDS[k]. */
export const RELATION_KIND_IDS = RELATION_KINDS;

/** The numeric metrics carried per organisation, in registry order (also the side panel's). */
export const NUMERIC_METRICS: readonly NumericMetric[] = METRICS.filter(isNumericMetric).map((m) => m.id);
export type { NumericMetric };

/** A data-coverage finding shown in the warning banner; the viewer words it per language. */
export type CoverageWarning =
  | { code: 'no-relations' }
  | { code: 'isolates'; count: number; share: number }
  | { code: 'single-source'; source: 'interview' | 'survey' }
  | { code: 'no-register' }
  | { code: 'few-relations'; mean: number }
  | { code: 'rejected-rows'; count: number; share: number }
  | { code: 'sampled'; samples: number | null };

export interface PayloadMeta {
  version: string;
  example: boolean;
  figures: {
    nodes: number;
    edges: number;
    communities: number;
    modularity: number;
    density: number;
    components: number;
    isolates: number;
  };
  params: {
    network: string;
    seed: number;
    minGroupSize: number;
    betweenness: string;
    allPairs: 'exact' | 'sampled';
    samples: number | null;
    mapMaxNodes: number;
  };
  warnings: CoverageWarning[];
  /** Set when the map shows only the most central part of a larger network. */
  truncated: null | {
    shownNodes: number;
    totalNodes: number;
    shownEdges: number;
    totalEdges: number;
    /** The output folder as the user named it, or null: the CSV/GEXF files sit next to the map. */
    folder: string | null;
  };
}

export interface PayloadNodes {
  id: string[];
  label: string[];
  /** Index into `dict.types`, -1 when unknown. */
  type: number[];
  /** Index into `dict.regions`, -1 when unknown. */
  region: number[];
  /** Indices into `dict.themes`. */
  themes: number[][];
  community: number[];
  /** Index into ROLE_IDS. */
  role: number[];
  x: number[];
  y: number[];
  metrics: Record<NumericMetric, Array<number | null>>;
  kisContacts: Array<number | null>;
  respondents: number[];
  /** Mean rating where it may be published, else null. */
  rating: Array<number | null>;
  /** 1 when a rating exists but is suppressed (fewer than the minimum group size). */
  ratingSuppressed: number[];
  /** Number of ratings behind a published mean; null when suppressed or none. */
  ratings: Array<number | null>;
  /** NODE_SOURCE_BITS. */
  sources: number[];
  /** Other names (spellings seen in the data, aliases) of the organisations that have any, as
   * [node index, names] pairs: the search finds an organisation by them. */
  aka?: Array<[number, string[]]>;
}

/** The engagement shortlist (engagement.csv) among the organisations on the map, by rank. */
export interface PayloadEngagement {
  /** Node index per shortlisted organisation, in rank order. */
  node: number[];
  rank: number[];
  /** Score (4 significant digits). */
  score: number[];
  /** The reasons in plain language, in both languages (the page switches language in place). */
  reasons: { nl: string[]; en: string[] };
}

export interface PayloadEdges {
  /** Node indices. */
  source: number[];
  target: number[];
  weight: number[];
  mentions: number[];
  /** EDGE_SOURCE_BITS. */
  sources: number[];
  /** Independent informants: distinct interviews + distinct respondents naming the pair. */
  evidence: number[];
  /** Bits of RELATION_KIND_IDS coded in interviews for the pair (0: none coded). */
  kinds?: number[];
}

export interface MapPayload {
  v: typeof PAYLOAD_VERSION;
  lang: 'nl' | 'en';
  meta: PayloadMeta;
  dict: {
    /** Stakeholder type ids (government, ...). */
    types: string[];
    regions: string[];
    themes: string[];
    products: string[];
  };
  /** Every community of the analysed network with its size (all organisations, also those left
   * off the map), sorted by id: colours are assigned by these sizes, as in the exports; `name`
   * is the community's name of communities.csv. */
  communities: { id: number[]; size: number[]; name: string[] };
  nodes: PayloadNodes;
  edges: PayloadEdges;
  /** Flat triples [node index, product index, respondents]. */
  productUsage: number[];
  /** The engagement shortlist; absent in maps made before it existed. */
  engagement?: PayloadEngagement;
  /** Set only by `kis-network compare` (docs/contract.md §8): the map shows the NEW wave and this
   * says what changed since the OLD one; the viewer then offers the "change" colour mode. */
  change?: PayloadChange;
}

/** Per organisation of NEW: new (absent from OLD), or present in both and its strength the same
 * (stayed), higher (stronger) or lower (weaker). `change.node[i]` indexes this list. */
export const NODE_CHANGE_IDS = ['new', 'stayed', 'stronger', 'weaker'] as const;
/** Per relation of NEW: new, or present in both with a higher, lower or equal weight. */
export const EDGE_CHANGE_IDS = ['new', 'stronger', 'weaker', 'same'] as const;

export interface PayloadChange {
  /** Index into NODE_CHANGE_IDS, per node of `nodes`. */
  node: number[];
  /** Index into EDGE_CHANGE_IDS, per edge of `edges`. */
  edge: number[];
  /** What OLD had and NEW has not, sorted by id (relations by source, then target). */
  gone: {
    organisations: Array<{ id: string; label: string; type: string; region: string }>;
    relations: Array<{ source: string; target: string; sourceLabel: string; targetLabel: string; weight: number }>;
  };
  /** The two waves as the user named them (folder names, never absolute paths). */
  waves: { old: string; new: string };
}
