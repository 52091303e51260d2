/** `kis-network analyse`: inputs → one analysed stakeholder graph → every output file in `--out`. */

import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { compareCodeUnits } from '../compare.js';
import type { KisOptions } from '../config/options.js';
import { EXPORTERS } from '../export/index.js';
import { checkOutputFolder, writeOutputFolder, type FileContent } from '../io.js';
import { runAnalysis } from '../pipeline.js';
import { StageTimer } from '../progress.js';
import type { AnalysisResult } from '../result.js';
import type { CliIO } from './io.js';
import { progressFor } from './progress-bar.js';
import { printTimings } from './timings.js';

/** "1 relation", "2 relations". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function outputFiles(result: AnalysisResult, options: KisOptions): Array<readonly [string, () => FileContent]> {
  const exportOptions = { lang: options.lang, minGroupSize: options.minGroupSize, sourceDateEpoch: options.sourceDateEpoch };
  return Object.entries(EXPORTERS)
    .map(([name, exporter]) => [name, () => exporter(result, exportOptions)] as const)
    .sort((a, b) => compareCodeUnits(a[0], b[0]));
}

export async function analyse(options: KisOptions, io: CliIO, chalk: ChalkInstance, timings: boolean): Promise<number> {
  checkOutputFolder(options.out, [...options.inputs, ...(options.aliases ? [options.aliases] : [])]);
  const timer = new StageTimer(progressFor(io, options.quiet));
  const say = (line: string) => {
    if (!options.quiet) io.stdout.write(`${line}\n`);
  };
  if (options.example)
    say(chalk.cyan(`No input given: analysing the bundled example data (${options.inputs.map((f) => f.display).join(', ')}).`));
  const result = await runAnalysis(options, timer);
  timer.begin('export');
  const files = outputFiles(result, options);
  await writeOutputFolder(options.out, files);
  timer.end();

  const f = result.figures;
  const relative = path.relative(io.cwd, options.out);
  const rel = relative === '' ? '.' : relative.startsWith('..') ? options.out : relative;
  say(
    `${chalk.bold('Analysed')} ${count(f.nodes, 'organisation')}, ${count(f.edges, 'relation')}, ${count(f.communities, 'community', 'communities')} ` +
      `(modularity ${f.modularity.toFixed(3)}), ${count(f.isolates, 'isolate')}.`,
  );
  const m = result.methods;
  if (m.all_pairs === 'sampled') {
    const why = m.reason === 'auto' ? `more than ${m.exact_limit} organisations` : 'as requested';
    say(
      chalk.yellow(
        `Betweenness, closeness and harmonic centrality are estimates from ${m.samples} sampled organisations (${why}); use --betweenness exact for exact values.`,
      ),
    );
  }
  for (const a of result.accounting) {
    const rej =
      a.rows_rejected > 0
        ? chalk.yellow(
            `, ${a.rows_rejected} rejected (${Object.entries(a.rejected_by_type)
              .map(([t, n]) => `${t}: ${n}`)
              .join(', ')})`,
          )
        : '';
    say(`  ${a.path} (${a.role}): ${count(a.rows_read, 'row')}, ${a.rows_used} used${rej}`);
  }
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  if (errors + warnings > 0)
    say(chalk.dim(`  ${count(errors, 'data error')} and ${count(warnings, 'warning')}; run kis-network validate for the details.`));
  say(`Wrote ${files.length} files to ${rel}${path.sep}: ${files.map(([n]) => n).join(', ')}`);
  say(`Open ${path.join(rel, 'map.html')} in a browser for the interactive map, and read ${path.join(rel, 'report.md')}.`);
  if (timings) printTimings(io, timer);
  return 0;
}
