/**
 * `kis-network.config.json`: severities, column mappings, type label mappings, the aliases
 * file, the minimum group size and extra attributes. Validated here with messages that say
 * which key is wrong and what is accepted (with a "did you mean" for a near miss: a key, an
 * issue type, a severity, or the column a `columns` mapping names).
 */

import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { columnsOf } from './columns.js';
import { orList, ROLES, type Role } from './roles.js';
import { STAKEHOLDER_TYPES, type StakeholderType } from './stakeholder-types.js';
import { ISSUE_TYPES, type SeverityConfig } from './severities.js';
import { nearest, UsageError } from '../errors.js';

export const CONFIG_FILE_NAME = 'kis-network.config.json';

export interface ConfigFile {
  severities?: SeverityConfig;
  columns?: Partial<Record<Role, Record<string, string>>>;
  typeLabels?: Record<string, StakeholderType>;
  aliases?: string;
  minGroupSize?: number;
  extraAttributes?: string[];
}

const KEYS = ['$schema', 'severities', 'columns', 'typeLabels', 'aliases', 'minGroupSize', 'extraAttributes'];

function fail(file: string, what: string, hint: string): never {
  throw new UsageError(`${file}: ${what}`, hint);
}

export function validateConfig(raw: unknown, file: string): ConfigFile {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    fail(file, 'must hold one JSON object', 'Start from the example in the README');
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    if (!KEYS.includes(k)) {
      const near = nearest(k, KEYS);
      fail(file, `unknown key "${k}"`, near ? `Did you mean "${near}"?` : `Known keys: ${KEYS.slice(1).join(', ')}`);
    }
  }
  const out: ConfigFile = {};
  if (obj.severities !== undefined) {
    if (typeof obj.severities !== 'object' || obj.severities === null)
      fail(file, '"severities" must be an object of issue type → "error" | "warning" | "off"', 'e.g. {"unknown-column": "off"}');
    const sev: SeverityConfig = {};
    for (const [t, v] of Object.entries(obj.severities as Record<string, unknown>)) {
      if (!(ISSUE_TYPES as readonly string[]).includes(t)) {
        const near = nearest(t, [...ISSUE_TYPES]);
        fail(
          file,
          `"severities" names an unknown issue type "${t}"`,
          near ? `Did you mean "${near}"?` : `Known types: ${ISSUE_TYPES.join(', ')}`,
        );
      }
      if (v !== 'error' && v !== 'warning' && v !== 'off') {
        const near = typeof v === 'string' ? nearest(v, ['error', 'warning', 'off']) : undefined;
        fail(
          file,
          `severity of "${t}" is ${JSON.stringify(v)}`,
          `${near ? `Did you mean "${near}"? ` : ''}Use "error", "warning" or "off"`,
        );
      }
      sev[t as keyof SeverityConfig] = v;
    }
    out.severities = sev;
  }
  if (obj.columns !== undefined) {
    if (typeof obj.columns !== 'object' || obj.columns === null)
      fail(file, '"columns" must be an object per file role', 'e.g. {"survey": {"Naam organisatie": "organisation"}}');
    const cols: ConfigFile['columns'] = {};
    for (const [role, map] of Object.entries(obj.columns as Record<string, unknown>)) {
      if (!(ROLES as readonly string[]).includes(role)) fail(file, `"columns" has an unknown role "${role}"`, `Use ${orList(ROLES)}`);
      if (typeof map !== 'object' || map === null)
        fail(file, `"columns.${role}" must map header names to column names`, 'e.g. {"Naam organisatie": "organisation"}');
      const known = [...columnsOf(role as Role), 'personal'];
      for (const [header, v] of Object.entries(map as Record<string, unknown>)) {
        if (typeof v !== 'string') fail(file, `"columns.${role}" values must be column names`, 'e.g. "organisation"');
        if (!known.includes(v)) {
          const near = nearest(v, known);
          fail(
            file,
            `"columns.${role}" maps "${header}" to "${v}", which is not a column of the ${role} file`,
            near ? `Did you mean "${near}"?` : `Use one of ${known.join(', ')}`,
          );
        }
      }
      cols[role as Role] = map as Record<string, string>;
    }
    out.columns = cols;
  }
  if (obj.typeLabels !== undefined) {
    if (typeof obj.typeLabels !== 'object' || obj.typeLabels === null)
      fail(file, '"typeLabels" must map labels to stakeholder types', 'e.g. {"GGD": "government"}');
    for (const [label, t] of Object.entries(obj.typeLabels as Record<string, unknown>)) {
      if (!(STAKEHOLDER_TYPES as readonly unknown[]).includes(t))
        fail(file, `"typeLabels" maps "${label}" to ${JSON.stringify(t)}`, `Use one of ${STAKEHOLDER_TYPES.join(', ')}`);
    }
    out.typeLabels = obj.typeLabels as Record<string, StakeholderType>;
  }
  if (obj.aliases !== undefined) {
    if (typeof obj.aliases !== 'string') fail(file, '"aliases" must be a file path', 'e.g. "aliases.csv"');
    out.aliases = obj.aliases;
  }
  if (obj.minGroupSize !== undefined) {
    const n = obj.minGroupSize;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 2)
      fail(file, `"minGroupSize" is ${JSON.stringify(n)}`, 'Use a whole number of 2 or more');
    out.minGroupSize = n;
  }
  if (obj.extraAttributes !== undefined) {
    if (!Array.isArray(obj.extraAttributes) || obj.extraAttributes.some((x) => typeof x !== 'string'))
      fail(file, '"extraAttributes" must be a list of column names', 'e.g. ["sector_code"]');
    out.extraAttributes = obj.extraAttributes as string[];
  }
  return out;
}

/** Which config file a run uses, and the others it found but does not use (docs/contract.md §1). */
export interface LoadedConfig {
  config: ConfigFile;
  /** Folder of the config file (its `aliases` path is relative to it); the working folder without one. */
  dir: string;
  /** The file used, as the user would write it; undefined when there is none. */
  used?: string;
  /** How it was chosen. */
  source?: 'flag' | 'cwd' | 'input-folder';
  /** Other config files found that lose to it. */
  ignored: string[];
}

function readConfigFile(file: string, shown: string): ConfigFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(
      `${shown}: not valid JSON (${(err as Error).message})`,
      'Fix the JSON syntax; a trailing comma is the usual cause',
    );
  }
  return validateConfig(raw, shown);
}

/**
 * The config of a run: the file named with `--config`, else `kis-network.config.json` in the
 * working folder, else the one in the first input folder (a PATH that is a folder) that has
 * one. Every other such file that exists is listed as ignored.
 */
export function loadConfig(explicit: string | undefined, cwd: string, inputFolders: readonly string[] = []): LoadedConfig {
  const candidates: Array<{ file: string; shown: string; source: NonNullable<LoadedConfig['source']> }> = [];
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) throw new UsageError(`${explicit}: config file not found`, 'Check the path given to --config');
    candidates.push({ file, shown: explicit, source: 'flag' });
  }
  const here = path.join(cwd, CONFIG_FILE_NAME);
  if (existsSync(here)) candidates.push({ file: here, shown: `./${CONFIG_FILE_NAME}`, source: 'cwd' });
  for (const folder of inputFolders) {
    const file = path.resolve(cwd, folder, CONFIG_FILE_NAME);
    const shown = path.isAbsolute(folder) ? file : path.normalize(path.join(folder, CONFIG_FILE_NAME)).split(path.sep).join('/');
    if (existsSync(file)) candidates.push({ file, shown, source: 'input-folder' });
  }
  // The same file reached twice (`--config exports/kis-network.config.json exports/`) counts once.
  const real = (f: string) => {
    try {
      return realpathSync(f);
    } catch {
      return f;
    }
  };
  const seen = new Set<string>();
  const distinct = candidates.filter((c) => {
    const r = real(c.file);
    if (seen.has(r)) return false;
    seen.add(r);
    return true;
  });
  const [chosen, ...others] = distinct;
  if (!chosen) return { config: {}, dir: cwd, ignored: [] };
  return {
    config: readConfigFile(chosen.file, chosen.shown),
    dir: path.dirname(chosen.file),
    used: chosen.shown,
    source: chosen.source,
    ignored: others.map((o) => o.shown),
  };
}

/** The line a run prints about its config file, if any: which one it found, and which it ignores. */
export function configNotice(loaded: LoadedConfig): string | undefined {
  if (!loaded.used) return undefined;
  if (loaded.ignored.length === 0) {
    // A file named with --config needs no mention; a found one does.
    if (loaded.source === 'flag') return undefined;
    return `using ${loaded.used}${loaded.source === 'input-folder' ? ' (found in the input folder)' : ''}`;
  }
  const list =
    loaded.ignored.length === 1 ? `${loaded.ignored[0]} is` : `${loaded.ignored.slice(0, -1).join(', ')} and ${loaded.ignored.at(-1)} are`;
  return `using ${loaded.used}; ${list} ignored (--config wins, then the current folder's config, then an input folder's)`;
}
