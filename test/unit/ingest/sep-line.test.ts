/**
 * Excel's `sep=;` first line (docs/contract.md §2): it names the delimiter, is not the header,
 * and the line numbers stay physical (the header is line 2).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFile } from '../../../src/ingest/discover.js';
import { readTable } from '../../../src/ingest/read-table.js';
import { sepLineDelimiter } from '../../../src/ingest/sep-line.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-sep-'));

async function read(name: string, bytes: string | Buffer, delimiter?: ';' | ',' | '\t') {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const records: Array<{ fields: string[]; line: number }> = [];
  const info = await readTable(inputFile(file, 'survey', dir), { role: 'survey', delimiter }, (fields, line) =>
    records.push({ fields, line }),
  );
  return { info, records };
}

describe('sepLineDelimiter', () => {
  it.each([
    ['sep=;\r\nrespondent_id;organisation', ';'],
    ['sep=,\nrespondent_id,organisation', ','],
    ['sep=\t\nrespondent_id\torganisation', '\t'],
    ['sep=\\t\nrespondent_id\torganisation', '\t'],
    ['\ufeffsep=;\nrespondent_id;organisation', ';'],
    ['SEP=;\n', ';'],
    ['sep=;;;;\na;b;c;d', ';'],
    ['sep=;', ';'],
  ])('%j names %j', (text, want) => {
    expect(sepLineDelimiter(text)).toBe(want);
  });

  it.each(['respondent_id;organisation\nsep=;', 'sep=|\na|b', 'sep=;x\n', 'sep;organisation\n', ' sep=;\n', 'separator;organisation\n'])(
    '%j is no delimiter hint',
    (text) => {
      expect(sepLineDelimiter(text)).toBeUndefined();
    },
  );
});

describe('readTable with a sep= first line', () => {
  it('takes the delimiter from it and hands on the header as line 2', async () => {
    // A comma in the values would win the sniff; the hint says ';'.
    const { info, records } = await read('survey-a.csv', 'sep=;\r\nrespondent_id;organisation\r\nR1;Gemeente Ede, afdeling Noord\r\n');
    expect(info.delimiter).toBe(';');
    expect(info.sniff.ambiguous).toBe(false);
    expect(records).toEqual([
      { fields: ['respondent_id', 'organisation'], line: 2 },
      { fields: ['R1', 'Gemeente Ede, afdeling Noord'], line: 3 },
    ]);
  });

  it('works after a UTF-8 byte-order mark, with a tab, and with Excel padding', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('sep=,\nrespondent_id,organisation\nR1,Café\n')]);
    const a = await read('survey-b.csv', bom);
    expect(a.info.delimiter).toBe(',');
    expect(a.records.map((r) => r.line)).toEqual([2, 3]);
    expect(a.records[1]!.fields).toEqual(['R1', 'Café']);

    const b = await read('survey-c.csv', 'sep=\t\nrespondent_id\torganisation\nR1\tKIS\n');
    expect(b.info.delimiter).toBe('\t');
    expect(b.records[0]).toEqual({ fields: ['respondent_id', 'organisation'], line: 2 });

    const c = await read('survey-d.csv', 'sep=;;\nrespondent_id;organisation;rating\nR1;KIS;8\n');
    expect(c.records[0]).toEqual({ fields: ['respondent_id', 'organisation', 'rating'], line: 2 });
  });

  it('is still skipped when --delimiter is given (the flag wins)', async () => {
    const { info, records } = await read('survey-e.csv', 'sep=,\nrespondent_id;organisation\nR1;KIS\n', ';');
    expect(info.delimiter).toBe(';');
    expect(records.map((r) => r.fields)).toEqual([
      ['respondent_id', 'organisation'],
      ['R1', 'KIS'],
    ]);
  });

  it('keeps physical lines across quoted line breaks after the hint', async () => {
    const { records } = await read('survey-f.csv', 'sep=;\nrespondent_id;organisation;opmerking\nR1;KIS;"twee\nregels"\nR2;COA;x\n');
    expect(records.map((r) => r.line)).toEqual([2, 3, 5]);
  });
});
