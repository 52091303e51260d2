/** `kis-network analyse`: inputs → one analysed stakeholder graph → every output file in `--out`. */

import { formatNumber } from '../export/report-format.js';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { compareCodeUnits } from '../compare.js';
import type { KisOptions } from '../config/options.js';
import { EXPORTERS, type ExportOptions } from '../export/index.js';
import { checkOutputFolder, writeOutputFolder, type FileContent } from '../io.js';
import { startAnalysis } from '../pipeline.js';
import { StageTimer } from '../progress.js';
import type { AnalysisResult } from '../result.js';
import { count, t } from '../lang.js';
import type { CliIO } from './io.js';
import { progressFor } from './progress-bar.js';
import { printTimings } from './timings.js';

/** The files of `--formats` (every output by default), each made only when it is written. */
export function outputFiles(result: AnalysisResult, options: KisOptions): Array<readonly [string, () => FileContent]> {
  const exportOptions: ExportOptions = {
    lang: options.lang,
    minGroupSize: options.minGroupSize,
    sourceDateEpoch: options.sourceDateEpoch,
    outputs: options.outputs,
  };
  return Object.entries(EXPORTERS)
    .filter(([name]) => options.outputs.includes(name))
    .map(([name, exporter]) => [name, () => exporter(result, exportOptions)] as const)
    .sort((a, b) => compareCodeUnits(a[0], b[0]));
}

/**
 * Files that need no positions (x, y): written while the layout is still running. Every other
 * file (the graph files, the map, the reports, any file added later) waits for it. report.md
 * needs none itself, but it shares its model with report.html (built once), which draws them.
 */
const WITHOUT_POSITIONS: ReadonlySet<string> = new Set([
  'nodes.csv',
  'edges.csv',
  'communities.csv',
  'products.csv',
  'mixing.csv',
  'groups.csv',
  'engagement.csv',
  'summary.json',
  'kis-network.xlsx',
]);

export async function analyse(options: KisOptions, io: CliIO, chalk: ChalkInstance, timings: boolean): Promise<number> {
  checkOutputFolder(options.out, [...options.inputs, ...(options.aliases ? [options.aliases] : [])]);
  const timer = new StageTimer(progressFor(io, options.quiet));
  const lang = options.lang;
  const say = (line: string) => {
    if (!options.quiet) io.stdout.write(`${line}\n`);
  };
  if (options.example) {
    const files = options.inputs.map((f) => f.display).join(', ');
    say(
      chalk.cyan(
        t(
          `Geen invoer opgegeven: de meegeleverde voorbeelddata worden geanalyseerd (${files}).`,
          `No input given: analysing the bundled example data (${files}).`,
        )[lang],
      ),
    );
  }
  const { result, layout } = await startAnalysis(options, timer);
  timer.begin('export');
  const files = outputFiles(result, options);
  const early = files.filter(([name]) => WITHOUT_POSITIONS.has(name));
  const late = files.filter(([name]) => !WITHOUT_POSITIONS.has(name));
  let positioned = false;
  const positions = async (): Promise<void> => {
    if (positioned) return;
    positioned = true;
    timer.begin('layout');
    await layout.finish();
    timer.begin('export');
  };
  await writeOutputFolder(options.out, [
    ...early,
    ...late.map(
      ([name, make]) =>
        [
          name,
          async () => {
            await positions();
            return make();
          },
        ] as const,
    ),
  ]);
  await positions(); // also when every file is written early (nothing waits for the layout)
  timer.end();

  const f = result.figures;
  const relative = path.relative(io.cwd, options.out);
  const rel = relative === '' ? '.' : relative.startsWith('..') ? options.out : relative;
  const organisations = count(f.nodes, t('organisatie', 'organisation'), t('organisaties', 'organisations'));
  const relations = count(f.edges, t('relatie', 'relation'), t('relaties', 'relations'));
  const communities = count(f.communities, t('gemeenschap', 'community'), t('gemeenschappen', 'communities'));
  const isolates = count(f.isolates, t('geïsoleerde organisatie', 'isolate'), t('geïsoleerde organisaties', 'isolates'));
  say(
    t(
      `${chalk.bold('Geanalyseerd:')} ${organisations.nl}, ${relations.nl}, ${communities.nl} (modulariteit ${formatNumber(f.modularity, 'nl', 3)}), ${isolates.nl}.`,
      `${chalk.bold('Analysed')} ${organisations.en}, ${relations.en}, ${communities.en} (modularity ${formatNumber(f.modularity, 'en', 3)}), ${isolates.en}.`,
    )[lang],
  );
  const m = result.methods;
  if (m.all_pairs === 'sampled') {
    const why =
      m.reason === 'auto'
        ? t(`meer dan ${m.exact_limit} organisaties`, `more than ${m.exact_limit} organisations`)
        : t('zoals gevraagd', 'as requested');
    say(
      chalk.yellow(
        t(
          `Betweenness, closeness en harmonic centrality zijn schattingen uit ${m.samples} steekproeforganisaties (${why.nl}); gebruik --betweenness exact voor exacte waarden.`,
          `Betweenness, closeness and harmonic centrality are estimates from ${m.samples} sampled organisations (${why.en}); use --betweenness exact for exact values.`,
        )[lang],
      ),
    );
  }
  for (const a of result.accounting) {
    const rej =
      a.rows_rejected > 0
        ? chalk.yellow(
            `, ${a.rows_rejected} ${t('afgewezen', 'rejected')[lang]} (${Object.entries(a.rejected_by_type)
              .map(([type, n]) => `${type}: ${n}`)
              .join(', ')})`,
          )
        : '';
    const rows = count(a.rows_read, t('rij', 'row'), t('rijen', 'rows'))[lang];
    say(`  ${a.path} (${a.role}): ${rows}, ${a.rows_used} ${t('gebruikt', 'used')[lang]}${rej}`);
  }
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  if (errors + warnings > 0) {
    const e = count(errors, t('datafout', 'data error'), t('datafouten', 'data errors'));
    const w = count(warnings, t('waarschuwing', 'warning'), t('waarschuwingen', 'warnings'));
    say(
      chalk.dim(
        t(
          `  ${e.nl} en ${w.nl}; kis-network validate toont de details.`,
          `  ${e.en} and ${w.en}; run kis-network validate for the details.`,
        )[lang],
      ),
    );
  }
  const names = files.map(([n]) => n).join(', ');
  const folder = `${rel}${path.sep}`;
  const map = path.join(rel, 'map.html');
  // The page with charts when it was written, else the Markdown report.
  const reportName = options.outputs.includes('report.html') ? 'report.html' : 'report.md';
  const report = path.join(rel, reportName);
  const written = count(files.length, t('bestand', 'file'), t('bestanden', 'files'));
  say(t(`${written.nl} geschreven naar ${folder}: ${names}`, `Wrote ${written.en} to ${folder}: ${names}`)[lang]);
  const hasMap = options.outputs.includes('map.html');
  const hasReport = options.outputs.includes(reportName);
  if (hasMap && hasReport)
    say(
      t(
        `Open ${map} in een browser voor de interactieve kaart, en lees ${report}.`,
        `Open ${map} in a browser for the interactive map, and read ${report}.`,
      )[lang],
    );
  else if (hasMap)
    say(t(`Open ${map} in een browser voor de interactieve kaart.`, `Open ${map} in a browser for the interactive map.`)[lang]);
  else if (hasReport) say(t(`Lees ${report}.`, `Read ${report}.`)[lang]);
  if (timings) printTimings(io, timer);
  return 0;
}
