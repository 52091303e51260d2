/**
 * `--format stylish` (default): issues grouped per file, coloured, long lists capped per type
 * with the total count, and a summary line — after ESLint's stylish formatter.
 */
import type { Issue } from '../quality/issue.js';
import type { Reporter } from './types.js';

/** At most this many issues of one type are listed per file; the rest are counted. */
export const CAP_PER_TYPE = 20;

export const stylish: Reporter = (report, chalk) => {
  const lines: string[] = [];
  for (const f of report.files) {
    const shown: Issue[] = [];
    const hidden = new Map<string, number>();
    const perType = new Map<string, number>();
    for (const i of f.issues) {
      const n = (perType.get(i.type) ?? 0) + 1;
      perType.set(i.type, n);
      if (n <= CAP_PER_TYPE) shown.push(i);
      else hidden.set(i.type, (hidden.get(i.type) ?? 0) + 1);
    }
    const counts = `${f.rows_read} row${f.rows_read === 1 ? '' : 's'}: ${f.rows_used} used, ${f.rows_rejected} rejected`;
    lines.push(`${chalk.underline(f.path)} ${chalk.dim(`(${f.role}, ${counts})`)}`);
    for (const i of shown) {
      const where = `${i.line ?? '-'}${i.column ? `:${i.column}` : ''}`;
      const sev = i.severity === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
      lines.push(`  ${chalk.dim(where.padEnd(18))} ${sev}  ${i.message}${i.hint ? chalk.dim(` — ${i.hint}`) : ''}  ${chalk.dim(i.type)}`);
    }
    for (const [type, n] of hidden)
      lines.push(chalk.dim(`  … and ${n} more ${type} (${perType.get(type)} in all; --format json lists every one)`));
    lines.push('');
  }
  const total = report.errors + report.warnings;
  const summary = `${total} problem${total === 1 ? '' : 's'} (${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'})`;
  if (total === 0) lines.push(chalk.green('✔ no problems found'));
  else lines.push((report.errors > 0 ? chalk.red.bold : chalk.yellow.bold)(`✖ ${summary}`));
  return `${lines.join('\n')}\n`;
};
