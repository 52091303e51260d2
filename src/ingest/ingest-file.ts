/**
 * One input file, streamed through the checks: maps the header to canonical columns, runs the
 * header rules once and the row rules on every data row, counts every row as used or rejected
 * (with the type of its first error) and hands each usable row to `onRow`. Nothing is kept per
 * row except what the rules need (ids and row hashes for duplicates).
 */

import { aliasesOf, headerKey, matchColumn, type Column } from '../config/columns.js';
import type { Delimiter, Encoding, InputFile } from '../config/options.js';
import type { StakeholderType } from '../config/stakeholder-types.js';
import { InputError } from '../errors.js';
import type { FileAccount } from '../result.js';
import type { RowContext } from '../quality/rule.js';
import { HEADER_RULES, ROW_RULES, blankRow } from '../quality/rules/index.js';
import { isBlank } from '../quality/rules/blank-row.js';
import { missingColumn } from '../quality/rules/missing-column.js';
import type { IssueLog } from '../quality/run-checks.js';
import { readTable, type TableInfo } from './read-table.js';
import { rowContext } from './row-context.js';
import type { SniffResult } from './sniff.js';

export interface IngestOptions {
  encoding?: Encoding;
  delimiter?: Delimiter;
  /** header → canonical column, from the config file. */
  columnMap: Record<string, string>;
  extraAttributes: readonly string[];
  typeLabels: Readonly<Record<string, StakeholderType>>;
}

export interface IngestedFile {
  account: FileAccount;
  info: TableInfo;
  headers: string[];
}

function mapHeaders(file: InputFile, headers: string[], columnMap: Record<string, string>): Array<Column | undefined> {
  if (file.role === 'aliases') {
    const alias = new Set(aliasesOf('alias').map(headerKey));
    return headers.map((h) =>
      alias.has(headerKey(h)) ? 'alias' : matchColumn('contacts', h) === 'organisation' ? 'organisation' : undefined,
    );
  }
  const configured = new Map(Object.entries(columnMap).map(([h, c]) => [headerKey(h), c as Column]));
  return headers.map((h) => configured.get(headerKey(h)) ?? matchColumn(file.role as never, h));
}

export async function ingestFile(
  file: InputFile,
  options: IngestOptions,
  log: IssueLog,
  keyOf: (name: string) => string,
  onRow: (row: RowContext) => void,
  onBytes?: (bytesRead: number) => void,
): Promise<IngestedFile> {
  const account: FileAccount = { path: file.name, role: file.role, rows_read: 0, rows_used: 0, rows_rejected: 0, rejected_by_type: {} };
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

  const onHeader = (fields: string[], line: number) => {
    if (isBlank(fields)) {
      throw new InputError(`${file.display}:${line}: the first line is empty, but it must be the header`, {
        file: file.display,
        line,
        hint: 'Delete the empty lines above the header',
      });
    }
    const hs = fields.map((f) => f.trim());
    headers = hs;
    const columns = mapHeaders(file, hs, options.columnMap);
    columns.forEach((c, i) => {
      if (c !== undefined && c !== 'personal' && index[c] === undefined) index[c] = i;
    });
    if (file.role === 'aliases' && (index.alias === undefined || index.organisation === undefined)) index = { alias: 0, organisation: 1 };
    for (const rule of HEADER_RULES) {
      const findings = rule.header!({
        file,
        role: file.role,
        headers: hs,
        columns,
        extraAttributes: options.extraAttributes,
        sniff: sniff ?? { ambiguous: false, delimiter: ',' },
        explicitDelimiter: options.delimiter !== undefined,
      });
      if (log.record(rule, file.display, findings) && rule === missingColumn) fileError = 'missing-column';
    }
  };

  const onData = (fields: string[], line: number) => {
    if (isBlank(fields)) {
      blanks.push(line); // counted only when a data row follows: trailing empty lines are not rows
      return;
    }
    for (const b of blanks) {
      account.rows_read++;
      account.rows_used++;
      const blank = rowContext({ file, line: b, fields: [], headers: headers!, index, keyOf, typeLabels: options.typeLabels, state });
      log.record(blankRow, file.display, blankRow.row!(blank));
    }
    blanks = [];
    account.rows_read++;
    if (fileError) return reject(fileError);
    const ctx = rowContext({ file, line, fields, headers: headers!, index, keyOf, typeLabels: options.typeLabels, state });
    let firstError: string | undefined;
    for (const rule of ROW_RULES) {
      if (log.record(rule, file.display, rule.row!(ctx)) && firstError === undefined) firstError = rule.meta.type;
    }
    if (firstError !== undefined) return reject(firstError);
    account.rows_used++;
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
    throw new InputError(`${file.display}: has a header but no data rows`, {
      file: file.display,
      hint: 'Export the data again, or leave this file out',
    });
  }
  return { account, info, headers: headers! };
}
