/**
 * `kis-network.config.json`: severities, column mappings, type label mappings, the aliases
 * file, the minimum group size and extra attributes. Validated here with messages that say
 * which key is wrong and what is accepted (with a "did you mean" for a near miss: a key, an
 * issue type, a severity, or the column a `columns` mapping names).
 */

import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { columnsOf } from './columns.js';
import { ROLES, type Role } from './roles.js';
import { STAKEHOLDER_TYPES, type StakeholderType } from './stakeholder-types.js';
import { ISSUE_TYPES, type SeverityConfig } from './severities.js';
import { nearest, UsageError } from '../errors.js';
import { andWords, orWords, type Text, t } from '../lang.js';

export const CONFIG_FILE_NAME = 'kis-network.config.json';

export interface ConfigFile {
  severities?: SeverityConfig;
  columns?: Partial<Record<Role, Record<string, string>>>;
  typeLabels?: Record<string, StakeholderType>;
  aliases?: string;
  minGroupSize?: number;
  extraAttributes?: string[];
  /** Which output files `analyse` writes (as `--formats`): file and group names. */
  formats?: string[];
}

const KEYS = ['$schema', 'severities', 'columns', 'typeLabels', 'aliases', 'minGroupSize', 'extraAttributes', 'formats'];

function fail(file: string, what: Text, hint: Text | string): never {
  throw new UsageError(t(`${file}: ${what.nl}`, `${file}: ${what.en}`), hint);
}

const didYouMean = (near: string) => t(`Bedoelt u "${near}"?`, `Did you mean "${near}"?`);

export function validateConfig(raw: unknown, file: string): ConfigFile {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    fail(
      file,
      t('moet één JSON-object bevatten', 'must hold one JSON object'),
      t('Begin met het voorbeeld in de README', 'Start from the example in the README'),
    );
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    if (!KEYS.includes(k)) {
      const near = nearest(k, KEYS);
      const keys = KEYS.slice(1).join(', ');
      fail(
        file,
        t(`onbekende sleutel "${k}"`, `unknown key "${k}"`),
        near ? didYouMean(near) : t(`Bekende sleutels: ${keys}`, `Known keys: ${keys}`),
      );
    }
  }
  const out: ConfigFile = {};
  if (obj.severities !== undefined) {
    if (typeof obj.severities !== 'object' || obj.severities === null)
      fail(
        file,
        t(
          '"severities" moet een object zijn van issuetype → "error" | "warning" | "off"',
          '"severities" must be an object of issue type → "error" | "warning" | "off"',
        ),
        t('bijv. {"unknown-column": "off"}', 'e.g. {"unknown-column": "off"}'),
      );
    const sev: SeverityConfig = {};
    for (const [type, v] of Object.entries(obj.severities as Record<string, unknown>)) {
      if (!(ISSUE_TYPES as readonly string[]).includes(type)) {
        const near = nearest(type, [...ISSUE_TYPES]);
        const types = ISSUE_TYPES.join(', ');
        fail(
          file,
          t(`"severities" noemt een onbekend issuetype "${type}"`, `"severities" names an unknown issue type "${type}"`),
          near ? didYouMean(near) : t(`Bekende types: ${types}`, `Known types: ${types}`),
        );
      }
      if (v !== 'error' && v !== 'warning' && v !== 'off') {
        const near = typeof v === 'string' ? nearest(v, ['error', 'warning', 'off']) : undefined;
        fail(
          file,
          t(`ernst van "${type}" is ${JSON.stringify(v)}`, `severity of "${type}" is ${JSON.stringify(v)}`),
          t(
            `${near ? `${didYouMean(near).nl} ` : ''}Gebruik "error", "warning" of "off"`,
            `${near ? `${didYouMean(near).en} ` : ''}Use "error", "warning" or "off"`,
          ),
        );
      }
      sev[type as keyof SeverityConfig] = v;
    }
    out.severities = sev;
  }
  if (obj.columns !== undefined) {
    if (typeof obj.columns !== 'object' || obj.columns === null)
      fail(
        file,
        t('"columns" moet een object per bestandsrol zijn', '"columns" must be an object per file role'),
        t('bijv. {"survey": {"Naam organisatie": "organisation"}}', 'e.g. {"survey": {"Naam organisatie": "organisation"}}'),
      );
    const cols: ConfigFile['columns'] = {};
    for (const [role, map] of Object.entries(obj.columns as Record<string, unknown>)) {
      if (!(ROLES as readonly string[]).includes(role)) {
        const roles = orWords(ROLES);
        fail(
          file,
          t(`"columns" heeft een onbekende rol "${role}"`, `"columns" has an unknown role "${role}"`),
          t(`Gebruik ${roles.nl}`, `Use ${roles.en}`),
        );
      }
      if (typeof map !== 'object' || map === null)
        fail(
          file,
          t(`"columns.${role}" moet kopnamen op kolomnamen afbeelden`, `"columns.${role}" must map header names to column names`),
          t('bijv. {"Naam organisatie": "organisation"}', 'e.g. {"Naam organisatie": "organisation"}'),
        );
      const known = [...columnsOf(role as Role), 'personal'];
      for (const [header, v] of Object.entries(map as Record<string, unknown>)) {
        if (typeof v !== 'string')
          fail(
            file,
            t(`de waarden van "columns.${role}" moeten kolomnamen zijn`, `"columns.${role}" values must be column names`),
            t('bijv. "organisation"', 'e.g. "organisation"'),
          );
        if (!known.includes(v)) {
          const near = nearest(v, known);
          fail(
            file,
            t(
              `"columns.${role}" koppelt "${header}" aan "${v}", maar dat is geen kolom van het ${role}-bestand`,
              `"columns.${role}" maps "${header}" to "${v}", which is not a column of the ${role} file`,
            ),
            near ? didYouMean(near) : t(`Gebruik een van ${known.join(', ')}`, `Use one of ${known.join(', ')}`),
          );
        }
      }
      cols[role as Role] = map as Record<string, string>;
    }
    out.columns = cols;
  }
  if (obj.typeLabels !== undefined) {
    if (typeof obj.typeLabels !== 'object' || obj.typeLabels === null)
      fail(
        file,
        t('"typeLabels" moet labels op stakeholdertypes afbeelden', '"typeLabels" must map labels to stakeholder types'),
        t('bijv. {"GGD": "government"}', 'e.g. {"GGD": "government"}'),
      );
    for (const [label, type] of Object.entries(obj.typeLabels as Record<string, unknown>)) {
      if (!(STAKEHOLDER_TYPES as readonly unknown[]).includes(type)) {
        const types = STAKEHOLDER_TYPES.join(', ');
        fail(
          file,
          t(`"typeLabels" koppelt "${label}" aan ${JSON.stringify(type)}`, `"typeLabels" maps "${label}" to ${JSON.stringify(type)}`),
          t(`Gebruik een van ${types}`, `Use one of ${types}`),
        );
      }
    }
    out.typeLabels = obj.typeLabels as Record<string, StakeholderType>;
  }
  if (obj.aliases !== undefined) {
    if (typeof obj.aliases !== 'string')
      fail(
        file,
        t('"aliases" moet een bestandspad zijn', '"aliases" must be a file path'),
        t('bijv. "aliassen.csv"', 'e.g. "aliases.csv"'),
      );
    out.aliases = obj.aliases;
  }
  if (obj.minGroupSize !== undefined) {
    const n = obj.minGroupSize;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 2)
      fail(
        file,
        t(`"minGroupSize" is ${JSON.stringify(n)}`, `"minGroupSize" is ${JSON.stringify(n)}`),
        t('Gebruik een geheel getal van 2 of meer', 'Use a whole number of 2 or more'),
      );
    out.minGroupSize = n;
  }
  if (obj.extraAttributes !== undefined) {
    if (!Array.isArray(obj.extraAttributes) || obj.extraAttributes.some((x) => typeof x !== 'string'))
      fail(
        file,
        t('"extraAttributes" moet een lijst van kolomnamen zijn', '"extraAttributes" must be a list of column names'),
        t('bijv. ["sector_code"]', 'e.g. ["sector_code"]'),
      );
    out.extraAttributes = obj.extraAttributes as string[];
  }
  if (obj.formats !== undefined) {
    if (!Array.isArray(obj.formats) || obj.formats.some((x) => typeof x !== 'string'))
      fail(
        file,
        t('"formats" moet een lijst van uitvoerbestanden of groepen zijn', '"formats" must be a list of output files or groups'),
        t('bijv. ["csv", "kis-network.xlsx"]', 'e.g. ["csv", "kis-network.xlsx"]'),
      );
    out.formats = obj.formats as string[];
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
    const reason = (err as Error).message;
    throw new UsageError(
      t(`${shown}: geen geldige JSON (${reason})`, `${shown}: not valid JSON (${reason})`),
      t(
        'Herstel de JSON; meestal is een komma na het laatste element de oorzaak',
        'Fix the JSON syntax; a trailing comma is the usual cause',
      ),
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
    if (!existsSync(file))
      throw new UsageError(
        t(`${explicit}: configbestand niet gevonden`, `${explicit}: config file not found`),
        t('Controleer het pad achter --config', 'Check the path given to --config'),
      );
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
export function configNotice(loaded: LoadedConfig): Text | undefined {
  if (!loaded.used) return undefined;
  if (loaded.ignored.length === 0) {
    // A file named with --config needs no mention; a found one does.
    if (loaded.source === 'flag') return undefined;
    const found = loaded.source === 'input-folder';
    return t(
      `configbestand ${loaded.used} wordt gebruikt${found ? ' (gevonden in de invoermap)' : ''}`,
      `using ${loaded.used}${found ? ' (found in the input folder)' : ''}`,
    );
  }
  const list = andWords(loaded.ignored);
  const one = loaded.ignored.length === 1;
  return t(
    `configbestand ${loaded.used} wordt gebruikt; ${list.nl} ${one ? 'wordt' : 'worden'} genegeerd (--config gaat voor, dan het configbestand in de huidige map, dan dat in een invoermap)`,
    `using ${loaded.used}; ${list.en} ${one ? 'is' : 'are'} ignored (--config wins, then the current folder's config, then an input folder's)`,
  );
}
