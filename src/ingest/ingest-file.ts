/**
 * One input file, streamed through the checks: maps the header to canonical columns, hands the
 * header once and every data row to the file's checks (the quality stage's header and row
 * rules, see `FileChecks`), counts every row as used or rejected (with the type of its first
 * error) and the cells of used rows that the checks blanked, and hands each usable row to
 * `onRow`. Nothing is kept per row except what the rules need (ids and row hashes for
 * duplicates).
 */

import { aliasesOf, headerKey, matchColumn, type Column } from '../config/columns.js';
import type { Delimiter, Encoding, InputFile } from '../config/options.js';
import type { InputRole } from '../config/roles.js';
import type { StakeholderType } from '../config/stakeholder-types.js';
import { InputError } from '../errors.js';
import { t } from '../lang.js';
import { readTable, type TableInfo } from './read-table.js';
import { rowContext, type RowContext } from './row-context.js';
import type { SniffResult } from './sniff.js';
import { isBlank } from './values.js';

/** What the header rules see of a file (docs/contract.md §7). */
export interface HeaderContext {
  file: InputFile;
  role: InputRole;
  headers: string[];
  /** Canonical column per header position (undefined: unknown, `personal`: never copied). */
  columns: Array<Column | undefined>;
  /** Headers the config allows as extra attributes. */
  extraAttributes: readonly string[];
  sniff: { ambiguous: boolean; delimiter: string; alternative?: string };
  explicitDelimiter: boolean;
  /** Physical line of the header: 2 after Excel's `sep=` line (docs/contract.md §2); 1 when absent. */
  line?: number;
}

/** The checks a file streams through (the quality stage implements them: quality/run-checks.ts). */
export interface FileChecks {
  /** Checks the header; returns an issue type when no row of the file can be used. */
  header(ctx: HeaderContext): string | undefined;
  /** Checks a data row; returns the issue type of its first error (the row is rejected), if any. */
  row(ctx: RowContext): string | undefined;
  /** Notes a blank row between data rows (it counts as read and used). */
  blank(ctx: RowContext): void;
}

/** One entry per input file, shaped like `validate`'s `files[]` (docs/contract.md §5, §7). */
export interface FileAccount {
  path: string;
  role: InputRole;
  rows_read: number;
  rows_used: number;
  rows_rejected: number;
  rejected_by_type: Record<string, number>;
  /** Cells of used rows left out because their value could not be used (docs/contract.md §2). */
  cells_blanked: number;
  /** Blanked cells by the issue type that reported them; the counts add up to cells_blanked. */
  blanked_by_type: Record<string, number>;
}

export interface IngestOptions {
  encoding?: Encoding;
  delimiter?: Delimiter;
  /** header → canonical column, from the config file. */
  columnMap: Record<string, string>;
  extraAttributes: readonly string[];
  typeLabels: Readonly<Record<string, StakeholderType>>;
  /** The characters that separate list parts (`--list-separator`). */
  listSeparators: string;
}

export interface IngestedFile {
  account: FileAccount;
  info: TableInfo;
  headers: string[];
}

function mapHeaders(file: InputFile, headers: string[], columnMap: Record<string, string>): Array<Column | undefined> {
  const role = file.role;
  if (role === 'aliases') {
    const alias = new Set(aliasesOf('alias').map(headerKey));
    return headers.map((h) =>
      alias.has(headerKey(h)) ? 'alias' : matchColumn('contacts', h) === 'organisation' ? 'organisation' : undefined,
    );
  }
  // The config file reader has checked that every mapping names a column of the role.
  const configured = new Map(Object.entries(columnMap).map(([h, c]) => [headerKey(h), c as Column]));
  return headers.map((h) => configured.get(headerKey(h)) ?? matchColumn(role, h));
}

export async function ingestFile(
  file: InputFile,
  options: IngestOptions,
  checks: FileChecks,
  keyOf: (name: string) => string,
  onRow: (row: RowContext) => void,
  onBytes?: (bytesRead: number) => void,
): Promise<IngestedFile> {
  const account: FileAccount = {
    path: file.name,
    role: file.role,
    rows_read: 0,
    rows_used: 0,
    rows_rejected: 0,
    rejected_by_type: {},
    cells_blanked: 0,
    blanked_by_type: {},
  };
  const reject = (type: string) => {
    account.rows_rejected++;
    account.rejected_by_type[type] = (account.rejected_by_type[type] ?? 0) + 1;
  };
  let headers: string[] | undefined;
  let index: Partial<Record<Column, number>> = {};
  let fileError: string | undefined;
  let sniff: SniffResult | undefined;
  const state = new Map<string, unknown>();
  let blanks: number[] = [];
  const { typeLabels, listSeparators } = options;

  const onHeader = (fields: string[], line: number) => {
    if (isBlank(fields)) {
      const where = `${file.display}:${line}`;
      throw new InputError(
        t(`${where}: de eerste regel is leeg, maar moet de kopregel zijn`, `${where}: the first line is empty, but it must be the header`),
        {
          file: file.display,
          line,
          hint: t('Verwijder de lege regels boven de kopregel', 'Delete the empty lines above the header'),
        },
      );
    }
    const hs = fields.map((f) => f.trim());
    headers = hs;
    const columns = mapHeaders(file, hs, options.columnMap);
    columns.forEach((c, i) => {
      if (c !== undefined && c !== 'personal' && index[c] === undefined) index[c] = i;
    });
    if (file.role === 'aliases' && (index.alias === undefined || index.organisation === undefined)) index = { alias: 0, organisation: 1 };
    fileError = checks.header({
      file,
      role: file.role,
      headers: hs,
      columns,
      extraAttributes: options.extraAttributes,
      sniff: sniff ?? { ambiguous: false, delimiter: ',' },
      explicitDelimiter: options.delimiter !== undefined,
      line,
    });
  };

  const onData = (fields: string[], line: number) => {
    if (isBlank(fields)) {
      blanks.push(line); // counted only when a data row follows: trailing empty lines are not rows
      return;
    }
    for (const b of blanks) {
      account.rows_read++;
      account.rows_used++;
      checks.blank(rowContext({ file, line: b, fields: [], headers: headers!, index, keyOf, typeLabels, listSeparators, state }));
    }
    blanks = [];
    account.rows_read++;
    if (fileError) return reject(fileError);
    const ctx = rowContext({ file, line, fields, headers: headers!, index, keyOf, typeLabels, listSeparators, state });
    const firstError = checks.row(ctx);
    if (firstError !== undefined) return reject(firstError);
    account.rows_used++;
    for (const b of ctx.blanked) {
      account.cells_blanked++;
      account.blanked_by_type[b.type] = (account.blanked_by_type[b.type] ?? 0) + 1;
    }
    onRow(ctx);
  };

  const info = await readTable(
    file,
    { encoding: options.encoding, delimiter: options.delimiter, role: file.role },
    (fields, line) => (headers === undefined ? onHeader(fields, line) : onData(fields, line)),
    (s) => (sniff = s),
    onBytes,
  );
  if (account.rows_read === 0) {
    throw new InputError(t(`${file.display}: heeft een kopregel maar geen datarijen`, `${file.display}: has a header but no data rows`), {
      file: file.display,
      hint: t('Exporteer de data opnieuw, of laat dit bestand weg', 'Export the data again, or leave this file out'),
    });
  }
  return { account, info, headers: headers! };
}
