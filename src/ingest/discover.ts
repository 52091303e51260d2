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
import { INPUT_ROLES, type InputRole, ROLES } from '../config/roles.js';
import { UsageError } from '../errors.js';
import { orWords, t } from '../lang.js';
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

const roleWords = (role: InputRole) => orWords(INPUT_ROLES.find((r) => r.id === role)!.fileWords.map((w) => `"${w}"`));

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
    if (prev !== undefined)
      throw new UsageError(
        t(`${p}: twee ${role}-bladen, "${prev}" en "${s}"`, `${p}: two ${role} sheets, "${prev}" and "${s}"`),
        t('Geef een van beide een andere naam of verwijder het', 'Rename or delete one of them'),
      );
    byRole.set(role, s);
  }
  if (opts.role !== undefined) {
    const sheet = byRole.get(opts.role) ?? (sheets.length === 1 ? sheets[0] : undefined);
    if (sheet !== undefined) return [sheetInput(p, sheet, opts.role, cwd)];
    const words = roleWords(opts.role);
    throw new UsageError(
      t(
        `${p}: geen van de ${sheets.length} bladen is het ${opts.role}-blad`,
        `${p}: none of its ${sheets.length} sheets is the ${opts.role} sheet`,
      ),
      t(
        `Noem dat blad ${words.nl}, of laat maar één blad in de werkmap`,
        `Name that sheet ${words.en}, or keep only one sheet in the workbook`,
      ),
    );
  }
  if (byRole.size > 0) return [...byRole].map(([role, sheet]) => sheetInput(p, sheet, role, cwd));
  if (opts.quiet && opts.nameRole === undefined) return [];
  if (sheets.length === 1 && opts.nameRole !== undefined) return [sheetInput(p, sheets[0]!, opts.nameRole, cwd)];
  if (sheets.length > 1) {
    const first = orWords(INPUT_ROLES.map((r) => r.fileWords[0]));
    const more = INPUT_ROLES.flatMap((r) => r.fileWords.slice(1, 2)).join(', ');
    throw new UsageError(
      t(
        `${p}: heeft ${sheets.length} bladen en geen ervan is naar een rol genoemd`,
        `${p}: has ${sheets.length} sheets and none is named after a role`,
      ),
      t(
        `Noem de bladen die gelezen moeten worden ${first.nl} (of ${more}), of laat één blad over`,
        `Name the sheets to read ${first.en} (or ${more}), or keep one sheet`,
      ),
    );
  }
  const roles = orWords([...ROLES]);
  const flagWords = orWords(FLAGS);
  throw new UsageError(
    t(`${p}: niet duidelijk of dit het ${roles.nl}-bestand is`, `${p}: cannot tell whether this is the ${roles.en} file`),
    t(
      `Geef het op met ${flagWords.nl}, noem het blad naar de rol, of laat de bestandsnaam met een van die woorden beginnen`,
      `Pass it with ${flagWords.en}, name its sheet after the role, or rename the file to start with one of those words`,
    ),
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
        t(`twee ${file.role}-bestanden: ${prev.display} en ${file.display}`, `two ${file.role} files: ${prev.display} and ${file.display}`),
        t(
          `Houd er één over, of geef het te gebruiken bestand op met --${file.role}`,
          `Keep one, or name the one to use with --${file.role}`,
        ),
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
      throw new UsageError(
        t(`${p}: bestand of map bestaat niet`, `${p}: no such file or folder`),
        t(
          'Controleer het pad; een PATH is een CSV-bestand of een map met CSV-bestanden',
          'Check the path; a PATH is a CSV file or a folder of CSV files',
        ),
      );
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
        const names = orWords(DATA_ROLES.map((r) => `${r.fileWords[0]}*.csv`));
        const more = DATA_ROLES.flatMap((r) => r.fileWords.slice(1).map((w) => `${w}*`)).join(', ');
        throw new UsageError(
          t(`${p}: geen invoerbestanden gevonden in deze map`, `${p}: no input files found in this folder`),
          t(
            `Noem ze ${names.nl} (of ${more}; .xlsx kan ook), of geef ze op met ${FLAGS.join(', ')}`,
            `Name them ${names.en} (or ${more}; .xlsx works too), or pass them with ${FLAGS.join(', ')}`,
          ),
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
        const roles = orWords([...ROLES]);
        const flagWords = orWords(FLAGS);
        throw new UsageError(
          t(`${p}: niet duidelijk of dit het ${roles.nl}-bestand is`, `${p}: cannot tell whether this is the ${roles.en} file`),
          t(
            `Geef het op met ${flagWords.nl}, of laat de bestandsnaam met een van die woorden beginnen`,
            `Pass it with ${flagWords.en}, or rename it to start with one of those words`,
          ),
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
