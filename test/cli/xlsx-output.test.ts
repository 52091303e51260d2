/**
 * kis-network.xlsx end to end (docs/contract.md §5): `analyse` on the bundled example, the
 * workbook read back by openpyxl and by the project's own reader and compared with the CSV
 * files cell by cell (sheet names in order, header rows, number cells where the CSV holds a
 * number, empty where it is empty, text without the CSV's formula guard); frozen header and
 * filter; the accounting and the read-me against summary.json; byte-identical reruns, with and
 * without SOURCE_DATE_EPOCH; hostile organisation names arrive as text. And `--formats`: only the
 * chosen files are written and summary.json says which; an unknown name is one line, exit 2.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/ingest/csv-parser.js';
import { runCli } from '../helpers/cli.js';
import { openpyxlRead, ownRead, type PySheet } from '../helpers/read-xlsx.js';

const tmp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `kis-xlsxout-${name}-`));

/** The sheets and the CSV file each one mirrors, in workbook order (Dutch names, the default). */
const SHEETS: Array<[string, string]> = [
  ['organisaties', 'nodes.csv'],
  ['relaties', 'edges.csv'],
  ['groepen', 'groups.csv'],
  ['menging', 'mixing.csv'],
  ['gemeenschappen', 'communities.csv'],
  ['producten', 'products.csv'],
  ['betrokkenheid', 'engagement.csv'],
];

const csvRows = (file: string) => parseCsv(readFileSync(file, 'utf8').replace(/^\ufeff/, '')).map((r) => r.fields);
/** A CSV text cell without the formula guard the CSV writer adds (docs/contract.md §5). */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
const columnLetters = (n: number) => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

/** Every cell of `sheet` equals the CSV's: numbers as number cells, text as text, empty as empty. */
function expectSheetEqualsCsv(sheet: PySheet, csv: string[][], label: string): void {
  expect(sheet.rows.length, `${label}: rows`).toBe(csv.length);
  expect(
    sheet.rows[0]!.map(([v]) => v),
    `${label}: header`,
  ).toEqual(csv[0]);
  const numericColumns = csv[0]!.map((_, c) => {
    const values = csv.slice(1).map((r) => r[c]!);
    return values.some((v) => v !== '') && values.every((v) => v === '' || (Number.isFinite(Number(v)) && !/^'/.test(v)));
  });
  for (let r = 1; r < csv.length; r++) {
    for (let c = 0; c < csv[0]!.length; c++) {
      const text = csv[r]![c]!;
      const [value, type] = sheet.rows[r]![c] ?? [null, 'n'];
      const where = `${label} ${columnLetters(c + 1)}${r + 1} (${csv[0]![c]})`;
      if (text === '') expect(value, where).toBeNull();
      else if (numericColumns[c]) {
        expect(type, where).toBe('n');
        expect(value, where).toBe(Number(text));
      } else {
        expect(type, where).toBe('s');
        expect(value, where).toBe(unguard(text));
      }
    }
  }
}

describe('kis-network.xlsx of the bundled example', () => {
  let out: string;
  let sheets: PySheet[];
  let summary: {
    parameters: Record<string, unknown>;
    accounting: Array<Record<string, unknown>>;
    outputs: string[];
  };
  beforeAll(async () => {
    out = path.join(tmp('example'), 'out');
    const r = await runCli(['analyse', '--out', out, '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    sheets = openpyxlRead(path.join(out, 'kis-network.xlsx'));
    summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
  }, 120_000);

  it('has the read-me, the seven tables and the accounting as sheets, in order', () => {
    expect(sheets.map((s) => s.title)).toEqual(['leesmij', ...SHEETS.map(([name]) => name), 'verantwoording']);
    expect(summary.outputs).toContain('kis-network.xlsx');
  });

  it.each(SHEETS)('sheet %s equals %s cell by cell, header frozen, filter over every row', (name, file) => {
    const sheet = sheets.find((s) => s.title === name)!;
    const csv = csvRows(path.join(out, file));
    expectSheetEqualsCsv(sheet, csv, name);
    expect(sheet.freeze).toBe('A2');
    expect(sheet.filter).toBe(`A1:${columnLetters(csv[0]!.length)}${csv.length}`);
    for (const width of Object.values(sheet.widths)) expect(width).toBeGreaterThanOrEqual(6);
  });

  it('numeric columns hold numbers (degree, pagerank, weight, rating_n)', () => {
    const column = (title: string, header: string) => {
      const sheet = sheets.find((s) => s.title === title)!;
      const c = sheet.rows[0]!.findIndex(([v]) => v === header);
      return sheet.rows.slice(1).map((row) => row[c]!);
    };
    for (const [title, header] of [
      ['organisaties', 'degree'],
      ['organisaties', 'pagerank'],
      ['relaties', 'weight'],
      ['groepen', 'rating_n'],
    ] as const) {
      const cells = column(title, header);
      expect(cells.length).toBeGreaterThan(0);
      for (const [value, type] of cells) {
        expect(type).toBe('n');
        expect(typeof value).toBe('number');
      }
    }
  });

  it('the accounting sheet is summary.json.accounting', () => {
    const sheet = sheets.find((s) => s.title === 'verantwoording')!;
    expect(sheet.rows[0]!.map(([v]) => v)).toEqual([
      'path',
      'role',
      'rows_read',
      'rows_used',
      'rows_rejected',
      'rejected_by_type',
      'cells_blanked',
      'blanked_by_type',
    ]);
    const pairs = (o: unknown) =>
      Object.entries(o as Record<string, number>)
        .map(([k, n]) => `${k}:${n}`)
        .join('|') || null;
    expect(sheet.rows.slice(1).map((r) => r.map(([v]) => v))).toEqual(
      summary.accounting.map((a) => [
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
  });

  it('the read-me gives the parameters of summary.json, the privacy rule and the sheets', () => {
    const readMe = sheets[0]!.rows.map((r) => r.map(([v]) => v));
    for (const [key, value] of Object.entries(summary.parameters)) {
      const row = readMe.find((r) => r[0] === key);
      expect(row, key).toBeDefined();
      expect(row![1], key).toBe(typeof value === 'boolean' ? String(value) : value);
    }
    const text = readMe.flat().join('\n');
    expect(text).toContain('minstens 3 cijfers');
    for (const [name] of SHEETS) expect(readMe.some((r) => r[0] === name)).toBe(true);
    expect(text).not.toContain('Datum van de gegevens'); // no SOURCE_DATE_EPOCH
    expect(sheets[0]!.freeze).toBeNull();
  });

  it('is read by the project’s own reader with the same rows as the CSV files', async () => {
    const own = await ownRead(path.join(out, 'kis-network.xlsx'));
    expect(own.map((s) => s.name)).toEqual(sheets.map((s) => s.title));
    for (const [name, file] of SHEETS) {
      const csv = csvRows(path.join(out, file)).map((r) => r.map(unguard));
      expect(own.find((s) => s.name === name)!.rows, name).toEqual(csv);
    }
  });

  it('gives the same bytes on a rerun; SOURCE_DATE_EPOCH dates the package and the read-me', async () => {
    const again = path.join(tmp('again'), 'out');
    await runCli(['analyse', '--out', again, '-q']);
    const bytes = readFileSync(path.join(out, 'kis-network.xlsx'));
    expect(readFileSync(path.join(again, 'kis-network.xlsx')).equals(bytes)).toBe(true);
    const env = { SOURCE_DATE_EPOCH: '1704067200' }; // 2024-01-01T00:00:00Z
    const [e1, e2] = [path.join(tmp('e1'), 'out'), path.join(tmp('e2'), 'out')];
    await runCli(['analyse', '--out', e1, '-q'], { env });
    await runCli(['analyse', '--out', e2, '-q'], { env });
    const dated = readFileSync(path.join(e1, 'kis-network.xlsx'));
    expect(readFileSync(path.join(e2, 'kis-network.xlsx')).equals(dated)).toBe(true);
    expect(dated.equals(bytes)).toBe(false);
    const readMe = openpyxlRead(path.join(e1, 'kis-network.xlsx'))[0]!.rows.map((r) => r.map(([v]) => v));
    expect(readMe).toContainEqual(['Datum van de gegevens', '2024-01-01T00:00:00Z']);
  }, 120_000);
});

describe('hostile organisation names', () => {
  it('arrive in the workbook as the same text, never as a formula', async () => {
    const input = tmp('hostile-in');
    const names = ["=cmd|' /C calc'!A0", '@SUM(A1)', '-Stichting Min', '<b>Bold & Co</b>', 'Quote "Q" BV', '_x0041_ Groep'];
    writeFileSync(
      path.join(input, 'contacts.csv'),
      `organisation,type\n${names.map((n) => `"${n.replace(/"/g, '""')}",government`).join('\n')}\n`,
    );
    writeFileSync(
      path.join(input, 'interviews.csv'),
      `interview_id,source,target\n${names.map((n, i) => `I${i},"${n.replace(/"/g, '""')}","${names[(i + 1) % names.length]!.replace(/"/g, '""')}"`).join('\n')}\n`,
    );
    const out = path.join(tmp('hostile-out'), 'out');
    const r = await runCli(['analyse', input, '--out', out, '-q', '--lang', 'en', '--formats', 'nodes.csv,xlsx']);
    expect(r.stderr).toBe('');
    const sheet = openpyxlRead(path.join(out, 'kis-network.xlsx')).find((s) => s.title === 'organisations')!;
    const csv = csvRows(path.join(out, 'nodes.csv'));
    expectSheetEqualsCsv(
      // openpyxl 3.0 leaves ECMA-376's _xHHHH_ escapes undecoded (Excel decodes them): decode here.
      {
        ...sheet,
        rows: sheet.rows.map((row) =>
          row.map(([v, t]) => [
            typeof v === 'string' ? v.replace(/_x([0-9A-F]{4})_/g, (_, h) => String.fromCharCode(Number.parseInt(h, 16))) : v,
            t,
          ]),
        ),
      },
      csv,
      'organisations',
    );
    const labels = sheet.rows.slice(1).map((row) => row[1]!);
    expect(labels.every(([, t]) => t === 's')).toBe(true);
    expect(labels.map(([v]) => v)).toContain("=cmd|' /C calc'!A0");
    const own = await ownRead(path.join(out, 'kis-network.xlsx'));
    expect(own.find((s) => s.name === 'organisations')!.rows.map((row) => row[1])).toEqual(expect.arrayContaining(names));
  }, 60_000);
});

describe('--formats', () => {
  let input: string;
  beforeAll(() => {
    input = tmp('formats-in');
    writeFileSync(
      path.join(input, 'contacts.csv'),
      'organisation,type\nGemeente A,government\nStichting B,civil_society\nBureau C,professional\n',
    );
    writeFileSync(path.join(input, 'interviews.csv'), 'interview_id,source,target\nI1,Gemeente A,Stichting B\nI2,Stichting B,Bureau C\n');
  });

  it('writes only the chosen files and groups, summary.json always, and says so', async () => {
    const out = path.join(tmp('formats'), 'out');
    const r = await runCli(['analyse', input, '--out', out, '--lang', 'en', '--formats', 'nodes.csv, graph,kis-network.xlsx']);
    expect(r.code).toBe(0);
    const files = ['graph.gexf', 'graph.graphml', 'graph.json', 'kis-network.xlsx', 'nodes.csv', 'summary.json'];
    expect(readdirSync(out).sort()).toEqual(files);
    expect(JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')).outputs).toEqual(files);
    expect(r.stdout).toContain(`Wrote 6 files to`);
    expect(r.stdout).toContain(files.join(', '));
    expect(r.stdout).not.toContain('map.html');
  }, 60_000);

  it('takes `formats` from the config file; the flag wins', async () => {
    writeFileSync(path.join(input, 'kis-network.config.json'), JSON.stringify({ formats: ['csv'] }));
    try {
      const out = path.join(tmp('formats-config'), 'out');
      expect((await runCli(['analyse', input, '--out', out, '-q'])).code).toBe(0);
      expect(readdirSync(out).sort()).toEqual([
        'communities.csv',
        'edges.csv',
        'engagement.csv',
        'groups.csv',
        'mixing.csv',
        'nodes.csv',
        'products.csv',
        'summary.json',
      ]);
      const flag = path.join(tmp('formats-flag'), 'out');
      expect((await runCli(['analyse', input, '--out', flag, '-q', '--formats', 'map'])).code).toBe(0);
      expect(readdirSync(flag).sort()).toEqual(['map.html', 'summary.json']);
    } finally {
      writeFileSync(path.join(input, 'kis-network.config.json'), '{}');
    }
  }, 60_000);

  it('refuses an unknown name in one line with the nearest one, exit 2, writing nothing', async () => {
    const out = path.join(tmp('formats-bad'), 'out');
    const r = await runCli(['analyse', input, '--out', out, '--lang', 'en', '--formats', 'nodes.csv,edges.cvs']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('unknown output "edges.cvs"');
    expect(r.stderr).toContain('Did you mean "edges.csv"?');
    expect(r.stderr).not.toMatch(/\bat \S+:\d+/);
    const empty = await runCli(['analyse', input, '--out', out, '--formats', ',']);
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
  });
});
