/**
 * `kis-network compare OLD NEW` (docs/contract.md §8): each wave an `analyse` output folder or an
 * input PATH (analysed here with the same options), compared and written to `--out` (replaced as
 * a whole, like analyse's). Option differences between the waves are warnings on stderr; waves
 * of different network kinds are a usage error (exit 2).
 */

import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { compareCodeUnits } from '../compare.js';
import type { InputFile, KisOptions, Lang } from '../config/options.js';
import { checkOutputFolder, type FileContent, writeOutputFolder } from '../io.js';
import { count, t } from '../lang.js';
import { StageTimer } from '../progress.js';
import { analysedWave } from '../waves/analysed-wave.js';
import { applyAliases } from '../waves/apply-aliases.js';
import { compareWaves } from '../waves/compare-waves.js';
import { COMPARE_EXPORTERS, type CompareExportOptions } from '../waves/export/exporters.js';
import { folderWave, isOutputFolder, waveName } from '../waves/folder-wave.js';
import { loadWave, type WaveFiles } from '../waves/load-wave.js';
import { readAliasKeys } from '../waves/read-aliases.js';
import type { CliIO } from './io.js';
import type { CompareOptions, RawFlags } from './options.js';
import { progressFor } from './progress-bar.js';
import { printTimings } from './timings.js';

export interface CompareFlags extends RawFlags {
  timings?: boolean;
}

export interface CompareContext {
  io: CliIO;
  chalk: ChalkInstance;
  errChalk: ChalkInstance;
  lang: Lang;
  /** Resolves the options for one input PATH, as `analyse PATH` would with these flags. */
  resolve(paths: string[], flags: RawFlags): KisOptions;
  /** compare's own options. */
  options: CompareOptions;
}

export async function compare(oldPath: string, newPath: string, flags: CompareFlags, ctx: CompareContext): Promise<number> {
  const { io, chalk, lang } = ctx;
  const base = ctx.options;
  const { quiet, out } = base;
  const say = (line: string) => {
    if (!quiet) io.stdout.write(`${line}\n`);
  };
  const aliasFile = base.aliases;
  const timer = new StageTimer(progressFor(io, quiet));

  // Refuse an --out that would delete a wave or an input before any work is done.
  const guarded: InputFile[] = aliasFile ? [aliasFile] : [];
  const sources: Array<{ userPath: string; folder: boolean; options?: KisOptions }> = [];
  for (const p of [oldPath, newPath]) {
    const abs = path.resolve(io.cwd, p);
    if (isOutputFolder(abs)) {
      sources.push({ userPath: p, folder: true });
      guarded.push({ path: path.join(abs, 'summary.json'), display: p, name: 'summary.json', role: 'contacts' });
    } else {
      const options = ctx.resolve([p], flags);
      sources.push({ userPath: p, folder: false, options: { ...options, out } });
      guarded.push(...options.inputs, ...(options.aliases ? [options.aliases] : []));
    }
  }
  checkOutputFolder(out, guarded);

  const files: WaveFiles[] = [];
  for (const s of sources) {
    const abs = path.resolve(io.cwd, s.userPath);
    files.push(s.folder ? folderWave(abs, s.userPath, io.cwd) : await analysedWave(waveName(s.userPath, io.cwd), s.options!, timer));
  }
  timer.begin('compare');
  const oldWave = await loadWave(files[0]!);
  const newWave = await loadWave(files[1]!);
  const aliasKeys = await readAliasKeys(aliasFile, lang);
  const joined = applyAliases(oldWave, newWave, aliasKeys);
  const result = compareWaves(joined.old, newWave, {
    lang,
    minGroupSize: base.minGroupSize,
    sourceDateEpoch: base.sourceDateEpoch,
    aliasJoined: joined.joined,
  });
  for (const d of result.differences)
    if (!quiet)
      io.stderr.write(`${ctx.errChalk.yellow(t('kis-network: waarschuwing: ', 'kis-network: warning: ')[lang])}${d.text[lang]}\n`);

  timer.begin('export');
  const exportOptions: CompareExportOptions = { lang, sourceDateEpoch: base.sourceDateEpoch, map: files[1]!.map()! };
  const outputs: Array<readonly [string, () => FileContent]> = Object.entries(COMPARE_EXPORTERS)
    .map(([name, exporter]) => [name, () => exporter(result, exportOptions)] as const)
    .sort((a, b) => compareCodeUnits(a[0], b[0]));
  await writeOutputFolder(out, outputs);
  timer.end();

  const c = result.counts;
  const orgs = (n: number) => count(n, t('organisatie', 'organisation'), t('organisaties', 'organisations'))[lang];
  const rels = (n: number) => count(n, t('relatie', 'relation'), t('relaties', 'relations'))[lang];
  say(
    t(
      `${chalk.bold('Vergeleken')} ${result.old.name} → ${result.new.name}: ${orgs(c.organisations.new)} nieuw, ${c.organisations.gone} verdwenen, ${c.organisations.stayed} gebleven; ${rels(c.relations.new)} nieuw, ${c.relations.gone} verdwenen, ${c.relations.stronger} sterker, ${c.relations.weaker} zwakker.`,
      `${chalk.bold('Compared')} ${result.old.name} → ${result.new.name}: ${orgs(c.organisations.new)} new, ${c.organisations.gone} gone, ${c.organisations.stayed} stayed; ${rels(c.relations.new)} new, ${c.relations.gone} gone, ${c.relations.stronger} stronger, ${c.relations.weaker} weaker.`,
    )[lang],
  );
  if (result.renamed.length > 0)
    say(
      chalk.dim(
        t(
          `  ${result.renamed.length} mogelijk hernoemde organisatie(s); zie report.md (koppelen met --aliases).`,
          `  ${result.renamed.length} possibly renamed organisation(s); see report.md (join them with --aliases).`,
        )[lang],
      ),
    );
  const relative = path.relative(io.cwd, out);
  const rel = relative === '' ? '.' : relative.startsWith('..') ? out : relative;
  const names = outputs.map(([n]) => n).join(', ');
  say(
    t(
      `${outputs.length} bestanden geschreven naar ${rel}${path.sep}: ${names}`,
      `Wrote ${outputs.length} files to ${rel}${path.sep}: ${names}`,
    )[lang],
  );
  if (flags.timings) printTimings(io, timer);
  return 0;
}
