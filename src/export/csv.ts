/**
 * CSV writing shared by every table (docs/contract.md §5): comma-separated, UTF-8 with a BOM at the
 * start of the file (so Excel shows accents), LF line endings (RFC 4180 says CRLF; LF is what
 * Excel, LibreOffice, pandas and papaparse all read, and it keeps the files diff-friendly),
 * RFC 4180 quoting (a cell containing `"` `,` CR or LF is quoted, `"` doubled), and a guard
 * against formula injection: a text cell starting with `=` `+` `-` `@`, tab or CR gets a `'`
 * prefix. Numbers are never prefixed: they are written with `.` at full precision (shortest
 * round-trip, `String(n)`, no locale), so `-1.5` stays a number. null/undefined and non-finite
 * numbers give an empty cell; lists are joined with `|`.
 */

import { reiterable } from './chunks.js';
import type { Table, TableValue } from './table.js';

export const BOM = '\uFEFF';
export const LIST_SEPARATOR = '|';

export type CsvValue = TableValue;

const QUOTE_TRIGGER = /[",\r\n]/;
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** A text cell: formula guard, then RFC 4180 quoting when needed. */
export function csvText(text: string): string {
  const guarded = FORMULA_TRIGGER.test(text) ? `'${text}` : text;
  return QUOTE_TRIGGER.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** One cell of any supported value. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return csvText(value);
  return csvText(value.join(LIST_SEPARATOR));
}

/** One record, with its line ending. */
export function csvRow(cells: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ',';
    line += csvCell(cells[i]);
  }
  return `${line}\n`;
}

/** A whole CSV file as chunks: BOM and header first, then the rows (re-iterable). */
export function csvChunks(header: readonly string[], rows: () => Iterable<readonly CsvValue[]>): Iterable<string> {
  return reiterable(function* () {
    yield BOM + csvRow(header);
    for (const row of rows()) {
      yield csvRow(row);
    }
  });
}

/** A whole (small) CSV file as one string. */
export function csvString(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let text = BOM + csvRow(header);
  for (const row of rows) text += csvRow(row);
  return text;
}

/** A table as a CSV file: chunked (large tables). */
export function csvTableChunks(table: Table): Iterable<string> {
  return csvChunks(table.columns, () => table.rows());
}

/** A (small) table as one CSV string. */
export function csvTableString(table: Table): string {
  return csvString(table.columns, table.rows());
}
