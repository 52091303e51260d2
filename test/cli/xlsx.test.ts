/**
 * Excel workbooks end to end (docs/contract.md §1, §2): a workbook with a contacts, an
 * interviews and a survey sheet gives the same network as the same data as CSV files; typed
 * cells meet the same rules, with messages that name `file[sheet]:row`; a one-sheet workbook
 * takes the role of its file name; `.xls` and damaged workbooks fail in one line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/ingest/csv-parser.js';
import { runCli } from '../helpers/cli.js';
import { typedCells, writeXlsx } from '../helpers/xlsx-writer.js';

const DATA = path.resolve(import.meta.dirname, '../../data');
const tmp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `kis-xlsx-${name}-`));
const ROLES = ['contacts', 'interviews', 'survey'] as const;

/** The rows of a bundled CSV file as a user's workbook holds them (numbers typed). */
const sheetRows = (role: string) =>
  parseCsv(readFileSync(path.join(DATA, `${role}.csv`), 'utf8').replace(/^\ufeff/, '')).map((r) => typedCells(r.fields));

describe('a workbook with three role sheets', () => {
  let csvOut: string;
  let xlsxOut: string;
  let summary: { accounting: Array<{ path: string; role: string; rows_read: number }>; inputs: Array<{ path: string; encoding: unknown }> };
  beforeAll(async () => {
    const csvDir = tmp('csv');
    for (const role of ROLES) writeFileSync(path.join(csvDir, `${role}.csv`), readFileSync(path.join(DATA, `${role}.csv`)));
    const xlsxDir = tmp('book');
    writeFileSync(
      path.join(xlsxDir, 'register.xlsx'),
      writeXlsx([
        { name: 'Contacten', rows: sheetRows('contacts') },
        { name: 'toelichting', rows: [['Deze map bevat de export van 2024']] },
        { name: 'interviews', rows: sheetRows('interviews') },
        { name: 'enquete', rows: sheetRows('survey') },
      ]),
    );
    csvOut = path.join(tmp('csv-out'), 'out');
    xlsxOut = path.join(tmp('xlsx-out'), 'out');
    const [a, b] = [
      await runCli(['analyse', csvDir, '--out', csvOut, '-q', '--lang', 'en']),
      await runCli(['analyse', xlsxDir, '--out', xlsxOut, '-q', '--lang', 'en']),
    ];
    expect(a.stderr).toBe('');
    expect(b.stderr).toBe('');
    summary = JSON.parse(readFileSync(path.join(xlsxOut, 'summary.json'), 'utf8'));
  }, 120_000);

  it('gives the same nodes, edges and communities as the same data in CSV files', () => {
    for (const name of ['nodes.csv', 'edges.csv', 'communities.csv', 'products.csv']) {
      expect(readFileSync(path.join(xlsxOut, name)).equals(readFileSync(path.join(csvOut, name))), name).toBe(true);
    }
  });

  it('accounts for each sheet as its own entry', () => {
    expect(summary.accounting.map((a) => [a.path, a.role, a.rows_read])).toEqual([
      ['register.xlsx[Contacten]', 'contacts', 309],
      ['register.xlsx[interviews]', 'interviews', 418],
      ['register.xlsx[enquete]', 'survey', 1841],
    ]);
    expect(summary.inputs.map((i) => [i.path, i.encoding])).toEqual([
      ['register.xlsx[Contacten]', null],
      ['register.xlsx[interviews]', null],
      ['register.xlsx[enquete]', null],
    ]);
  });
});

describe('typed cells and messages', () => {
  it('reads a number rating, rejects a date in the rating column as a type error at file[sheet]:row, and uses a formula result', async () => {
    const dir = tmp('typed');
    writeFileSync(
      path.join(dir, 'enquete-2024.xlsx'),
      writeXlsx([
        {
          name: 'Blad1',
          rows: [
            { r: 2, cells: ['respondent_id', 'organisation', 'rating', 'partners'] },
            ['R1', 'Gemeente Ede', 8, 'Gemeente Epe'],
            ['R2', 'Gemeente Epe', { date: 45292 }, 'Gemeente Ede'],
            ['R3', 'Gemeente Ede', { formula: 'C3-1', value: 7 }, 'Gemeente Epe'],
            ['R4', 'Gemeente Epe', 7.5, ''],
          ],
        },
      ]),
    );
    const r = await runCli(['validate', '.', '--format', 'json', '--lang', 'en'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['enquete-2024.xlsx[Blad1]']);
    const typeErrors = report.files[0].issues.filter((i: { type: string }) => i.type === 'type-error');
    expect(typeErrors.map((i: { line: number; column: string }) => [i.line, i.column])).toEqual([[4, 'rating']]);
    expect(typeErrors[0].message).toContain('2024-01-01');
    const stylish = await runCli(['validate', '.', '--lang', 'en'], { cwd: dir });
    expect(stylish.stdout).toContain('enquete-2024.xlsx[Blad1]');
    expect(stylish.stdout).toMatch(/^\s+4:rating\s.*type-error$/m);
    expect(report.files[0].rows_read).toBe(4);
  });
});

describe('one-sheet workbooks, flags and errors', () => {
  it('gives a one-sheet workbook the role of its file name, or of its flag', async () => {
    const dir = tmp('one');
    const book = writeXlsx([{ name: 'Sheet1', rows: sheetRows('survey').slice(0, 40) }]);
    writeFileSync(path.join(dir, 'survey.xlsx'), book);
    writeFileSync(path.join(dir, 'export.xlsx'), book);
    const byName = await runCli(['validate', 'survey.xlsx', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(JSON.parse(byName.stdout).files.map((f: { path: string; role: string }) => [f.path, f.role])).toEqual([
      ['survey.xlsx[Sheet1]', 'survey'],
    ]);
    const byFlag = await runCli(['validate', '--survey', 'export.xlsx', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(JSON.parse(byFlag.stdout).files.map((f: { path: string; role: string }) => [f.path, f.role])).toEqual([
      ['export.xlsx[Sheet1]', 'survey'],
    ]);
  });

  it('says in one line to save an .xls file as .xlsx or .csv (exit 2)', async () => {
    const dir = tmp('xls');
    writeFileSync(path.join(dir, 'contacten.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    for (const args of [[dir], ['--contacts', path.join(dir, 'contacten.xls')]]) {
      const r = await runCli(['validate', ...args, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/contacten\.xls: \.xls files cannot be read; save it as \.xlsx or \.csv/);
    }
  });

  it('reports a damaged workbook in one line (exit 2)', async () => {
    const dir = tmp('corrupt');
    const good = writeXlsx([{ name: 'contacten', rows: [['organisation'], ['Gemeente Ede']] }]);
    writeFileSync(path.join(dir, 'contacten.xlsx'), good.subarray(0, good.length - 40));
    const r = await runCli(['validate', dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/contacten\.xlsx: cannot be read as an Excel workbook/);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});
