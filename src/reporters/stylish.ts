/**
 * `--format stylish` (default): issues grouped per file, coloured, long lists capped per type
 * with the total count, and a summary line — after ESLint's stylish formatter.
 */
import type { Issue } from '../quality/issue.js';
import { count, t } from '../lang.js';
import type { Reporter } from './types.js';

/** At most this many issues of one type are listed per file; the rest are counted. */
export const CAP_PER_TYPE = 20;

export const stylish: Reporter = (report, chalk, lang) => {
  const lines: string[] = [];
  const errorWord = t('fout', 'error')[lang];
  const warningWord = t('waarschuwing', 'warning')[lang];
  const width = Math.max(errorWord.length, warningWord.length);
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
    const rows = count(f.rows_read, t('rij', 'row'), t('rijen', 'rows'));
    const counts = t(
      `${rows.nl}: ${f.rows_used} gebruikt, ${f.rows_rejected} afgewezen`,
      `${rows.en}: ${f.rows_used} used, ${f.rows_rejected} rejected`,
    )[lang];
    lines.push(`${chalk.underline(f.path)} ${chalk.dim(`(${f.role}, ${counts})`)}`);
    for (const i of shown) {
      const where = `${i.line ?? '-'}${i.column ? `:${i.column}` : ''}`;
      const sev = i.severity === 'error' ? chalk.red(errorWord.padEnd(width)) : chalk.yellow(warningWord.padEnd(width));
      lines.push(`  ${chalk.dim(where.padEnd(18))} ${sev}  ${i.message}${i.hint ? chalk.dim(` — ${i.hint}`) : ''}  ${chalk.dim(i.type)}`);
    }
    for (const [type, n] of hidden)
      lines.push(
        chalk.dim(
          t(
            `  … en nog ${n} keer ${type} (${perType.get(type)} in totaal; --format json toont ze allemaal)`,
            `  … and ${n} more ${type} (${perType.get(type)} in all; --format json lists every one)`,
          )[lang],
        ),
      );
    lines.push('');
  }
  const total = report.errors + report.warnings;
  const problems = count(total, t('probleem', 'problem'), t('problemen', 'problems'))[lang];
  const errors = count(report.errors, t('fout', 'error'), t('fouten', 'errors'))[lang];
  const warnings = count(report.warnings, t('waarschuwing', 'warning'), t('waarschuwingen', 'warnings'))[lang];
  const summary = `${problems} (${errors}, ${warnings})`;
  if (total === 0) lines.push(chalk.green(t('✔ geen problemen gevonden', '✔ no problems found')[lang]));
  else lines.push((report.errors > 0 ? chalk.red.bold : chalk.yellow.bold)(`✖ ${summary}`));
  return `${lines.join('\n')}\n`;
};
