/** `--format json`: the machine-readable report of docs/contract.md §7 (schema: schema/validate-report.schema.json). */
import type { Reporter } from './types.js';

export const json: Reporter = (report) => {
  const out = {
    valid: report.valid,
    errors: report.errors,
    warnings: report.warnings,
    files: report.files.map((f) => ({
      path: f.path,
      role: f.role,
      rows_read: f.rows_read,
      rows_used: f.rows_used,
      rows_rejected: f.rows_rejected,
      rejected_by_type: f.rejected_by_type,
      cells_blanked: f.cells_blanked,
      blanked_by_type: f.blanked_by_type,
      issues: f.issues.map((i) => ({
        type: i.type,
        severity: i.severity,
        file: i.file,
        line: i.line ?? null,
        column: i.column ?? null,
        message: i.message,
        hint: i.hint ?? null,
      })),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};
