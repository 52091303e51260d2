/**
 * readTable wraps only failures to read a file into the user-facing InputError ("cannot be
 * read"); an exception from the record handler (a rule, the builder) passes through as it is.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { inputFile } from '../../../src/ingest/discover.js';
import { readTable } from '../../../src/ingest/read-table.js';

// Reading a file whose name contains "eio" fails half-way, as a failing disk would.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const createReadStream = ((p: string, o: unknown) => {
    if (!String(p).includes('eio')) return fs.createReadStream(p, o as never);
    return new Readable({
      read() {
        this.destroy(Object.assign(new Error('i/o error'), { code: 'EIO' }));
      },
    });
  }) as typeof fs.createReadStream;
  return { ...fs, createReadStream, default: { ...fs, createReadStream } };
});

const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-read-errors-'));
// Large enough (past the sniff sample) that records are handed on while the file is still read.
const write = (name: string) => {
  const rows = Array.from({ length: 5000 }, (_, i) => `R${i},Gemeente Ede\n`).join('');
  writeFileSync(path.join(dir, name), `respondent_id,organisation\n${rows}`);
  return inputFile(path.join(dir, name), 'survey', dir);
};

describe('readTable errors', () => {
  it('turns a failed read into "cannot be read"', async () => {
    const err = await readTable(write('survey-eio.csv'), { role: 'survey' }, () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/survey-eio\.csv: cannot be read \(EIO\)/);
  });

  it('lets an exception from the record handler through unchanged', async () => {
    const bug = new TypeError('a bug in a rule');
    const err = await readTable(write('survey.csv'), { role: 'survey' }, () => {
      throw bug;
    }).catch((e: unknown) => e);
    expect(err).toBe(bug);
  });
});
