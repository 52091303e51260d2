/** The output folder: replaced as a whole, and readable by colleagues as the umask allows. */
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { writeOutputFolder } from '../../../src/io.js';

const saved = process.umask();
afterEach(() => {
  process.umask(saved);
});

it.each([
  [0o022, 0o755],
  [0o002, 0o775],
  [0o077, 0o700],
])('with umask %o the output folder gets mode %o', async (umask, mode) => {
  process.umask(umask);
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'kis-io-')), 'out');
  await writeOutputFolder(out, [['a.txt', () => 'first']]);
  expect(statSync(out).mode & 0o777).toBe(mode);
});

it('replaces an existing folder as a whole and leaves no temporary folder behind', async () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'kis-io-'));
  const out = path.join(parent, 'out');
  await writeOutputFolder(out, [
    ['a.txt', () => 'first'],
    ['b.txt', () => 'old'],
  ]);
  await writeOutputFolder(out, [['a.txt', () => 'second']]);
  expect(readdirSync(out)).toEqual(['a.txt']);
  expect(readFileSync(path.join(out, 'a.txt'), 'utf8')).toBe('second');
  expect(readdirSync(parent)).toEqual(['out']);
});
