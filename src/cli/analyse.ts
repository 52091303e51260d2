/** `kis-network analyse`: inputs → one analysed stakeholder graph → every output file in `--out`. */

import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { KisOptions } from '../config/options.js';
import { EXPORTERS } from '../export/index.js';
import { renderMapHtml } from '../export/html/index.js';
import { checkOutputFolder, writeOutputFolder, type FileContent } from '../io.js';
import { runAnalysis } from '../pipeline.js';
import { StageTimer } from '../progress.js';
import type { AnalysisResult } from '../result.js';
import type { CliIO } from './io.js';
import { progressFor } from './progress-bar.js';
import { printTimings } from './timings.js';

export function outputFiles(result: AnalysisResult, options: KisOptions): Array<readonly [string, () => FileContent]> {
  const exportOptions = { lang: options.lang, minGroupSize: options.minGroupSize, sourceDateEpoch: options.sourceDateEpoch };
  const files: Array<readonly [string, () => FileContent]> = Object.entries(EXPORTERS).map(
    ([name, exporter]) => [name, () => exporter(result, exportOptions)] as const,
  );
  files.push([
    'map.html',
    () => renderMapHtml(result, { lang: options.lang, mapMaxNodes: options.mapMaxNodes, minGroupSize: options.minGroupSize }),
  ]);
  return files.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

export async function analyse(options: KisOptions, io: CliIO, chalk: ChalkInstance, timings: boolean): Promise<number> {
  checkOutputFolder(options.out, [...options.inputs, ...(options.aliases ? [options.aliases] : [])]);
  const timer = new StageTimer(progressFor(io, options.quiet));
  const say = (line: string) => {
    if (!options.quiet) io.stdout.write(line + '\n');
  };
  if (options.example) say(chalk.cyan(`No input given: analysing the bundled example data (${options.inputs.map((f) => f.display).join(', ')}).`));
  const result = await runAnalysis(options, timer);
  timer.begin('export');
  const files = outputFiles(result, options);
  await writeOutputFolder(options.out, files);
  timer.end();

  const f = result.figures;
  const relative = path.relative(io.cwd, options.out);
  const rel = relative === '' ? '.' : relative.startsWith('..') ? options.out : relative;
  say(
    `${chalk.bold('Analysed')} ${f.nodes} organisations, ${f.edges} relations, ${f.communities} communities ` +
      `(modularity ${f.modularity.toFixed(3)}), ${f.isolates} isolates.`,
  );
  if (result.methods.all_pairs === 'sampled') {
    say(chalk.yellow(`Betweenness, closeness and harmonic centrality are estimates from ${result.methods.samples} sampled organisations (above ${result.methods.exact_limit}); use --betweenness exact for exact values.`));
  }
  for (const a of result.accounting) {
    const rej = a.rows_rejected > 0 ? chalk.yellow(`, ${a.rows_rejected} rejected (${Object.entries(a.rejected_by_type).map(([t, n]) => `${t}: ${n}`).join(', ')})`) : '';
    say(`  ${a.path} (${a.role}): ${a.rows_read} rows, ${a.rows_used} used${rej}`);
  }
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  if (errors + warnings > 0) say(chalk.dim(`  ${errors} data errors and ${warnings} warnings; run kis-network validate for the details.`));
  say(`Wrote ${files.length} files to ${rel}${path.sep}: ${files.map(([n]) => n).join(', ')}`);
  say(`Open ${path.join(rel, 'map.html')} in a browser for the interactive map, and read ${path.join(rel, 'report.md')}.`);
  if (timings) printTimings(io, timer);
  return 0;
}
