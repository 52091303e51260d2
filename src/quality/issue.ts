/**
 * The data-quality issue: one finding about one file, line and column (docs/contract.md §7).
 * Produced by ingest adapters and by the rules in `quality/rules/`, printed by `reporters/`,
 * counted in `summary.json.accounting`. The issue types and severities themselves are listed in
 * config/severities.ts (the config file reader checks them) and re-exported here.
 */

import type { IssueType, Severity } from '../config/severities.js';

export { ISSUE_TYPES, type IssueType, type Severity, type SeverityConfig } from '../config/severities.js';

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
