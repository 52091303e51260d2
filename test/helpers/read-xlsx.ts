/**
 * Two independent readers of a written workbook for the xlsx tests: Python's openpyxl (Debian's
 * python3-openpyxl; a missing one fails in one line, see system-tools.ts) and the project's own
 * reader (src/ingest/xlsx.ts), which shares no code with the writer.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { openWorkbook, readSheet } from '../../src/ingest/xlsx.js';
import { ZipFile } from '../../src/ingest/zip.js';
import { requireOpenpyxl } from './system-tools.js';

export interface PySheet {
  title: string;
  freeze: string | null;
  filter: string | null;
  widths: Record<string, number>;
  /** Every row up to max_row, each cell as [value, openpyxl data_type]; numbers are Python floats or ints. */
  rows: Array<Array<[string | number | boolean | null, string]>>;
}

const SCRIPT = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = [[[c.value, c.data_type] for c in row] for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column)]
    widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
    out.append({'title': ws.title, 'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref, 'widths': widths, 'rows': rows})
json.dump(out, sys.stdout)
`;

/** The workbook as openpyxl reads it. */
export function openpyxlRead(file: string): PySheet[] {
  const python = requireOpenpyxl();
  return JSON.parse(execFileSync(python, ['-c', SCRIPT, file], { encoding: 'utf8', maxBuffer: 1 << 30 })) as PySheet[];
}

/** Sheet names and each sheet's records (text fields, numbers in shortest round-trip form) by the project's reader. */
export async function ownRead(file: string): Promise<Array<{ name: string; rows: string[][] }>> {
  const { info } = openWorkbook(file);
  const out: Array<{ name: string; rows: string[][] }> = [];
  for (const sheet of info.sheets) {
    const rows: string[][] = [];
    await readSheet(file, file, sheet.name, (fields) => {
      rows.push([...fields]);
    });
    out.push({ name: sheet.name, rows });
  }
  return out;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/**
 * An output file as searchable text: a text file as it is; a workbook as the XML of all its
 * parts, inflated, with the XML entities decoded (so a privacy search sees what Excel shows).
 */
export function outputText(file: string): string {
  if (!file.endsWith('.xlsx')) return readFileSync(file, 'utf8');
  const zip = new ZipFile(file);
  let text = '';
  for (const entry of zip.entries.values()) text += `${Buffer.from(zip.readSync(entry)).toString('utf8')}\n`;
  return text.replace(/&(?:lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e]!);
}
