/**
 * Every option of a run in one typed interface, with its defaults (resolved once, at the CLI
 * boundary: stages take a resolved `KisOptions` and have no defaults of their own).
 */

import type { StakeholderType } from './stakeholder-types.js';
import type { InputRole, Role } from './roles.js';
import type { SeverityConfig } from './severities.js';

export type Lang = 'nl' | 'en';
export type NetworkKind = 'relations' | 'co-usage';
export type Encoding = 'utf-8' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t';

/** How the all-pairs metrics are computed: exact, sampled with K sources, or auto by size. */
export type BetweennessMode = { mode: 'exact' } | { mode: 'sample'; k: number } | { mode: 'auto' };

export interface InputFile {
  /** Absolute path, for reading. */
  path: string;
  /** The path as the user named it, for messages. */
  display: string;
  /** The file name alone: the form written into output files (no absolute paths, docs/contract.md §5). */
  name: string;
  role: InputRole;
  /** For an Excel workbook: the sheet to read (`display` and `name` then end in `[sheet]`). */
  sheet?: string;
}

export interface KisOptions {
  inputs: InputFile[];
  /** Optional `alias,organisation` file. */
  aliases?: InputFile;
  /** True when no input was given and the bundled example is used. */
  example: boolean;
  out: string;
  seed: number;
  strict: boolean;
  lang: Lang;
  network: NetworkKind;
  delimiter?: Delimiter;
  encoding?: Encoding;
  /** The characters that separate the parts of a list cell (line breaks always do too). */
  listSeparators: string;
  minGroupSize: number;
  betweenness: BetweennessMode;
  /** With `auto`: above this many organisations the all-pairs metrics are sampled. */
  exactLimit: number;
  /** Sources sampled by `auto` above `exactLimit`. */
  autoSamples: number;
  /** `--resolution`: γ of the community detection; above 1 smaller communities, below 1 larger. */
  resolution: number;
  threads: number;
  mapMaxNodes: number;
  quiet: boolean;
  color: boolean;
  severities: SeverityConfig;
  /** Extra label → stakeholder type mappings from the config file. */
  typeLabels: Record<string, StakeholderType>;
  /** Extra header → canonical column mappings from the config file, per role. */
  columnMap: Partial<Record<Role, Record<string, string>>>;
  /** Unrecognised columns that the config allows to be copied as node attributes. */
  extraAttributes: string[];
  /** `SOURCE_DATE_EPOCH`, if set: the only timestamp allowed in outputs. */
  sourceDateEpoch?: number;
  /** The output files `analyse` writes (`--formats`; names of the export registry), sorted by code unit. */
  outputs: readonly string[];
}

export const DEFAULTS = {
  out: 'kis-network-out',
  /** `compare --out`. */
  compareOut: 'kis-network-compare',
  seed: 42,
  lang: 'nl' as Lang,
  network: 'relations' as NetworkKind,
  /** `--list-separator`: `|` and `;` (Microsoft Forms); line breaks always split a list too. */
  listSeparator: '|;',
  minGroupSize: 3,
  betweenness: { mode: 'auto' } as BetweennessMode,
  exactLimit: 20000,
  autoSamples: 512,
  resolution: 1,
  mapMaxNodes: 10000,
  /** `validate --format`. */
  format: 'stylish',
} as const;
