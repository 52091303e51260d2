/**
 * The shape of a data-quality rule, after ESLint: `meta` (type, default severity, description,
 * an example) plus one `check` for the phase the rule belongs to, named by its `kind` — the
 * header of a file, each data row, or the resolved organisations and relations. Checks return
 * findings; `run-checks.ts` turns them into issues with the configured severity. The contexts
 * come from the stages that make them: ingest (header, row) and the pipeline (graph).
 */

import type { Column } from '../config/columns.js';
import type { ListCandidate } from '../graph/builder.js';
import type { HeaderContext } from '../ingest/ingest-file.js';
import type { RowContext } from '../ingest/row-context.js';
import type { PersonalDataKind } from '../resolve/personal-data.js';
import type { Text } from '../lang.js';
import type { OrgSighting } from '../resolve/registry.js';
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
  /** In Dutch and English (`t(nl, en)`); run-checks.ts keeps the language of the run. */
  message: Text;
  hint?: Text;
  /**
   * An unusable value in this optional column (docs/contract.md §2): the cell is blanked — the
   * rule's later readers and the builder see it as empty, or as `readAs` when given — and, when
   * the row is used, counted in the file's `cells_blanked`, whatever severity the config gives.
   */
  blank?: Column;
  /** With `blank`: the value the cell is read as instead (an unknown type label reads as `other`). */
  readAs?: string;
  /**
   * The finding leaves out one entry of a list cell, not the row: even as an error it does not
   * reject the row, which still counts as used (`personal-data` in a `partners` entry).
   */
  entryOnly?: boolean;
  /**
   * Personal data recognised in a name cell (docs/contract.md §6): counted in the run's
   * `PrivacyCounts` whatever severity the config gives the rule.
   */
  privacy?: PersonalDataKind | 'person-name';
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
  /** List entries holding `, ` and whether a name is known elsewhere (`suspect-list`). */
  listCandidates: readonly ListCandidate[];
  isKnownName(field: ListCandidate['field'], name: string): boolean;
  /** The characters that separate list parts (`--list-separator`). */
  listSeparators: string;
  nearDuplicates: ReadonlyArray<{ a: OrgSighting; b: OrgSighting; similarity: number; acronym: boolean }>;
}

export interface HeaderRule {
  kind: 'header';
  meta: RuleMeta;
  /** Runs once per file, on its header. */
  check(ctx: HeaderContext): Finding[];
}

export interface RowRule {
  kind: 'row';
  meta: RuleMeta;
  /** Runs on every data row; an error finding rejects the row. */
  check(ctx: RowContext): Finding[];
}

export interface GraphRule {
  kind: 'graph';
  meta: RuleMeta;
  /** Runs once, on the resolved organisations and relations. */
  check(ctx: GraphContext): Finding[];
}

export type Rule = HeaderRule | RowRule | GraphRule;

/**
 * True when no header cell names a known column: the first line is probably data (a file
 * exported without its header). Header rules then stay quiet about the cells, which may hold
 * personal data, and `missing-column` says what is wrong.
 */
export function looksHeaderless(ctx: HeaderContext): boolean {
  return ctx.role !== 'aliases' && ctx.columns.every((c) => c === undefined);
}
