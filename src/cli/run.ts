/**
 * The command-line program: commander setup for `analyse` and `validate`, with examples in
 * `--help`. Returns an exit code and never calls `process.exit`; a user error is one line on
 * stderr (docs/contract.md §1), anything else is a bug and says so in one line (exit 2), with
 * the stack only under KIS_DEBUG=1.
 */

import { Chalk, type ChalkInstance } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { DEFAULTS } from '../config/options.js';
import { INPUT_ROLES } from '../config/roles.js';
import { EXIT_USAGE, KisError, UsageError } from '../errors.js';
import { langOfArgv, type Text, t } from '../lang.js';
import { REPORTERS, type ReporterName } from '../reporters/index.js';
import { VERSION } from '../version.js';
import { analyse } from './analyse.js';
import { compare, type CompareFlags } from './compare.js';
import type { CliIO } from './io.js';
import { FORMAT_GROUPS } from './formats.js';
import { betweennessText, resolveCompareOptions, resolveOptions, type RawFlags } from './options.js';
import { validate } from './validate.js';

/** A default in a help text, read from DEFAULTS: commander itself sets no defaults, so a flag
 * that is not given stays undefined and resolveOptions applies config and DEFAULTS once. */
const shown = (value: string | number): string => `(default: ${value})`;

function inputOptions(cmd: Command): Command {
  for (const role of INPUT_ROLES) cmd.option(`--${role.id} <file>`, role.help);
  return cmd
    .option('--delimiter <char>', 'field delimiter: "," ";" or tab (default: detected)')
    .option('--encoding <name>', 'utf-8 or windows-1252 (default: detected)')
    .option(
      '--list-separator <chars>',
      `characters that separate the names in a list cell (themes, products, partners); line breaks always do ${shown(DEFAULTS.listSeparator)}`,
    )
    .option(
      '--min-group-size <n>',
      `publish survey means only for groups of at least n respondents (default: ${DEFAULTS.minGroupSize}, min 2)`,
    )
    .option('--config <file>', 'config file (default: ./kis-network.config.json, else one in an input folder, if present)')
    .option('-q, --quiet', 'print nothing but errors');
}

const ANALYSE_HELP = `
Examples:
  $ kis-network analyse                                  run on the bundled example data (data/)
  $ kis-network analyse exports/                         a folder with contacts*.csv, interviews*.csv, survey*.csv
  $ kis-network analyse --contacts register.csv --interviews codes.csv --survey enquete-2021.csv
  $ kis-network analyse exports/ --aliases aliassen.csv  map name variants onto one organisation
  $ kis-network analyse exports/ --out kaart/            write the outputs to kaart/ (replaced as a whole)
  $ kis-network analyse export.csv --survey export.csv --delimiter ";" --encoding windows-1252
  $ kis-network analyse exports/ --list-separator "|"   lists split on | only (and line breaks), not on ;
  $ kis-network analyse exports/ --lang en --seed 7      English map and report, another community/layout seed
  $ kis-network analyse exports/ --resolution 2          smaller communities (more of them)
  $ kis-network analyse exports/ --network co-usage      organisations linked by shared knowledge products
  $ kis-network analyse exports/ --min-group-size 5      publish survey means only for 5+ respondents
  $ kis-network analyse big/ --betweenness sample:1000   estimate betweenness from 1,000 sampled sources
  $ kis-network analyse big/ --betweenness exact --threads 2   exact values, two worker threads
  $ kis-network analyse big/ --exact-limit 50000         sample only above 50,000 organisations
  $ kis-network analyse big/ --map-max-nodes 3000        a lighter map of the 3,000 most central organisations
  $ kis-network analyse exports/ --config kis.json --strict   config file; exit 1 if any row is rejected
  $ kis-network analyse exports/ --quiet --timings       no output but errors; stage timings on stderr
  $ kis-network analyse big/ --formats csv,kis-network.xlsx   only the CSV tables, the workbook and summary.json
Outputs (in --out): map.html, report.html, report.md, nodes.csv, edges.csv, communities.csv, products.csv, groups.csv,
engagement.csv, mixing.csv, summary.json, graph.gexf, graph.graphml, graph.json, kis-network.xlsx.
Exit codes: 0 done, 1 no organisation could be read (or rows rejected with --strict), 2 usage error or unreadable input.
`;

const VALIDATE_HELP = `
Examples:
  $ kis-network validate exports/                        human-readable report
  $ kis-network validate --survey enquete.csv --delimiter ";" --encoding windows-1252
  $ kis-network validate exports/ --format json          the report as JSON (docs/contract.md §7)
  $ kis-network validate exports/ --format github        annotations in a GitHub Actions run
  $ kis-network validate exports/ --format junit -o validate.xml
  $ kis-network validate exports/ --list-separator ",;"  lists such as "Aedes, Divosa" split on commas too
  $ kis-network validate exports/ --max-warnings 0       warnings fail too
  $ kis-network validate exports/ --lang en              messages in English (default: Dutch)
  $ kis-network validate exports/ --config kis.json      severities and column mappings from a config file
  $ kis-network validate exports/ --aliases aliassen.csv --quiet --timings
Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage error or unreadable input.
`;

const COMPARE_HELP = `
Each of OLD and NEW is a folder written by kis-network analyse (it holds summary.json) or an input
PATH, analysed first with the options given here (and analyse's defaults), so its figures equal
those of kis-network analyse PATH.
Examples:
  $ kis-network compare data data/2024                   the bundled 2021 example against its 2024 wave
  $ kis-network compare uit-2021/ uit-2024/              two analyse output folders
  $ kis-network compare uit-2021/ exports-2024/ --out verschil/   a folder and an input folder
  $ kis-network compare uit-2021/ uit-2024/ --aliases hernoemd.csv   join renamed organisations
  $ kis-network compare uit-2021/ uit-2024/ --lang en --min-group-size 5
Outputs (in --out): organisations.csv, relations.csv, groups.csv, communities.csv, summary.json,
report.md, report.html, map.html.
Exit codes: 0 done (warnings allowed), 1 no organisation could be read in an input PATH, 2 usage
error, unreadable input, or waves of different network kinds (--network).
`;

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const env = io.env;
  // The language of messages (--lang, default nl): known before commander parses, for the
  // config line and for a user error raised at any point (commander's own messages stay English).
  const lang = langOfArgv(argv);
  let exitCode = 0;
  const color = env.NO_COLOR === undefined && (env.FORCE_COLOR !== undefined || io.stdout.isTTY === true);
  const chalk: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  const errChalk: ChalkInstance = new Chalk({ level: env.NO_COLOR === undefined && io.stderr.isTTY ? 1 : 0 });

  const program = new Command()
    .name('kis-network')
    .description(
      'Stakeholder network analysis for KIS: CSV exports in; metrics, communities, roles, tables, a report and an offline interactive map out.',
    )
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(errChalk.red(s)),
    });

  inputOptions(
    program
      .command('analyse')
      .alias('analyze')
      .description('analyse the stakeholder network and write map, report, tables and graph files')
      .argument('[path...]', 'CSV files or folders (default: the bundled example)'),
  )
    .option('-o, --out <dir>', `output folder, replaced as a whole at the end ${shown(DEFAULTS.out)}`)
    .option('--seed <n>', `seed for community detection and the layout ${shown(DEFAULTS.seed)}`)
    .option(
      '--resolution <r>',
      `community resolution: above 1 more, smaller communities; below 1 fewer, larger ones ${shown(DEFAULTS.resolution)}`,
    )
    .option('--strict', 'fail (exit 1) when any input row is rejected')
    .addOption(new Option('--lang <lang>', `language of map, report and messages ${shown(DEFAULTS.lang)}`).choices(['nl', 'en']))
    .addOption(new Option('--network <kind>', `which network to analyse ${shown(DEFAULTS.network)}`).choices(['relations', 'co-usage']))
    .option(
      '--betweenness <mode>',
      `all-pairs metrics: exact, sample:K or auto (sampled above --exact-limit) ${shown(betweennessText(DEFAULTS.betweenness))}`,
    )
    .option('--exact-limit <n>', `with --betweenness auto: organisations above which metrics are sampled ${shown(DEFAULTS.exactLimit)}`)
    .option('--threads <n>', 'worker threads for the all-pairs metrics (default: all cores)')
    .option(
      '--map-max-nodes <n>',
      `the map shows at most this many organisations (the most central by PageRank) ${shown(DEFAULTS.mapMaxNodes)}`,
    )
    .option(
      '--formats <list>',
      `output files to write, comma-separated: file names or the groups ${Object.keys(FORMAT_GROUPS).join(', ')}; summary.json is always written (default: all)`,
    )
    .option('--timings', 'print wall time per stage and peak memory to stderr')
    .addHelpText('after', ANALYSE_HELP)
    .action(async (paths: string[], flags: RawFlags & { timings?: boolean }) => {
      // Which config file was found goes to stdout with the other progress lines.
      const note = (text: Text) => {
        const line = text[lang];
        if (!flags.quiet) io.stdout.write(`${line[0]!.toUpperCase()}${line.slice(1)}\n`);
      };
      const options = resolveOptions(paths, flags, env, io.cwd, color, note);
      exitCode = await analyse(options, io, chalk, flags.timings ?? false);
    });

  inputOptions(
    program
      .command('validate')
      .description('check the input files and report every problem with file, line and column; writes no analysis')
      .argument('[path...]', 'CSV files or folders (default: the bundled example)'),
  )
    .addOption(new Option('-f, --format <name>', `report format ${shown(DEFAULTS.format)}`).choices(Object.keys(REPORTERS)))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .addOption(new Option('--lang <lang>', `language of the messages ${shown(DEFAULTS.lang)}`).choices(['nl', 'en']))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--timings', 'print wall time per stage and peak memory to stderr')
    .addHelpText('after', VALIDATE_HELP)
    .action(
      async (
        paths: string[],
        flags: RawFlags & { format?: ReporterName; maxWarnings?: string; outputFile?: string; timings?: boolean },
      ) => {
        // stdout is the report: the line about the config file goes to stderr.
        const note = (text: Text) => {
          if (!flags.quiet) io.stderr.write(`kis-network: ${text[lang]}\n`);
        };
        const options = resolveOptions(paths, flags, env, io.cwd, color, note);
        let maxWarnings: number | undefined;
        if (flags.maxWarnings !== undefined) {
          if (!/^\d+$/.test(flags.maxWarnings))
            throw new UsageError(
              t(
                `--max-warnings moet een geheel getal zijn, niet "${flags.maxWarnings}"`,
                `--max-warnings must be a whole number, not "${flags.maxWarnings}"`,
              ),
              t('bijv. --max-warnings 0', 'e.g. --max-warnings 0'),
            );
          maxWarnings = Number(flags.maxWarnings);
        }
        exitCode = await validate(
          options,
          { format: flags.format ?? DEFAULTS.format, maxWarnings, outputFile: flags.outputFile, timings: flags.timings },
          io,
          chalk,
        );
      },
    );

  program
    .command('compare')
    .description('compare two waves (analyse output folders or input paths): who joined, who left, what changed')
    .argument('<old>', 'the earlier wave: an analyse output folder or input files/folder')
    .argument('<new>', 'the later wave: an analyse output folder or input files/folder')
    .option('-o, --out <dir>', `output folder, replaced as a whole at the end ${shown(DEFAULTS.compareOut)}`)
    .addOption(new Option('--lang <lang>', `language of map, report and messages ${shown(DEFAULTS.lang)}`).choices(['nl', 'en']))
    .option('--aliases <file>', 'alias,organisation file: joins organisations renamed between the waves (and is used for input paths)')
    .option(
      '--min-group-size <n>',
      `publish survey means only for groups of at least n respondents (default: ${DEFAULTS.minGroupSize}, min 2; the waves' own, if larger)`,
    )
    .option('--seed <n>', `seed for input paths analysed here ${shown(DEFAULTS.seed)}`)
    .addOption(
      new Option('--network <kind>', `network for input paths analysed here ${shown(DEFAULTS.network)}`).choices(['relations', 'co-usage']),
    )
    .option('--config <file>', 'config file for input paths (default: ./kis-network.config.json, else one in an input folder)')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--timings', 'print wall time per stage and peak memory to stderr')
    .addHelpText('after', COMPARE_HELP)
    .action(async (oldPath: string, newPath: string, flags: CompareFlags) => {
      const note = (text: Text) => {
        if (!flags.quiet) io.stderr.write(`kis-network: ${text[lang]}\n`);
      };
      exitCode = await compare(oldPath, newPath, flags, {
        io,
        chalk,
        errChalk,
        lang,
        options: resolveCompareOptions(flags, env, io.cwd),
        resolve: (paths, f) => resolveOptions(paths, f, env, io.cwd, color, note),
      });
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help, --version: 0; no command at all (help shown as an error) and bad flags: 2.
      return err.exitCode === 0 ? 0 : EXIT_USAGE; // commander has printed its message
    }
    if (err instanceof KisError) {
      io.stderr.write(`${errChalk.red('kis-network: ') + err.toLine(lang)}\n`);
      return err.exitCode;
    }
    // Anything else is a bug (in a rule, the builder, …), never the user's data: one line that
    // says so, and the stack only when asked for (KIS_DEBUG=1). Exit 2, as for other failures.
    const message = (err instanceof Error ? err.message : String(err)).replace(/\s*\n\s*/g, ' ');
    const text = t(
      `${errChalk.red('kis-network: interne fout: ')}${message} — dit is een fout in het programma; meld hem alstublieft (met KIS_DEBUG=1 ziet u de stack)`,
      `${errChalk.red('kis-network: internal error: ')}${message} — this is a bug; please report it (run with KIS_DEBUG=1 for the stack)`,
    );
    io.stderr.write(`${text[lang]}\n`);
    if (env.KIS_DEBUG === '1') io.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    return EXIT_USAGE;
  }
}
