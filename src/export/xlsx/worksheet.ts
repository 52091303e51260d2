/**
 * One worksheet part (ECMA-376 Part 1, §18.3 `worksheet`), streamed as text pieces from a
 * table's rows: a header row in bold, optionally frozen (`<pane ySplit="1" topLeftCell="A2"
 * state="frozen"/>`) and with an `<autoFilter>` over the header and the rows, `<cols>` widths,
 * then one `<row>` per table row. A number is a number cell (`<c><v>`, shortest round-trip
 * decimal, so full precision; Excel shows it with the reader's decimal comma), a boolean a
 * `t="b"` cell, text (and a list, `|`-joined as in the CSV) an inline string (`t="inlineStr"`,
 * so the sheet needs no shared-strings table and streams); an empty value (null, a non-finite
 * number, an empty text or list) writes no cell, as the CSV writes an empty one. No cell is
 * ever a formula: there is no `<f>` element, and an inline string is shown as the text it is,
 * whatever it starts with, so the CSV's `'` guard (docs/contract.md §5) is not needed and not
 * written.
 */

import { LIST_SEPARATOR } from '../csv.js';
import type { TableValue } from '../table.js';
import { cellText, columnLetters, needsPreserve } from './cell-text.js';

/** The `cellXfs` indexes of styles.ts. */
export const STYLE = { plain: 0, header: 1, wrap: 2 } as const;

export interface WorksheetSpec {
  columns: readonly string[];
  /** The rows of this sheet: at most `rowCount` are taken (a continuation sheet shares the iterator). */
  rows: Iterator<readonly TableValue[]>;
  rowCount: number;
  /** Column widths in characters (`<col width>`). */
  widths: readonly number[];
  /** Freeze the header row and put a filter on it (the data sheets; not the read-me sheet). */
  table: boolean;
  /** The sheet that is open when the workbook opens. */
  selected: boolean;
  /** A cell style per column for the data rows (default plain). */
  columnStyles?: readonly number[];
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** Is the value written as no cell at all? */
export function isEmptyCell(value: TableValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value === 'boolean') return false;
  return value.length === 0 || (typeof value !== 'string' && value.join(LIST_SEPARATOR) === '');
}

/**
 * The value as a `<c>` element with style `s`, or '' for an empty value. `ref` is the cell's
 * reference (` r="B7"`), or '' where the cell directly follows the one before it in its row:
 * `r` is optional (§18.3.1.4), and a reader places such a cell in the next column, so it is
 * written only after a gap; this keeps a million-row sheet a third smaller.
 */
export function cellXml(ref: string, value: TableValue, s: number): string {
  const style = s === 0 ? '' : ` s="${s}"`;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c${ref}${style}><v>${String(value)}</v></c>` : '';
  if (typeof value === 'boolean') return `<c${ref}${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = typeof value === 'string' ? value : value.join(LIST_SEPARATOR);
  if (text === '') return '';
  const space = needsPreserve(text) ? ' xml:space="preserve"' : '';
  return `<c${ref}${style} t="inlineStr"><is><t${space}>${cellText(text)}</t></is></c>`;
}

/** One `<row>`: `r` on the row, and on a cell only after a skipped (empty) one. */
function rowXml(r: number, values: readonly TableValue[], letters: readonly string[], styles: readonly number[]): string {
  let row = `<row r="${r}">`;
  let previous = -1;
  for (let i = 0; i < letters.length; i++) {
    const value = values[i];
    if (isEmptyCell(value)) continue;
    row += cellXml(i === previous + 1 ? '' : ` r="${letters[i]}${r}"`, value, styles[i]!);
    previous = i;
  }
  return `${row}</row>`;
}

/** The range of the header and `rows` data rows, e.g. `A1:P101`. */
export function sheetRange(columns: number, rows: number): string {
  return `A1:${columnLetters(Math.max(columns, 1) - 1)}${rows + 1}`;
}

/** The worksheet XML in pieces (about one per row). */
export function* worksheetXml(spec: WorksheetSpec): Generator<string> {
  const letters = spec.columns.map((_, i) => columnLetters(i));
  const styles = spec.columns.map((_, i) => spec.columnStyles?.[i] ?? STYLE.plain);
  let head = HEAD;
  head += `<sheetViews><sheetView${spec.selected ? ' tabSelected="1"' : ''} workbookViewId="0">`;
  if (spec.table) head += '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>';
  head += '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>';
  spec.widths.forEach((w, i) => {
    head += `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
  });
  head += '</cols><sheetData>';
  yield head +
    rowXml(
      1,
      spec.columns,
      letters,
      spec.columns.map(() => STYLE.header),
    );
  let written = 0;
  while (written < spec.rowCount) {
    const next = spec.rows.next();
    if (next.done) throw new Error(`worksheet: ${spec.rowCount} rows announced, ${written} given`);
    yield rowXml(written + 2, next.value, letters, styles);
    written++;
  }
  let tail = '</sheetData>';
  if (spec.table) tail += `<autoFilter ref="${sheetRange(spec.columns.length, spec.rowCount)}"/>`;
  yield `${tail}</worksheet>`;
}

/** Widths in characters from the header and a sample of rows: the longest text + 2, between 6 and `max`. */
export function columnWidths(columns: readonly string[], sample: readonly (readonly TableValue[])[], max = 50): number[] {
  return columns.map((name, i) => {
    let longest = name.length;
    for (const row of sample) {
      const v = row[i];
      if (v === null || v === undefined) continue;
      // Excel's General format shows at most 11 characters of a number.
      const length = typeof v === 'number' ? Math.min(String(v).length, 11) : typeof v === 'string' ? v.length : String(v).length;
      if (length > longest) longest = length;
    }
    return Math.min(Math.max(longest + 2, 6), max);
  });
}
