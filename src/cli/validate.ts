/** `kis-network validate`: ingest, resolution and graph checks; a report and an exit code, no analysis output. */

import type { ChalkInstance } from 'chalk';
import type { KisOptions } from '../config/options.js';
import { EXIT_DATA, EXIT_OK } from '../errors.js';
import { loadNetwork } from '../pipeline.js';
import { StageTimer } from '../progress.js';
import { REPORTERS, type ReporterName, type ValidationReport } from '../reporters/index.js';
import { checkReportFile, writeTextFile } from '../io.js';
import { t } from '../lang.js';
import type { CliIO } from './io.js';
import { progressFor } from './progress-bar.js';
import { printTimings } from './timings.js';

export interface ValidateFlags {
  format: ReporterName;
  maxWarnings?: number;
  outputFile?: string;
  timings?: boolean;
}

export async function validate(options: KisOptions, flags: ValidateFlags, io: CliIO, chalk: ChalkInstance): Promise<number> {
  if (flags.outputFile) checkReportFile(flags.outputFile, io.cwd, [...options.inputs, ...(options.aliases ? [options.aliases] : [])]);
  const timer = new StageTimer(progressFor(io, options.quiet));
  const loaded = await loadNetwork(options, timer, false);
  const files = [...(options.aliases ? [options.aliases] : []), ...options.inputs];
  const report: ValidationReport = {
    valid: loaded.errors === 0,
    errors: loaded.errors,
    warnings: loaded.warnings,
    files: loaded.accounting.map((a) => {
      const f = files.find((x) => x.name === a.path && x.role === a.role)!;
      return { ...a, path: f.display, issues: loaded.issues.filter((i) => i.file === f.display) };
    }),
  };
  timer.begin('report');
  const text = REPORTERS[flags.format](report, chalk, options.lang);
  timer.end();
  if (flags.timings) printTimings(io, timer);
  if (flags.outputFile) await writeTextFile(flags.outputFile, text);
  else io.stdout.write(text);
  if (loaded.errors > 0) return EXIT_DATA;
  if (flags.maxWarnings !== undefined && loaded.warnings > flags.maxWarnings) {
    const line = t(
      `${loaded.warnings} waarschuwingen, meer dan --max-warnings ${flags.maxWarnings}`,
      `${loaded.warnings} warnings, more than --max-warnings ${flags.maxWarnings}`,
    );
    io.stderr.write(`kis-network: ${line[options.lang]}\n`);
    return EXIT_DATA;
  }
  return EXIT_OK;
}
