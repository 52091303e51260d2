/**
 * Runs rules and turns their findings into issues with the configured severity
 * (`off` drops them). Keeps the issues of the run and answers "does this row have an error?":
 * `fileChecks` runs the header and row rules as ingest streams a file, `checkGraph` the graph
 * rules once the organisations are resolved.
 */

import type { FileChecks } from '../ingest/ingest-file.js';
import type { Lang } from '../lang.js';
import type { Issue, Severity, SeverityConfig } from './issue.js';
import { countPrivacy, emptyPrivacyCounts, type PrivacyCounts } from './privacy-counts.js';
import type { Finding, GraphContext, Rule } from './rule.js';
import { blankRow, GRAPH_RULES, HEADER_RULES, ROW_RULES } from './rules/index.js';
import { missingColumn } from './rules/missing-column.js';
import { compareCodeUnits } from '../compare.js';

export class IssueLog {
  readonly issues: Issue[] = [];
  /** Personal data recognised in name cells, counted whatever the configured severity. */
  readonly privacy: PrivacyCounts = emptyPrivacyCounts();
  constructor(
    private readonly severities: SeverityConfig,
    /** The language issues are written in (`--lang`): findings carry both, issues one. */
    private readonly lang: Lang,
  ) {}

  severityOf(rule: Rule): Severity | 'off' {
    return this.severities[rule.meta.type] ?? rule.meta.defaultSeverity;
  }

  /**
   * Record the findings of one rule; returns true when any of them is an error that rejects the
   * row (an `entryOnly` finding leaves out a list entry, not the row).
   */
  record(rule: Rule, file: string, findings: readonly Finding[]): boolean {
    if (findings.length === 0) return false;
    for (const f of findings) if (f.privacy !== undefined) countPrivacy(this.privacy, f.privacy);
    const severity = this.severityOf(rule);
    if (severity === 'off') return false;
    let rejects = false;
    for (const f of findings) {
      if (!f.entryOnly) rejects = true;
      const issue: Issue = { type: rule.meta.type, severity, file: f.file ?? file, message: f.message[this.lang] };
      if (f.line !== undefined) issue.line = f.line;
      if (f.column !== undefined) issue.column = f.column;
      if (f.hint !== undefined) issue.hint = f.hint[this.lang];
      this.issues.push(issue);
    }
    return severity === 'error' && rejects;
  }

  get errors(): number {
    return this.issues.filter((i) => i.severity === 'error').length;
  }

  get warnings(): number {
    return this.issues.filter((i) => i.severity === 'warning').length;
  }
}

/** The header and row rules, as ingest runs them on each file. */
export function fileChecks(log: IssueLog): FileChecks {
  return {
    header(ctx) {
      let unusable: string | undefined;
      for (const rule of HEADER_RULES) {
        if (log.record(rule, ctx.file.display, rule.check(ctx)) && rule === missingColumn) unusable = rule.meta.type;
      }
      return unusable;
    },
    row(ctx) {
      let firstError: string | undefined;
      for (const rule of ROW_RULES) {
        const findings = rule.check(ctx);
        if (log.record(rule, ctx.file.display, findings) && firstError === undefined) firstError = rule.meta.type;
        for (const f of findings) if (f.blank !== undefined) ctx.blank(f.blank, rule.meta.type, f.readAs);
      }
      return firstError;
    },
    blank(ctx) {
      log.record(blankRow, ctx.file.display, blankRow.check(ctx));
    },
  };
}

/** The graph rules, once, on the resolved organisations and relations. */
export function checkGraph(log: IssueLog, ctx: GraphContext): void {
  for (const rule of GRAPH_RULES) log.record(rule, '', rule.check(ctx));
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
