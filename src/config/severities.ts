/**
 * The issue types of `validate` (docs/contract.md §7) and the severities a config file may give
 * them. Kept with the config because the config file reader checks them; the rules that find
 * the issues are in quality/rules/, one per type.
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
  'personal-data',
  'possible-person-name',
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
  'suspect-list',
] as const;

export type IssueType = (typeof ISSUE_TYPES)[number];

/** Severity overrides from the config file; `off` silences a type. */
export type SeverityConfig = Partial<Record<IssueType, Severity | 'off'>>;
