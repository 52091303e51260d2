/**
 * One wave of a comparison (docs/contract.md §8): what `compare` needs of an `analyse` run, read
 * from its output files (nodes.csv, edges.csv, communities.csv, groups.csv, summary.json) —
 * organisations column-wise in id order, relations as index arrays (a million relations are a
 * few typed arrays, not a million objects), the communities, the published group figures and
 * the run's parameters.
 */

import type { MapPayload } from '../export/html/payload-types.js';

/** The parameters of the run that matter for a comparison (summary.json `parameters`). */
export interface WaveParameters {
  network: string;
  seed: number;
  min_group_size: number;
}

/** summary.json `graph`: the network in figures. */
export interface WaveFigures {
  nodes: number;
  edges: number;
  density: number;
  components: number;
  isolates: number;
  communities: number;
  modularity: number;
}

/** One row of groups.csv: the values as published (null where empty: suppressed or undefined). */
export interface WaveGroup {
  dimension: string;
  group: string;
  /** Every column of groups.csv after `dimension,group`, by column name. */
  values: Record<string, number | null>;
}

export interface WaveCommunity {
  community: number;
  size: number;
  name: string;
}

export interface Wave {
  /** The wave as the user named it: a folder's base name, never an absolute path. */
  name: string;
  parameters: WaveParameters;
  figures: WaveFigures;
  /** Organisation ids in code-unit order, and per organisation (same index) its values. */
  ids: string[];
  labels: string[];
  types: string[];
  regions: string[];
  community: Int32Array;
  degree: Float64Array;
  strength: Float64Array;
  pagerank: Float64Array;
  /** Relations: indices into `ids`, source < target, sorted by (source, target). */
  edges: { source: Uint32Array; target: Uint32Array; weight: Float64Array; count: number };
  communities: WaveCommunity[];
  /** groups.csv rows in file order. */
  groups: WaveGroup[];
  /** groups.csv's columns after `dimension,group`. */
  groupColumns: string[];
  /** The map of this wave (its data island), made or read on demand; undefined when there is none. */
  map(): MapPayload | undefined;
}
