/**
 * Commander's raw flags + the config file → one resolved `KisOptions`. Every default is
 * applied here and nowhere else; every bad value becomes a UsageError that says what is
 * accepted.
 */

import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configNotice, loadConfig } from '../config/config-file.js';
import {
  DEFAULTS,
  type BetweennessMode,
  type Delimiter,
  type Encoding,
  type InputFile,
  type KisOptions,
  type Lang,
  type NetworkKind,
} from '../config/options.js';
import { UsageError } from '../errors.js';
import { orWords, type Text, t } from '../lang.js';
import { INPUT_ROLES, type InputRole, ROLES } from '../config/roles.js';
import { discoverInputs, roleInput } from '../ingest/discover.js';
import { resolveFormats } from './formats.js';

/** Commander's flags: one `--<role> <file>` per input role, and the rest. */
export interface RawFlags extends Partial<Record<InputRole, string>> {
  out?: string;
  seed?: string;
  strict?: boolean;
  lang?: string;
  network?: string;
  delimiter?: string;
  encoding?: string;
  listSeparator?: string;
  minGroupSize?: string;
  betweenness?: string;
  exactLimit?: string;
  resolution?: string;
  threads?: string;
  mapMaxNodes?: string;
  config?: string;
  quiet?: boolean;
  formats?: string;
}

/** The bundled example data folder (`data/` in the package). */
export const EXAMPLE_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

function int(flag: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min)
    throw new UsageError(
      t(
        `${flag} moet een geheel getal van ${min} of meer zijn, niet "${value}"`,
        `${flag} must be a whole number of ${min} or more, not "${value}"`,
      ),
      t(`bijv. ${flag} ${Math.max(min, fallback)}`, `e.g. ${flag} ${Math.max(min, fallback)}`),
    );
  return Number(value);
}

function positiveNumber(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const x = Number(value.trim());
  if (!/^\d*\.?\d+$/.test(value.trim()) || !(x > 0))
    throw new UsageError(
      t(`${flag} moet een getal boven 0 zijn, niet "${value}"`, `${flag} must be a number above 0, not "${value}"`),
      t(`bijv. ${flag} ${fallback}`, `e.g. ${flag} ${fallback}`),
    );
  return x;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(
      t(`${flag} moet een van ${allowed.join(', ')} zijn, niet "${value}"`, `${flag} must be one of ${allowed.join(', ')}, not "${value}"`),
      t(`bijv. ${flag} ${allowed[0]}`, `e.g. ${flag} ${allowed[0]}`),
    );
  return value as T;
}

export function parseBetweenness(value: string | undefined): BetweennessMode {
  if (value === undefined) return DEFAULTS.betweenness;
  if (value === 'exact' || value === 'auto') return { mode: value };
  const m = /^sample:(\d+)$/.exec(value);
  if (m && Number(m[1]) >= 1) return { mode: 'sample', k: Number(m[1]) };
  throw new UsageError(
    t(`--betweenness moet exact, auto of sample:K zijn, niet "${value}"`, `--betweenness must be exact, auto or sample:K, not "${value}"`),
    t(
      'bijv. --betweenness sample:500 (500 organisaties als steekproef)',
      'e.g. --betweenness sample:500 (500 sampled source organisations)',
    ),
  );
}

/** The `--betweenness` spelling of a mode (`exact`, `auto`, `sample:K`). */
export function betweennessText(mode: BetweennessMode): string {
  return mode.mode === 'sample' ? `sample:${mode.k}` : mode.mode;
}

function delimiterOf(value: string | undefined): Delimiter | undefined {
  if (value === undefined) return undefined;
  const map: Record<string, Delimiter> = { ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\t': '\t', '\\t': '\t' };
  const d = map[value];
  if (!d)
    throw new UsageError(
      t(`--delimiter moet "," ";" of tab zijn, niet "${value}"`, `--delimiter must be "," ";" or tab, not "${value}"`),
      t('bijv. --delimiter ";"', 'e.g. --delimiter ";"'),
    );
  return d;
}

/** `--list-separator`: one or more punctuation characters, each of which separates list parts. */
function listSeparatorOf(value: string | undefined): string {
  if (value === undefined) return DEFAULTS.listSeparator;
  if (value === '' || /[\p{L}\p{N}\s"']/u.test(value))
    throw new UsageError(
      t(
        `--list-separator moet een of meer leestekens zijn (elk ervan scheidt de delen van een lijst), niet "${value}"`,
        `--list-separator must be one or more punctuation characters (each one separates list parts), not "${value}"`,
      ),
      t(
        'bijv. --list-separator "|" (alleen |) of --list-separator ",;" (komma\'s en puntkomma\'s); een regeleinde scheidt altijd',
        'e.g. --list-separator "|" (only |) or --list-separator ",;" (commas and semicolons); line breaks always separate',
      ),
    );
  return value;
}

/** The PATH arguments that are folders: a kis-network.config.json in one of them is used too. */
function inputFolders(paths: readonly string[], cwd: string): string[] {
  return paths.filter((p) => {
    try {
      return statSync(path.resolve(cwd, p)).isDirectory();
    } catch {
      return false; // discoverInputs says what is wrong with it
    }
  });
}

/**
 * `note` receives the one line about the config file (which one was found, which are ignored;
 * docs/contract.md §1), when there is something to say.
 */
export function resolveOptions(
  paths: readonly string[],
  flags: RawFlags,
  env: NodeJS.ProcessEnv,
  cwd: string,
  color: boolean,
  note?: (line: Text) => void,
): KisOptions {
  const loadedConfig = loadConfig(flags.config, cwd, inputFolders(paths, cwd));
  const { config, dir: configDir } = loadedConfig;
  const notice = configNotice(loadedConfig);
  if (notice !== undefined) note?.(notice);
  let discovered = discoverInputs(paths, Object.fromEntries(INPUT_ROLES.map((r) => [r.id, flags[r.id]])), cwd);
  let example = false;
  if (paths.length === 0 && discovered.inputs.length === 0) {
    if (discovered.aliases) {
      const roleFlags = orWords(ROLES.map((r) => `--${r}`));
      throw new UsageError(
        t('alleen een aliassenbestand opgegeven', 'only an aliases file was given'),
        t(`Geef ook de invoerbestanden op (PATH, ${roleFlags.nl})`, `Add the input files (PATH, ${roleFlags.en})`),
      );
    }
    example = true;
    discovered = discoverInputs([EXAMPLE_DIR], {}, cwd);
    for (const f of [...discovered.inputs, ...(discovered.aliases ? [discovered.aliases] : [])]) f.display = `data/${f.name}`;
  }
  if (discovered.inputs.length === 0)
    throw new UsageError(
      t(`geen ${orWords(ROLES).nl}-bestand opgegeven`, `no ${orWords(ROLES).en} file given`),
      t('Geef een map of bestanden op, bijv. kis-network analyse exports/', 'Pass a folder or files, e.g. kis-network analyse exports/'),
    );
  const aliases = discovered.aliases ?? (config.aliases ? roleInput(path.resolve(configDir, config.aliases), 'aliases', cwd) : undefined);
  const minGroupSize = int('--min-group-size', flags.minGroupSize, config.minGroupSize ?? DEFAULTS.minGroupSize, 2);
  const epoch = env.SOURCE_DATE_EPOCH;
  const outputs =
    flags.formats !== undefined
      ? resolveFormats(flags.formats, '--formats')
      : resolveFormats(config.formats, `${loadedConfig.used ?? 'config'} (formats)`);
  return {
    inputs: discovered.inputs,
    aliases,
    example,
    out: path.resolve(cwd, flags.out ?? DEFAULTS.out),
    seed: int('--seed', flags.seed, DEFAULTS.seed, 0),
    strict: flags.strict ?? false,
    lang: oneOf<Lang>('--lang', flags.lang, ['nl', 'en'], DEFAULTS.lang),
    network: oneOf<NetworkKind>('--network', flags.network, ['relations', 'co-usage'], DEFAULTS.network),
    delimiter: delimiterOf(flags.delimiter),
    encoding:
      flags.encoding === undefined
        ? undefined
        : oneOf<Encoding>(
            '--encoding',
            flags.encoding
              .toLowerCase()
              .replace(/^(utf8)$/, 'utf-8')
              .replace(/^(cp1252|win1252)$/, 'windows-1252'),
            ['utf-8', 'windows-1252'],
            'utf-8',
          ),
    listSeparators: listSeparatorOf(flags.listSeparator),
    minGroupSize,
    betweenness: parseBetweenness(flags.betweenness),
    exactLimit: int('--exact-limit', flags.exactLimit, DEFAULTS.exactLimit, 1),
    autoSamples: DEFAULTS.autoSamples,
    resolution: positiveNumber('--resolution', flags.resolution, DEFAULTS.resolution),
    threads: int('--threads', flags.threads, os.availableParallelism(), 1),
    mapMaxNodes: int('--map-max-nodes', flags.mapMaxNodes, DEFAULTS.mapMaxNodes, 1),
    quiet: flags.quiet ?? false,
    color,
    severities: config.severities ?? {},
    typeLabels: config.typeLabels ?? {},
    columnMap: config.columns ?? {},
    extraAttributes: config.extraAttributes ?? [],
    sourceDateEpoch: epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) : undefined,
    outputs,
  };
}

/** The options of `compare` itself (docs/contract.md §8); an input PATH wave gets resolveOptions's. */
export interface CompareOptions {
  out: string;
  lang: Lang;
  minGroupSize: number;
  aliases?: InputFile;
  quiet: boolean;
  sourceDateEpoch?: number;
}

export function resolveCompareOptions(flags: RawFlags, env: NodeJS.ProcessEnv, cwd: string): CompareOptions {
  const { config } = loadConfig(flags.config, cwd, []);
  const epoch = env.SOURCE_DATE_EPOCH;
  return {
    out: path.resolve(cwd, flags.out ?? DEFAULTS.compareOut),
    lang: oneOf<Lang>('--lang', flags.lang, ['nl', 'en'], DEFAULTS.lang),
    minGroupSize: int('--min-group-size', flags.minGroupSize, config.minGroupSize ?? DEFAULTS.minGroupSize, 2),
    aliases: flags.aliases ? roleInput(path.resolve(cwd, flags.aliases), 'aliases', cwd) : undefined,
    quiet: flags.quiet ?? false,
    sourceDateEpoch: epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) : undefined,
  };
}
