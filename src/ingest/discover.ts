/**
 * PATH arguments and input flags → the input files of a run, each with its role (docs/contract.md §1):
 * in a folder, files get a role by name (`contacts*`/`contacten*`, `interviews*`,
 * `survey*`/`enquete*`, and `aliases*`/`aliassen*` for the aliases file); explicit flags win.
 */

import { readdirSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { ROLE_FILE_PREFIXES, ROLES, type Role } from '../config/columns.js';
import type { InputFile } from '../config/options.js';
import { UsageError } from '../errors.js';

const ALIAS_PREFIXES = ['aliases', 'aliassen', 'alias'];
const CSV_EXT = /\.(csv|tsv|txt)$/i;

/**
 * The role a file name gives (docs/contract.md §1): by its first word (`contacts*`, `enquete*`, …).
 * With `anywhere`, for a file named explicitly as a PATH, the role word may also stand later
 * in the name (`karate.interviews.csv`, `2021-enquete.csv`) when only one role word does.
 */
export function roleOfName(fileName: string, anywhere = false): Role | 'aliases' | undefined {
  const base = fileName.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  const words: Array<[Role | 'aliases', readonly string[]]> = [
    ...ROLES.map((r) => [r, ROLE_FILE_PREFIXES[r]] as [Role, readonly string[]]),
    ['aliases', ALIAS_PREFIXES],
  ];
  for (const [role, prefixes] of words) if (prefixes.some((p) => base.startsWith(p))) return role;
  if (!anywhere) return undefined;
  const found = words.filter(([, prefixes]) => prefixes.some((p) => base.includes(p))).map(([role]) => role);
  return found.length === 1 ? found[0] : undefined;
}

export function inputFile(p: string, role: Role | 'aliases', cwd: string): InputFile {
  const abs = path.resolve(cwd, p);
  return { path: abs, display: path.isAbsolute(p) ? p : path.normalize(p).split(path.sep).join('/'), name: path.basename(abs), role };
}

export interface Discovered {
  inputs: InputFile[];
  aliases?: InputFile;
}

export function discoverInputs(paths: readonly string[], flags: Partial<Record<Role | 'aliases', string>>, cwd: string): Discovered {
  const found = new Map<Role | 'aliases', InputFile>();
  const put = (file: InputFile) => {
    const prev = found.get(file.role);
    if (prev && prev.path !== file.path) {
      throw new UsageError(
        `two ${file.role} files: ${prev.display} and ${file.display}`,
        `Keep one, or name the one to use with --${file.role}`,
      );
    }
    found.set(file.role, file);
  };
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let stat: Stats;
    try {
      stat = statSync(abs);
    } catch {
      throw new UsageError(`${p}: no such file or folder`, 'Check the path; a PATH is a CSV file or a folder of CSV files');
    }
    if (stat.isDirectory()) {
      const names = readdirSync(abs)
        .filter((n) => CSV_EXT.test(n))
        .sort();
      let any = false;
      for (const n of names) {
        const role = roleOfName(n);
        if (role === undefined || flags[role] !== undefined) continue;
        put(inputFile(path.join(p, n), role, cwd));
        any = true;
      }
      if (!any && Object.values(flags).every((f) => f === undefined)) {
        throw new UsageError(
          `${p}: no input files found in this folder`,
          'Name them contacts*.csv, interviews*.csv or survey*.csv (or contacten*, enquete*), or pass them with --contacts, --interviews, --survey',
        );
      }
    } else {
      const role = roleOfName(path.basename(abs), true);
      if (role === undefined) {
        throw new UsageError(
          `${p}: cannot tell whether this is the contacts, interviews or survey file`,
          `Pass it with --contacts, --interviews or --survey, or rename it to start with one of those words`,
        );
      }
      if (flags[role] === undefined) put(inputFile(p, role, cwd));
    }
  }
  for (const role of [...ROLES, 'aliases'] as const) {
    const f = flags[role];
    if (f !== undefined) found.set(role, inputFile(f, role, cwd));
  }
  const inputs = ROLES.flatMap((r) => (found.has(r) ? [found.get(r)!] : []));
  return { inputs, aliases: found.get('aliases') };
}
