import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const CLEAN = path.resolve(import.meta.dirname, '../fixtures/validate/clean');

describe('validate: edge cases of the report file and headerless input', () => {
  it('refuses -o naming an input file, leaving it untouched', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-vo-'));
    cpSync(CLEAN, dir, { recursive: true });
    const before = readFileSync(path.join(dir, 'survey.csv'));
    const r = await runCli(['validate', dir, '-o', path.join(dir, 'survey.csv'), '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('one of the input files');
    expect(readFileSync(path.join(dir, 'survey.csv')).equals(before)).toBe(true);
  });

  it('refuses -o naming a folder with one clear line', async () => {
    const r = await runCli(['validate', CLEAN, '-o', CLEAN, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a folder/);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('does not echo the cells of a file exported without its header row', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-nohead-'));
    writeFileSync(
      path.join(dir, 'survey.csv'),
      'R-2501,Gemeente Ede,7,Jan Jansen,jan.jansen@ede.example\nR-2502,Gemeente Epe,8,Piet Peters,piet@epe.example\n',
    );
    const r = await runCli(['validate', dir, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    for (const secret of ['R-2501', 'Jan Jansen', 'jan.jansen@ede.example']) expect(r.stdout).not.toContain(secret);
    const report = JSON.parse(r.stdout);
    const types = report.files[0].issues.map((i: { type: string }) => i.type);
    expect(types).toEqual(['missing-column', 'missing-column']);
    expect(report.files[0].issues[0].hint).toMatch(/header row/);
  });
});
