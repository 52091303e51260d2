/**
 * The shape of a data-quality rule, after ESLint: `meta` (type, default severity, description,
 * an example) plus checks for the phase it belongs to — the header of a file, each data row,
 * or the resolved organisations and relations. Checks return findings; `run-checks.ts` turns
 * them into issues with the configured severity.
 */

import type { Column, Role } from '../config/columns.js';
import type { InputFile } from '../config/options.js';
import type { StakeholderType } from '../config/stakeholder-types.js';
import type { IssueType, Severity } from './issue.js';

export interface RuleMeta {
  type: IssueType;
  defaultSeverity: Severity;
  description: string;
  /** A one-line example of a message, for the README. */
  example: string;
}

export interface Finding {
  /** Defaults to the file being checked. */
  file?: string;
  line?: number;
  column?: string;
  message: string;
  hint?: string;
}

export interface HeaderContext {
  file: InputFile;
  role: Role | 'aliases';
  headers: string[];
  /** Canonical column per header position (undefined: unknown, `personal`: never copied). */
  columns: Array<Column | undefined>;
  /** Headers the config allows as extra attributes. */
  extraAttributes: readonly string[];
  sniff: { ambiguous: boolean; delimiter: string; alternative?: string };
  explicitDelimiter: boolean;
}

export interface RowContext {
  file: InputFile;
  role: Role | 'aliases';
  line: number;
  fields: string[];
  headers: string[];
  /** Position of each canonical column in the row (the first header that maps to it). */
  index: Partial<Record<Column, number>>;
  /** Trimmed value of a column; undefined when absent or empty. */
  get(column: Column): string | undefined;
  /** A `|` list column, split and tidied (the same array for every caller within the row). */
  list(column: Column): readonly string[];
  /** The header as written for a canonical column. */
  header(column: Column): string;
  /** Organisation key of a name (aliases applied). */
  keyOf(name: string): string;
  typeLabels: Readonly<Record<string, StakeholderType>>;
  /** Per-file state a rule may keep between rows (e.g. ids seen), keyed by rule type. */
  state: Map<string, unknown>;
}

export interface OrgSighting {
  key: string;
  label: string;
  file: string;
  line: number;
}

export interface GraphContext {
  /** True when a register (contacts file) is part of the run. */
  registerGiven: boolean;
  /** Register organisations, by key, with the line they are on. */
  register: ReadonlyMap<string, OrgSighting>;
  /** First sighting of every organisation named in interviews or survey. */
  named: ReadonlyMap<string, OrgSighting & { times: number }>;
  /** Degree of each organisation key in the relations network. */
  degreeOf(key: string): number;
  nearDuplicates: ReadonlyArray<{ a: OrgSighting; b: OrgSighting; similarity: number }>;
}

export interface Rule {
  meta: RuleMeta;
  header?(ctx: HeaderContext): Finding[];
  row?(ctx: RowContext): Finding[];
  graph?(ctx: GraphContext): Finding[];
}

/**
 * True when no header cell names a known column: the first line is probably data (a file
 * exported without its header). Header rules then stay quiet about the cells, which may hold
 * personal data, and `missing-column` says what is wrong.
 */
export function looksHeaderless(ctx: HeaderContext): boolean {
  return ctx.role !== 'aliases' && ctx.columns.every((c) => c === undefined);
}
