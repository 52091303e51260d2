/**
 * A CSV document written by the rules of the project's CSV outputs (src/export/csv.ts,
 * docs/contract.md §5): UTF-8 with a BOM (Excel shows accents), LF line endings, numbers with `.`
 * at full precision, RFC 4180 quoting, and a text cell starting with `=` `+` `-` `@`, tab or CR
 * prefixed with `'` (formula injection). Its own copy of those few lines: src/export/csv.ts sits
 * in the Node-side type graph, which the browser bundle's tsconfig cannot check.
 * test/unit/html/csv-rows.test.ts checks that both write the same bytes.
 */

export type CsvCell = string | number | null;

const QUOTE_TRIGGER = /[",\r\n]/;
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function csvCell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const guarded = FORMULA_TRIGGER.test(v) ? `'${v}` : v;
  return QUOTE_TRIGGER.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvDocument(header: string[], rows: CsvCell[][]): string {
  let out = `\uFEFF${header.map(csvCell).join(',')}\n`;
  for (const r of rows) out += `${r.map(csvCell).join(',')}\n`;
  return out;
}
