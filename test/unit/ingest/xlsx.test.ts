/**
 * The workbook reader (src/ingest/xlsx.ts, zip.ts): typed cells become the text the CSV path
 * reads, rows keep their spreadsheet numbers, the header is the first non-empty row, and
 * damaged, encrypted or foreign files fail in one line. Workbooks come from the test writer
 * (test/helpers/xlsx-writer.ts) and, for honesty, from openpyxl (a real tool).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../../src/errors.js';
import { discoverInputs } from '../../../src/ingest/discover.js';
import { isDateFormat, numberText, readSheet, serialToIso } from '../../../src/ingest/xlsx.js';
import { requireOpenpyxl } from '../../helpers/system-tools.js';
import { type Sheet, workbookParts, writeXlsx, zip } from '../../helpers/xlsx-writer.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-xlsx-'));
let n = 0;
const save = (bytes: Buffer, name = `book${n++}.xlsx`) => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

async function rows(file: string, sheet: string): Promise<Array<[number, string[]]>> {
  const out: Array<[number, string[]]> = [];
  await readSheet(file, path.basename(file), sheet, (fields, line) => out.push([line, fields]));
  return out;
}

const one = (rowsOf: Sheet['rows'], name = 'survey') => save(writeXlsx([{ name, rows: rowsOf }]));

describe('cell values', () => {
  it('renders numbers as the value parsers read them', () => {
    expect(numberText('7')).toBe('7');
    expect(numberText('7.5')).toBe('7.5');
    expect(numberText('7.0')).toBe('7');
    expect(numberText('1.2E-3')).toBe('0.0012');
    expect(numberText('0.30000000000000004')).toBe('0.30000000000000004');
    expect(numberText('-0')).toBe('0');
  });

  it('turns date serials into ISO dates in both date systems', () => {
    expect(serialToIso(45292, false)).toBe('2024-01-01');
    expect(serialToIso(45292.5, false)).toBe('2024-01-01T12:00:00');
    expect(serialToIso(43830, true)).toBe('2024-01-01');
  });

  it('tells date formats from number formats', () => {
    for (const code of ['dd/mm/yyyy', 'd-mmm-yy', 'yyyy-mm-dd hh:mm', '[h]:mm:ss', '[$-413]d mmmm yyyy', 'mm:ss'])
      expect(isDateFormat(code)).toBe(true);
    for (const code of ['0.00', '#,##0', '0%', '"dag" 0', 'General', '[Red]0.0', '0.0_);(0.0)']) expect(isDateFormat(code)).toBe(false);
  });

  it('reads typed cells: numbers, dates, booleans, formulas, rich and inline text, errors, empty cells', async () => {
    const file = one([
      ['respondent_id', 'organisation', 'rating', 'when', 'ok', 'sum', 'label', 'note'],
      ['R1', 'Gemeente Ede', 8, { date: 45292 }, true, { formula: 'C2+1', value: 9 }, { rich: ['Ge', 'meente'] }, { inline: 'a & b' }],
      ['R2', 'Gemeente Ede', 7.5, { date: 45292.25, custom: true }, false, { formula: 'A2&"x"', value: 'R1x' }, { error: '#N/A' }, null],
      ['R3', 'Gemeente Ede', { formula: 'NOW()' }],
    ]);
    expect(await rows(file, 'survey')).toEqual([
      [1, ['respondent_id', 'organisation', 'rating', 'when', 'ok', 'sum', 'label', 'note']],
      [2, ['R1', 'Gemeente Ede', '8', '2024-01-01', 'TRUE', '9', 'Gemeente', 'a & b']],
      [3, ['R2', 'Gemeente Ede', '7.5', '2024-01-01T06:00:00', 'FALSE', 'R1x', '#N/A', '']],
      [4, ['R3', 'Gemeente Ede', '', '', '', '', '', '']],
    ]);
  });

  it('decodes XML entities, character references and _xHHHH_ escapes; leaves out phonetic runs', async () => {
    const parts = workbookParts([{ name: 'survey', rows: [['a', 'b', 'c']] }]);
    parts['xl/sharedStrings.xml'] =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>R&amp;D &#233;&#x20AC;</t></si><si><t>line_x000D__x000A_two _x005F_x0041_</t></si><si><r><t>Tōkyō</t></r><rPh sb="0" eb="1"><t>トウキョウ</t></rPh></si></sst>';
    const file = save(zip(parts));
    expect(await rows(file, 'survey')).toEqual([[1, ['R&D é€', 'line\r\ntwo _x0041_', 'Tōkyō']]]);
  });
});

describe('rows', () => {
  it('takes the first non-empty row as the header, keeps spreadsheet row numbers and hands on gaps as blank rows', async () => {
    const file = one([
      { r: 3, cells: [null, null] },
      { r: 4, cells: ['respondent_id', 'organisation', null] },
      { r: 5, cells: ['R1', 'Gemeente Ede'] },
      { r: 8, cells: ['R2', null, null, 'extra'] },
    ]);
    expect(await rows(file, 'survey')).toEqual([
      [4, ['respondent_id', 'organisation']],
      [5, ['R1', 'Gemeente Ede']],
      [6, []],
      [7, []],
      [8, ['R2', '', '', 'extra']],
    ]);
  });

  it('reads rows and cells without r attributes, prefixed elements and the 1904 date system', async () => {
    const parts = workbookParts([{ name: 'survey', rows: [] }], { date1904: true });
    parts['xl/worksheets/sheet1.xml'] =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>id</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>when</x:t></x:is></x:c></x:row><x:row><x:c><x:v>1</x:v></x:c><x:c s="1"><x:v>43830</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const file = save(zip(parts));
    expect(await rows(file, 'survey')).toEqual([
      [1, ['id', 'when']],
      [2, ['1', '2024-01-01']],
    ]);
  });

  it('says so when a sheet is empty', async () => {
    const file = one([]);
    await expect(rows(file, 'survey')).rejects.toThrow(/\[?.*: the sheet is empty/);
  });

  it('passes an exception from the record handler through unchanged', async () => {
    const file = one([['a'], ['b']]);
    const boom = new TypeError('boom');
    await expect(
      readSheet(file, 'x', 'survey', () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
  });
});

describe('damaged, protected and foreign files', () => {
  it('reports a corrupt workbook in one line', async () => {
    const good = writeXlsx([{ name: 'survey', rows: [['a'], ['b']] }]);
    const cases = [
      Buffer.from('this is not a zip file at all'),
      good.subarray(0, good.length - 30),
      Buffer.concat([good.subarray(0, 200), Buffer.alloc(300), good.subarray(500)]),
    ];
    for (const bytes of cases) {
      const err = await rows(save(bytes), 'survey').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).toLine()).toMatch(
        /^book\d+\.xlsx: cannot be read as an Excel workbook \(.+\)\. Open it in Excel and save it again/,
      );
    }
  });

  it('reports a password-protected workbook in one line', async () => {
    // An encrypted Office file is an OLE2 compound file with an EncryptionInfo stream.
    const cfb = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(1000),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(100),
    ]);
    const err = await rows(save(cfb), 'survey').catch((e: unknown) => e);
    expect((err as InputError).message).toMatch(/book\d+\.xlsx: is protected with a password and cannot be read/);
  });

  it('gives .xls, .ods and .numbers files the one-line hint', () => {
    for (const ext of ['xls', 'ods', 'numbers']) {
      const name = `contacten.${ext}`;
      writeFileSync(path.join(dir, name), 'x');
      const err = (() => {
        try {
          discoverInputs([name], {}, dir);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(UsageError);
      expect((err as UsageError).toLine()).toBe(`contacten.${ext}: .${ext} files cannot be read; save it as .xlsx or .csv`);
      expect(() => discoverInputs([], { contacts: name }, dir)).toThrow(`.${ext} files cannot be read`);
    }
  });
});

describe('discovery', () => {
  it('feeds one role per role sheet, a single sheet the role of its file name, and skips other workbooks in a folder', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'kis-xlsx-discover-'));
    writeFileSync(
      path.join(folder, 'register.xlsx'),
      writeXlsx([
        { name: 'Contacten', rows: [['organisation'], ['A']] },
        { name: 'notes', rows: [['x']] },
        { name: 'interviews', rows: [['interview_id'], ['I1']] },
      ]),
    );
    writeFileSync(path.join(folder, 'enquete-2024.xlsx'), writeXlsx([{ name: 'Blad1', rows: [['respondent_id'], ['R1']] }]));
    writeFileSync(path.join(folder, 'budget.xlsx'), writeXlsx([{ name: 'Blad1', rows: [['x']] }]));
    writeFileSync(path.join(folder, 'broken.xlsx'), 'not a workbook');
    const found = discoverInputs([folder], {}, folder);
    expect(found.inputs.map((f) => [f.role, f.name, f.sheet])).toEqual([
      ['contacts', 'register.xlsx[Contacten]', 'Contacten'],
      ['interviews', 'register.xlsx[interviews]', 'interviews'],
      ['survey', 'enquete-2024.xlsx[Blad1]', 'Blad1'],
    ]);
    // A flag takes the sheet of its role, or the only sheet.
    const flagged = discoverInputs([], { contacts: 'register.xlsx', survey: 'budget.xlsx' }, folder);
    expect(flagged.inputs.map((f) => f.display)).toEqual(['register.xlsx[Contacten]', 'budget.xlsx[Blad1]']);
    expect(() => discoverInputs([], { survey: 'register.xlsx' }, folder)).toThrow(/none of its 3 sheets is the survey sheet/);
    expect(() => discoverInputs(['budget.xlsx'], {}, folder)).toThrow(/cannot tell whether this is the/);
    expect(() => discoverInputs(['broken.xlsx'], {}, folder)).toThrow(/broken\.xlsx: cannot be read as an Excel workbook/);
  });
});

describe('a workbook written by openpyxl', () => {
  it('reads its shared strings, numbers, dates, booleans and formulas', async () => {
    const python = requireOpenpyxl();
    const file = path.join(dir, 'openpyxl.xlsx');
    execFileSync(python, [
      '-c',
      `
import datetime, openpyxl, sys
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'enquete'
ws.append(['respondent_id', 'organisation', 'rating', 'when', 'ok', 'double'])
ws.append(['R1', 'Gemeente Ede', 8, datetime.date(2024, 3, 1), True, '=C2*2'])
ws.append(['R2', 'Zorg & Welzijn <NL>', 7.5, datetime.datetime(2024, 3, 1, 9, 30), False, None])
ws.append([])
ws.append(['R3', ' Café ', None, 'tekst', None, None])
wb.create_sheet('contacten').append(['organisation'])
wb.save(sys.argv[1])
`,
      file,
    ]);
    expect(await rows(file, 'enquete')).toEqual([
      [1, ['respondent_id', 'organisation', 'rating', 'when', 'ok', 'double']],
      [2, ['R1', 'Gemeente Ede', '8', '2024-03-01', 'TRUE', '']], // openpyxl stores no cached result
      [3, ['R2', 'Zorg & Welzijn <NL>', '7.5', '2024-03-01T09:30:00', 'FALSE', '']],
      [4, []],
      [5, ['R3', ' Café ', '', 'tekst', '', '']],
    ]);
    expect(discoverInputs([file], {}, dir).inputs.map((f) => f.name)).toEqual(['openpyxl.xlsx[contacten]', 'openpyxl.xlsx[enquete]']);
  });
});
