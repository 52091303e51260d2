/**
 * Runs rules and turns their findings into issues with the configured severity
 * (`off` drops them). Keeps the issues of the run and answers "does this row have an error?".
 */

import type { Issue, Severity, SeverityConfig } from './issue.js';
import type { Finding, Rule } from './rule.js';
import { compareCodeUnits } from '../compare.js';

export class IssueLog {
  readonly issues: Issue[] = [];
  constructor(private readonly severities: SeverityConfig) {}

  severityOf(rule: Rule): Severity | 'off' {
    return this.severities[rule.meta.type] ?? rule.meta.defaultSeverity;
  }

  /** Record the findings of one rule; returns true when any of them is an error. */
  record(rule: Rule, file: string, findings: readonly Finding[]): boolean {
    if (findings.length === 0) return false;
    const severity = this.severityOf(rule);
    if (severity === 'off') return false;
    for (const f of findings) {
      const issue: Issue = { type: rule.meta.type, severity, file: f.file ?? file, message: f.message };
      if (f.line !== undefined) issue.line = f.line;
      if (f.column !== undefined) issue.column = f.column;
      if (f.hint !== undefined) issue.hint = f.hint;
      this.issues.push(issue);
    }
    return severity === 'error';
  }

  get errors(): number {
    return this.issues.filter((i) => i.severity === 'error').length;
  }

  get warnings(): number {
    return this.issues.filter((i) => i.severity === 'warning').length;
  }
}

/** Issues in a stable order: by file (as given), line, then type. */
export function sortIssues(issues: readonly Issue[], fileOrder: readonly string[]): Issue[] {
  const rank = new Map(fileOrder.map((f, i) => [f, i]));
  return [...issues].sort(
    (a, b) =>
      (rank.get(a.file) ?? 1e9) - (rank.get(b.file) ?? 1e9) ||
      compareCodeUnits(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareCodeUnits(a.type, b.type),
  );
}
