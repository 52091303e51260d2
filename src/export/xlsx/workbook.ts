/**
 * A streamed `.xlsx` workbook (ECMA-376 SpreadsheetML in an OPC ZIP package) from tables: one
 * worksheet per table, in order, and a table longer than a sheet allows (1,048,576 rows, the
 * header included) continued on further sheets named `name (2)`, `name (3)`, … (`sheetNames`).
 * The rows are read once, as the sheets are written; only a sample of the first rows (for the
 * column widths) and the current 1 MiB block are held in memory. Re-iterable: each iteration
 * writes the workbook afresh.
 */

import { reiterable } from '../chunks.js';
import type { Table, TableValue } from '../table.js';
import {
  contentTypesXml,
  corePropertiesXml,
  packageRelsXml,
  type SheetEntry,
  sheetPart,
  stylesXml,
  workbookRelsXml,
  workbookXml,
} from './package-parts.js';
import { columnWidths, worksheetXml } from './worksheet.js';
import { type ZipPart, zipChunks } from './zip-writer.js';

/** Rows of a worksheet in Excel (ECMA-376 Part 1 §18.3.1.73: row index ≤ 1,048,576), the header row included. */
export const MAX_SHEET_ROWS = 1_048_576;
/** Rows sampled for the column widths. */
const WIDTH_SAMPLE = 200;
/** Excel's limit on a sheet name. */
const MAX_NAME = 31;

export interface SheetSource {
  name: string;
  table: Table;
  /** false: a notes sheet (the read-me): no frozen header, no filter. Default true. */
  filter?: boolean;
  /** Fixed widths instead of the measured ones. */
  widths?: readonly number[];
  /** A cell style per column for the data rows. */
  columnStyles?: readonly number[];
}

export interface WorkbookOptions {
  /** The document title (core properties). */
  title: string;
  sourceDateEpoch?: number;
  /** Rows per sheet, the header included (default MAX_SHEET_ROWS; tests use a small one). */
  maxSheetRows?: number;
  zip64Threshold?: number;
  level?: number;
}

/** The sheet names a table of `rowCount` rows takes: `name`, then `name (2)`, … when it needs more than one sheet. */
export function sheetNames(name: string, rowCount: number, maxSheetRows: number = MAX_SHEET_ROWS): string[] {
  const perSheet = maxSheetRows - 1;
  const sheets = Math.max(1, Math.ceil(rowCount / perSheet));
  return Array.from({ length: sheets }, (_, i) => (i === 0 ? name : `${name.slice(0, MAX_NAME - 5)} (${i + 1})`));
}

interface PhysicalSheet extends SheetEntry {
  source: SheetSource;
  /** Which part of the source (0 = the first). */
  part: number;
  rowCount: number;
}

/** The rows of one source, shared by its sheets: the width sample is taken before the first is written. */
class RowStream {
  private iterator?: Iterator<readonly TableValue[]>;
  widths: readonly number[] = [];

  constructor(private readonly source: SheetSource) {}

  start(): Iterator<readonly TableValue[]> {
    if (this.iterator) return this.iterator;
    const rows = this.source.table.rows()[Symbol.iterator]();
    const sample: (readonly TableValue[])[] = [];
    while (sample.length < WIDTH_SAMPLE) {
      const next = rows.next();
      if (next.done) break;
      sample.push(next.value);
    }
    this.widths = this.source.widths ?? columnWidths(this.source.table.columns, sample);
    this.iterator = (function* () {
      yield* sample;
      sample.length = 0;
      for (let next = rows.next(); !next.done; next = rows.next()) yield next.value;
    })();
    return this.iterator;
  }
}

/** The workbook of `sources`, as byte chunks. */
export function workbookChunks(sources: readonly SheetSource[], options: WorkbookOptions): Iterable<Uint8Array> {
  const maxRows = options.maxSheetRows ?? MAX_SHEET_ROWS;
  return reiterable<Uint8Array>(function* () {
    const sheets: PhysicalSheet[] = [];
    for (const source of sources) {
      const names = sheetNames(source.name, source.table.rowCount, maxRows);
      names.forEach((name, part) => {
        const rowCount = Math.min(maxRows - 1, source.table.rowCount - part * (maxRows - 1));
        const filter = source.filter === false ? undefined : { columns: source.table.columns.length, rows: rowCount };
        sheets.push({ name, number: sheets.length + 1, source, part, rowCount, filter });
      });
    }
    const text = (name: string, xml: string): ZipPart => ({ name, content: () => [xml] });
    const streams = new Map<SheetSource, RowStream>();
    const parts: ZipPart[] = [
      text('[Content_Types].xml', contentTypesXml(sheets)),
      text('_rels/.rels', packageRelsXml()),
      text('docProps/core.xml', corePropertiesXml(options.title, options.sourceDateEpoch)),
      text('xl/workbook.xml', workbookXml(sheets)),
      text('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets)),
      text('xl/styles.xml', stylesXml()),
      ...sheets.map(
        (sheet): ZipPart => ({
          name: sheetPart(sheet.number),
          content: () => {
            let stream = streams.get(sheet.source);
            if (!stream) streams.set(sheet.source, (stream = new RowStream(sheet.source)));
            const rows = stream.start();
            return worksheetXml({
              columns: sheet.source.table.columns,
              rows,
              rowCount: sheet.rowCount,
              widths: stream.widths,
              table: sheet.filter !== undefined,
              selected: sheet.number === 1,
              columnStyles: sheet.source.columnStyles,
            });
          },
        }),
      ),
    ];
    yield* zipChunks(parts, { sourceDateEpoch: options.sourceDateEpoch, zip64Threshold: options.zip64Threshold, level: options.level });
  });
}
