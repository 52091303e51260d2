/**
 * The data-quality issue: one finding about one file, line and column (docs/contract.md §7).
 * Produced by ingest adapters and by the rules in `quality/rules/`, printed by `reporters/`,
 * counted in `summary.json.accounting`.
 */

export type Severity = 'error' | 'warning';

export const ISSUE_TYPES = [
  'encoding-error',
  'delimiter-ambiguous',
  'blank-header',
  'duplicate-header',
  'missing-column',
  'missing-cell',
  'extra-cell',
  'missing-value',
  'type-error',
  'constraint-error',
  'duplicate-id',
  'duplicate-row',
  'self-relation',
  'unknown-organisation',
  'possible-duplicate-organisation',
  'isolated-organisation',
  'unknown-column',
  'blank-row',
] as const;

export type IssueType = (typeof ISSUE_TYPES)[number];

export interface Issue {
  type: IssueType;
  severity: Severity;
  /** The file as the user named it. */
  file: string;
  /** Physical 1-based line (header = 1); absent for whole-file findings. */
  line?: number;
  /** The column as written in the file's header, where it applies. */
  column?: string;
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** Severity overrides from the config file; `off` silences a type. */
export type SeverityConfig = Partial<Record<IssueType, Severity | 'off'>>;
