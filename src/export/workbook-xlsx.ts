/**
 * kis-network.xlsx (docs/contract.md §5): the tables as sheets of one workbook, for programme
 * staff who live in Excel. A first read-me sheet (`leesmij` / `read me`) says what the workbook
 * is, the run's parameters as summary.json records them, the date of the data
 * (`SOURCE_DATE_EPOCH`) when set, the privacy rules and the sheets; then organisations
 * (nodes.csv), relations (edges.csv), groups, mixing, communities, products, engagement and the
 * accounting of summary.json. Each data sheet takes its columns and values from the table that
 * writes its CSV file (table.ts): same header, same order, same values (numbers as numbers at
 * full precision, empty where the CSV is empty, text as text without the CSV's `'` guard — see
 * xlsx/worksheet.ts). Written streamed by xlsx/workbook.ts.
 */

import type { FileAccount } from '../ingest/ingest-file.js';
import type { AnalysisResult } from '../result.js';
import { communitiesTable } from './communities-csv.js';
import { edgesTable } from './edges-csv.js';
import { engagementTable } from './engagement.js';
import { groupsTable } from './groups-csv.js';
import { mixingTable } from './mixing-csv.js';
import { nodesTable } from './nodes-csv.js';
import { isoFromEpoch } from './paths.js';
import { productsTable } from './products-csv.js';
import { buildSummary } from './summary-json.js';
import { arrayTable, type Table, type TableValue } from './table.js';
import type { ExportOptions } from './types.js';
import { SHEET_KEYS, type SheetKey, workbookText } from './workbook-text.js';
import { STYLE } from './xlsx/worksheet.js';
import { MAX_SHEET_ROWS, type SheetSource, sheetNames, workbookChunks } from './xlsx/workbook.js';

export const ACCOUNTING_COLUMNS: readonly string[] = [
  'path',
  'role',
  'rows_read',
  'rows_used',
  'rows_rejected',
  'rejected_by_type',
  'cells_blanked',
  'blanked_by_type',
];

/** `type:count` pairs, `|`-joined like products.csv's `communities` (keys already sorted by summary.json). */
const pairs = (counts: Record<string, number>): string[] => Object.entries(counts).map(([k, n]) => `${k}:${n}`);

/** summary.json's `accounting`, one row per input file. */
export function accountingTable(summary: Record<string, unknown>): Table {
  const accounting = summary.accounting as FileAccount[];
  return arrayTable(
    ACCOUNTING_COLUMNS,
    accounting.map((a) => [
      a.path,
      a.role,
      a.rows_read,
      a.rows_used,
      a.rows_rejected,
      pairs(a.rejected_by_type),
      a.cells_blanked,
      pairs(a.blanked_by_type),
    ]),
  );
}

/** A parameter value as a cell: numbers stay numbers, the rest is text. */
function parameterCell(value: unknown): TableValue {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (value === null || value === undefined) return null;
  return typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** The data tables in sheet order. */
function tables(result: AnalysisResult, options: ExportOptions, summary: Record<string, unknown>): Record<SheetKey, Table> {
  return {
    nodes: nodesTable(result, options),
    edges: edgesTable(result),
    groups: groupsTable(result, options),
    mixing: mixingTable(result),
    communities: communitiesTable(result),
    products: productsTable(result),
    engagement: engagementTable(result, options),
    accounting: accountingTable(summary),
  };
}

/** Every sheet of the workbook, the read-me first; `maxSheetRows` is Excel's limit except in tests. */
export function workbookSheets(result: AnalysisResult, options: ExportOptions, maxSheetRows: number = MAX_SHEET_ROWS): SheetSource[] {
  const words = workbookText(options.lang);
  const summary = buildSummary(result, options);
  const data = tables(result, options, summary);
  const rows: TableValue[][] = [];
  rows.push(words.what);
  rows.push(words.made(result.version));
  const date = isoFromEpoch(options.sourceDateEpoch);
  if (date !== undefined) rows.push(words.dataDate(date));
  rows.push(words.noFormulas);
  rows.push([]);
  rows.push([words.parameters]);
  for (const [key, value] of Object.entries(summary.parameters as Record<string, unknown>)) rows.push([key, parameterCell(value)]);
  rows.push([]);
  rows.push(words.privacy);
  rows.push(words.privacyGroups(result.parameters.min_group_size));
  rows.push([]);
  rows.push([words.sheetList]);
  const perSheet = maxSheetRows - 1;
  for (const key of SHEET_KEYS) {
    const { name, about } = words.sheets[key];
    const table = data[key];
    sheetNames(name, table.rowCount, maxSheetRows).forEach((sheet, i) => {
      rows.push([sheet, i === 0 ? about : words.continued(name, i * perSheet + 1, Math.min((i + 1) * perSheet, table.rowCount))]);
    });
  }
  const readMe: SheetSource = {
    name: words.readMe,
    table: arrayTable(['kis-network', words.title], rows),
    filter: false,
    widths: [28, 110],
    columnStyles: [STYLE.header, STYLE.wrap],
  };
  return [readMe, ...SHEET_KEYS.map((key): SheetSource => ({ name: words.sheets[key].name, table: data[key] }))];
}

export function exportWorkbookXlsx(result: AnalysisResult, options: ExportOptions): Iterable<Uint8Array> {
  return workbookChunks(workbookSheets(result, options), {
    title: workbookText(options.lang).title,
    sourceDateEpoch: options.sourceDateEpoch,
  });
}
