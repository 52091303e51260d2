/**
 * PATH arguments and input flags → the input files of a run, each with its role (docs/contract.md §1):
 * in a folder, files get a role by the first word of their name (the `fileWords` of each role in
 * config/roles.ts: `contacts*`/`contacten*`, `interviews*`, `survey*`/`enquete*`, `aliases*`/
 * `aliassen*`); explicit flags win. An Excel workbook (`.xlsx`) is listed as one input per
 * sheet it feeds: each sheet named after a role takes that role (three role sheets feed three
 * roles from one file), and a workbook with one sheet takes the role of its file name or flag.
 * `.xls`, `.ods` and `.numbers` files get a one-line hint to save them as `.xlsx` or `.csv`.
 */

import { readdirSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import type { InputFile } from '../config/options.js';
import { INPUT_ROLES, type InputRole, orList, ROLES } from '../config/roles.js';
import { UsageError } from '../errors.js';
import { FOREIGN_SPREADSHEET, foreignSpreadsheetMessage, openWorkbook, WORKBOOK, workbookError } from './xlsx.js';

const CSV_EXT = /\.(csv|tsv|txt|xlsx|xlsm)$/i;
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

/** One sheet of a workbook as an input: messages and accounting say `register.xlsx[contacten]`. */
function sheetInput(p: string, sheet: string, role: InputRole, cwd: string): InputFile {
  const f = inputFile(p, role, cwd);
  return { ...f, display: `${f.display}[${sheet}]`, name: `${f.name}[${sheet}]`, sheet };
}

const roleWords = (role: InputRole) => orList(INPUT_ROLES.find((r) => r.id === role)!.fileWords.map((w) => `"${w}"`));

/**
 * The inputs a workbook gives (docs/contract.md §2). With `role` (a flag, or the config's
 * aliases file): the sheet named after that role, else its only sheet. Without: every sheet
 * named after a role, else its only sheet with the role of the file name (`nameRole`). In a
 * folder scan (`quiet`) a workbook whose name gives no role is skipped when it cannot be read
 * or gives no role; otherwise the reason is one line.
 */
function workbookInputs(p: string, cwd: string, opts: { role?: InputRole; nameRole?: InputRole; quiet?: boolean }): InputFile[] {
  let sheets: string[];
  try {
    sheets = openWorkbook(path.resolve(cwd, p)).info.sheets.map((s) => s.name);
  } catch (err) {
    if (opts.quiet && opts.nameRole === undefined) return [];
    throw workbookError(err, p);
  }
  const byRole = new Map<InputRole, string>();
  for (const s of sheets) {
    const role = roleOfName(s);
    if (role === undefined) continue;
    const prev = byRole.get(role);
    if (prev !== undefined) throw new UsageError(`${p}: two ${role} sheets, "${prev}" and "${s}"`, 'Rename or delete one of them');
    byRole.set(role, s);
  }
  if (opts.role !== undefined) {
    const sheet = byRole.get(opts.role) ?? (sheets.length === 1 ? sheets[0] : undefined);
    if (sheet !== undefined) return [sheetInput(p, sheet, opts.role, cwd)];
    throw new UsageError(
      `${p}: none of its ${sheets.length} sheets is the ${opts.role} sheet`,
      `Name that sheet ${roleWords(opts.role)}, or keep only one sheet in the workbook`,
    );
  }
  if (byRole.size > 0) return [...byRole].map(([role, sheet]) => sheetInput(p, sheet, role, cwd));
  if (opts.quiet && opts.nameRole === undefined) return [];
  if (sheets.length === 1 && opts.nameRole !== undefined) return [sheetInput(p, sheets[0]!, opts.nameRole, cwd)];
  if (sheets.length > 1) {
    throw new UsageError(
      `${p}: has ${sheets.length} sheets and none is named after a role`,
      `Name the sheets to read ${orList(INPUT_ROLES.map((r) => r.fileWords[0]))} (or ${INPUT_ROLES.flatMap((r) => r.fileWords.slice(1, 2)).join(', ')}), or keep one sheet`,
    );
  }
  throw new UsageError(
    `${p}: cannot tell whether this is the ${orList([...ROLES])} file`,
    `Pass it with ${orList(FLAGS)}, name its sheet after the role, or rename the file to start with one of those words`,
  );
}

/**
 * The input for a file named for a role (a flag, or the config's aliases file): a CSV file as
 * it is, a workbook's sheet for the role; `.xls`, `.ods` and `.numbers` are refused with the hint.
 */
export function roleInput(p: string, role: InputRole, cwd: string): InputFile {
  if (FOREIGN_SPREADSHEET.test(p)) throw new UsageError(foreignSpreadsheetMessage(p));
  if (WORKBOOK.test(p)) return workbookInputs(p, cwd, { role })[0]!;
  return inputFile(p, role, cwd);
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
      const all = readdirSync(abs);
      const foreign = all.filter((n) => FOREIGN_SPREADSHEET.test(n) && roleOfName(n) !== undefined).sort();
      if (foreign.length > 0) throw new UsageError(foreignSpreadsheetMessage(path.join(p, foreign[0]!)));
      const names = all.filter((n) => CSV_EXT.test(n)).sort();
      let any = false;
      for (const n of names) {
        const role = roleOfName(n);
        const files = WORKBOOK.test(n)
          ? workbookInputs(path.join(p, n), cwd, { nameRole: role, quiet: true })
          : role === undefined
            ? []
            : [inputFile(path.join(p, n), role, cwd)];
        for (const file of files) {
          if (flags[file.role] !== undefined) continue;
          put(file);
          any = true;
        }
      }
      if (!any && Object.values(flags).every((f) => f === undefined)) {
        throw new UsageError(
          `${p}: no input files found in this folder`,
          `Name them ${orList(DATA_ROLES.map((r) => `${r.fileWords[0]}*.csv`))} (or ${DATA_ROLES.flatMap((r) => r.fileWords.slice(1).map((w) => `${w}*`)).join(', ')}; .xlsx works too), or pass them with ${FLAGS.join(', ')}`,
        );
      }
    } else if (FOREIGN_SPREADSHEET.test(p)) {
      throw new UsageError(foreignSpreadsheetMessage(p));
    } else if (WORKBOOK.test(p)) {
      for (const file of workbookInputs(p, cwd, { nameRole: roleOfName(path.basename(abs), true) })) {
        if (flags[file.role] === undefined) put(file);
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
    if (f !== undefined) found.set(id, roleInput(f, id, cwd));
  }
  const inputs = ROLES.flatMap((r) => (found.has(r) ? [found.get(r)!] : []));
  return { inputs, aliases: found.get('aliases') };
}
