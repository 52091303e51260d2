import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/ingest/read-table.js';
import { inputFile } from '../../../src/ingest/discover.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-read-'));

describe('readTable', () => {
  it('detects Windows-1252 even when the first non-ASCII byte comes after the first megabyte', async () => {
    const head = 'respondent_id;organisation;rating\r\n';
    const rows = Array.from({ length: 60_000 }, (_, i) => `R${i};Gemeente Ede;7\r\n`).join('');
    const tail = Buffer.from([...Buffer.from('R-x;Caf'), 0xe9, 0x20, 0x80, ...Buffer.from(' Centraal;8\r\n')]);
    const file = path.join(dir, 'survey.csv');
    writeFileSync(file, Buffer.concat([Buffer.from(head + rows), tail]));
    expect(head.length + rows.length).toBeGreaterThan(1 << 20);
    const records: string[][] = [];
    const info = await readTable(inputFile(file, 'survey', dir), { role: 'survey' }, (f) => records.push(f));
    expect(info.encoding).toBe('windows-1252');
    expect(info.delimiter).toBe(';');
    expect(records.at(-1)).toEqual(['R-x', 'Café € Centraal', '8']);
    expect(records).toHaveLength(60_002);
  });
});
