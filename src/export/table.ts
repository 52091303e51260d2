/**
 * A table: the one row source behind a CSV file and the workbook sheet of the same name. Its
 * columns and typed values are produced once (numbers as numbers, lists as lists, empty as
 * null); csv.ts writes them as CSV text and xlsx/worksheet.ts as SpreadsheetML cells, so the two
 * files can never disagree on a column or a value (docs/contract.md §5).
 */

/** One cell value: a list is written `|`-joined; null, undefined and non-finite numbers are empty. */
export type TableValue = string | number | boolean | null | undefined | readonly (string | number)[];

export interface Table {
  /** The header, in output order. */
  readonly columns: readonly string[];
  /** The number of rows `rows()` yields (known before writing: a sheet may need to be split). */
  readonly rowCount: number;
  /** The rows in output order; every call starts afresh. */
  rows(): Iterable<readonly TableValue[]>;
}

/** A table over rows already made (the small tables: communities, groups, mixing, …). */
export function arrayTable(columns: readonly string[], rows: readonly (readonly TableValue[])[]): Table {
  return { columns, rowCount: rows.length, rows: () => rows };
}
