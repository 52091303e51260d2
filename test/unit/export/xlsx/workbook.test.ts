/**
 * The workbook writer on hand-made tables, read back by openpyxl and by the project's own
 * reader: a table longer than a sheet continues on `name (2)`, `name (3)` (forced with a small
 * row limit); numbers are number cells, lists text, empties no cell; hostile text (formula-like,
 * markup, control characters, `_xHHHH_`, edge spaces, CR) arrives as the same text and never as
 * a formula; header frozen at A2 with a filter over the rows; the read-me sheet of kis-network.xlsx
 * names the continuation sheets.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputToBytes } from '../../../../src/export/chunks.js';
import { arrayTable } from '../../../../src/export/table.js';
import { accountingTable, workbookSheets } from '../../../../src/export/workbook-xlsx.js';
import { sheetNames, workbookChunks } from '../../../../src/export/xlsx/workbook.js';
import { openpyxlRead, ownRead } from '../../../helpers/read-xlsx.js';
import { fixtureResult, OPTIONS } from '../fixture.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-wb-'));
let n = 0;
const save = (bytes: Buffer) => {
  const file = path.join(dir, `w${n++}.xlsx`);
  writeFileSync(file, bytes);
  return file;
};

const HOSTILE = [
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2',
  '@SUM(A1)',
  '<b>bold</b> & "quoted" \'single\'',
  'bell\u0007 and nul\u0000 gone',
  '_x0041_ stays literal',
  '  edge spaces  ',
  'line\r\nbreak',
  'tab\there',
];

describe('workbookChunks', () => {
  const rows = Array.from({ length: 7 }, (_, i) => [`id${i}`, i * 1.5, i % 2 === 0 ? null : ['a', 'b'], i === 3 ? Number.NaN : i]);
  const table = arrayTable(['id', 'value', 'list', 'n'], rows);
  const hostile = arrayTable(
    ['text'],
    HOSTILE.map((h) => [h]),
  );

  it('continues a long table on further sheets, numbers as numbers, empties empty', async () => {
    const file = save(outputToBytes(workbookChunks([{ name: 'data', table }], { title: 't', maxSheetRows: 4 })));
    const sheets = openpyxlRead(file);
    expect(sheets.map((s) => s.title)).toEqual(['data', 'data (2)', 'data (3)']);
    expect(sheetNames('data', 7, 4)).toEqual(['data', 'data (2)', 'data (3)']);
    expect(sheets.map((s) => s.rows.length)).toEqual([4, 4, 2]);
    for (const s of sheets) {
      expect(s.rows[0]!.map(([v]) => v)).toEqual(['id', 'value', 'list', 'n']);
      expect(s.freeze).toBe('A2');
    }
    expect(sheets.map((s) => s.filter)).toEqual(['A1:D4', 'A1:D4', 'A1:D2']);
    const body = sheets.flatMap((s) => s.rows.slice(1));
    expect(body.map((r) => r[0]![0])).toEqual(['id0', 'id1', 'id2', 'id3', 'id4', 'id5', 'id6']);
    expect(body[1]).toEqual([
      ['id1', 's'],
      [1.5, 'n'],
      ['a|b', 's'],
      [1, 'n'],
    ]);
    expect(body[2]![2]).toEqual([null, 'n']); // null: no cell
    expect(body[3]![3]).toEqual([null, 'n']); // NaN: no cell, as the CSV writes an empty one
    const own = await ownRead(file);
    expect(own.map((s) => s.name)).toEqual(['data', 'data (2)', 'data (3)']);
    expect(own[0]!.rows[2]).toEqual(['id1', '1.5', 'a|b', '1']);
  });

  it('writes hostile text as the same text, never as a formula', async () => {
    const bytes = outputToBytes(workbookChunks([{ name: 'x', table: hostile }], { title: 't' }));
    const file = save(bytes);
    const [sheet] = openpyxlRead(file);
    // openpyxl 3.0 does not decode ECMA-376's _xHHHH_ escapes (Excel does): decode them here.
    const decode = (v: unknown) =>
      typeof v === 'string' ? v.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h) => String.fromCharCode(Number.parseInt(h, 16))) : v;
    const expected = HOSTILE.map((h) => h.replace(/[\u0000-\u0008]/g, ''));
    expect(sheet!.rows.slice(1).map((r) => decode(r[0]![0]))).toEqual(expected);
    expect(sheet!.rows.slice(1).every((r) => r[0]![1] === 's')).toBe(true); // 'f' would be a formula
    const own = await ownRead(file);
    expect(own[0]!.rows.slice(1).map((r) => r[0])).toEqual(expected);
  });

  it('gives the same bytes twice, and other dates only through SOURCE_DATE_EPOCH', () => {
    const make = (epoch?: number) => outputToBytes(workbookChunks([{ name: 'x', table }], { title: 't', sourceDateEpoch: epoch }));
    expect(make().equals(make())).toBe(true);
    expect(make(1700000000).equals(make(1700000000))).toBe(true);
    expect(make(1700000000).equals(make())).toBe(false);
  });
});

describe('kis-network.xlsx sheets', () => {
  it('writes the accounting of summary.json, rejections as type:count pairs', () => {
    const table = accountingTable({
      accounting: [
        {
          path: 'survey.csv',
          role: 'survey',
          rows_read: 10,
          rows_used: 7,
          rows_rejected: 3,
          rejected_by_type: { 'missing-value': 2, 'personal-data': 1 },
          cells_blanked: 1,
          blanked_by_type: { 'type-error': 1 },
        },
      ],
    });
    expect([...table.rows()]).toEqual([['survey.csv', 'survey', 10, 7, 3, ['missing-value:2', 'personal-data:1'], 1, ['type-error:1']]]);
  });

  it('lists every sheet in the read-me, continuation sheets too', () => {
    const sheets = workbookSheets(fixtureResult(), OPTIONS, 4);
    const readMe = [...sheets[0]!.table.rows()].map((r) => r.map((v) => v ?? ''));
    const listed = readMe.slice(readMe.findIndex((r) => r[0] === 'Bladen') + 1).map((r) => r[0]);
    expect(listed.slice(0, 3)).toEqual(['organisaties', 'organisaties (2)', 'relaties']);
    expect(readMe.find((r) => r[0] === 'organisaties (2)')![1]).toBe('vervolg van organisaties: rijen 4 tot en met 6');
    expect(sheets.map((s) => s.name)).toEqual([
      'leesmij',
      'organisaties',
      'relaties',
      'groepen',
      'menging',
      'gemeenschappen',
      'producten',
      'betrokkenheid',
      'verantwoording',
    ]);
  });
});
