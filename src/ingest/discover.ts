/**
 * PATH arguments and input flags → the input files of a run, each with its role (docs/contract.md §1):
 * in a folder, files get a role by the first word of their name (the `fileWords` of each role in
 * config/roles.ts: `contacts*`/`contacten*`, `interviews*`, `survey*`/`enquete*`, `aliases*`/
 * `aliassen*`); explicit flags win.
 */

import { readdirSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import type { InputFile } from '../config/options.js';
import { INPUT_ROLES, type InputRole, orList, ROLES } from '../config/roles.js';
import { UsageError } from '../errors.js';

const CSV_EXT = /\.(csv|tsv|txt)$/i;
const DATA_ROLES = INPUT_ROLES.filter((r) => r.id !== 'aliases');
const FLAGS = ROLES.map((r) => `--${r}`);

/**
 * The role a file name gives (docs/contract.md §1): by its first word (`contacts*`, `enquete*`, …).
 * With `anywhere`, for a file named explicitly as a PATH, the role word may also stand later
 * in the name (`karate.interviews.csv`, `2021-enquete.csv`) when only one role word does.
 */
export function roleOfName(fileName: string, anywhere = false): InputRole | undefined {
  const base = fileName.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  for (const role of INPUT_ROLES) if (role.fileWords.some((w) => base.startsWith(w))) return role.id;
  if (!anywhere) return undefined;
  const found = INPUT_ROLES.filter((role) => role.fileWords.some((w) => base.includes(w))).map((role) => role.id);
  return found.length === 1 ? found[0] : undefined;
}

export function inputFile(p: string, role: InputRole, cwd: string): InputFile {
  const abs = path.resolve(cwd, p);
  return { path: abs, display: path.isAbsolute(p) ? p : path.normalize(p).split(path.sep).join('/'), name: path.basename(abs), role };
}

export interface Discovered {
  inputs: InputFile[];
  aliases?: InputFile;
}

export function discoverInputs(paths: readonly string[], flags: Partial<Record<InputRole, string>>, cwd: string): Discovered {
  const found = new Map<InputRole, InputFile>();
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
          `Name them ${orList(DATA_ROLES.map((r) => `${r.fileWords[0]}*.csv`))} (or ${DATA_ROLES.flatMap((r) => r.fileWords.slice(1).map((w) => `${w}*`)).join(', ')}), or pass them with ${FLAGS.join(', ')}`,
        );
      }
    } else {
      const role = roleOfName(path.basename(abs), true);
      if (role === undefined) {
        throw new UsageError(
          `${p}: cannot tell whether this is the ${orList([...ROLES])} file`,
          `Pass it with ${orList(FLAGS)}, or rename it to start with one of those words`,
        );
      }
      if (flags[role] === undefined) put(inputFile(p, role, cwd));
    }
  }
  for (const { id } of INPUT_ROLES) {
    const f = flags[id];
    if (f !== undefined) found.set(id, inputFile(f, id, cwd));
  }
  const inputs = ROLES.flatMap((r) => (found.has(r) ? [found.get(r)!] : []));
  return { inputs, aliases: found.get('aliases') };
}
