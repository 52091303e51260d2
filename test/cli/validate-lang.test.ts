/**
 * `--lang` for validate and CLI messages (docs/contract.md §1, §7): Dutch by default, English
 * with `--lang en`. Every case of the validate corpus is run in both languages: the issues
 * (type, file, line, column, severity) and the counts are identical, every message and hint
 * exists in both languages and differs, and no Dutch text carries English boilerplate.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS_REL = 'test/fixtures/validate';
const CORPUS = path.join(ROOT, CORPUS_REL);

interface Expected {
  exit: number;
  command?: string;
  paths?: string[];
  args?: string[];
}
interface Issue {
  type: string;
  severity: string;
  file: string;
  line: number | null;
  column: string | null;
  message: string;
  hint: string | null;
}
interface Report {
  valid: boolean;
  errors: number;
  warnings: number;
  files: Array<{ path: string; rows_read: number; rows_used: number; issues: Issue[] }>;
}

const CASES = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(path.join(CORPUS, d.name)).includes('expected.json'))
  .map((d) => d.name)
  .map((name) => ({ name, expected: JSON.parse(readFileSync(path.join(CORPUS, name, 'expected.json'), 'utf8')) as Expected }))
  .filter((c) => c.expected.exit !== 2 && (c.expected.command ?? 'validate') === 'validate');

const sub = (s: string, dir: string) => s.replaceAll('{dir}', dir);
function args(name: string, e: Expected, format: string, lang?: 'nl' | 'en'): string[] {
  const dir = `${CORPUS_REL}/${name}`;
  const paths = (e.paths ?? ['{dir}']).map((p) => sub(p, dir));
  return ['validate', ...paths, ...(e.args ?? []).map((a) => sub(a, dir)), '--format', format, ...(lang ? ['--lang', lang] : [])];
}

/** English phrases that must not show up in a Dutch message or hint. */
const ENGLISH = [
  / is missing/,
  / is empty/,
  /not in the register/,
  /Did you mean/,
  /\bthe (row|cell|file|header|relation)\b/,
  /\bcolumn\b/,
  /\bDelete\b/,
  /\bAdd\b/,
  /\bwhere the header has\b/,
  /\bleft out\b/,
];

describe.each(CASES)('validate $name in Dutch and English', ({ name, expected }) => {
  let nl: Report;
  let en: Report;
  let explicitNl: Report;
  beforeAll(async () => {
    nl = JSON.parse((await runCli(args(name, expected, 'json'), { cwd: ROOT })).stdout) as Report;
    explicitNl = JSON.parse((await runCli(args(name, expected, 'json', 'nl'), { cwd: ROOT })).stdout) as Report;
    en = JSON.parse((await runCli(args(name, expected, 'json', 'en'), { cwd: ROOT })).stdout) as Report;
  });

  it('Dutch is the default', () => {
    expect(nl).toEqual(explicitNl);
  });

  it('has the same issues (type, severity, file, line, column) and counts in both languages', () => {
    const shape = (r: Report) => ({
      valid: r.valid,
      errors: r.errors,
      warnings: r.warnings,
      files: r.files.map((f) => ({
        path: f.path,
        rows_read: f.rows_read,
        rows_used: f.rows_used,
        issues: f.issues.map((i) => [i.type, i.severity, i.file, i.line, i.column, i.hint === null]),
      })),
    });
    expect(shape(nl)).toEqual(shape(en));
  });

  it('writes every message and hint in both languages, differently, with no English left in the Dutch', () => {
    const nlIssues = nl.files.flatMap((f) => f.issues);
    const enIssues = en.files.flatMap((f) => f.issues);
    nlIssues.forEach((n, k) => {
      const e = enIssues[k]!;
      expect(n.message.length, e.message).toBeGreaterThan(5);
      expect(n.message, `${n.type}: ${e.message}`).not.toBe(e.message);
      if (e.hint !== null) expect(n.hint, `${n.type}: ${e.hint}`).not.toBe(e.hint);
      for (const english of ENGLISH) {
        expect(n.message, `${n.type} message`).not.toMatch(english);
        expect(n.hint ?? '', `${n.type} hint`).not.toMatch(english);
      }
    });
  });
});

describe('Dutch messages', () => {
  const dir = (name: string) => `${CORPUS_REL}/${name}`;

  it('names a few rules in Dutch, with the type ids unchanged', async () => {
    const messages = async (name: string) =>
      (JSON.parse((await runCli(['validate', dir(name), '--format', 'json'], { cwd: ROOT })).stdout) as Report).files.flatMap((f) =>
        f.issues.map((i) => `${i.type}: ${i.message}`),
      );
    const all = [...(await messages('missing-columns')), ...(await messages('unknown-organisations')), ...(await messages('blank-rows'))];
    expect(all).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^missing-column: verplichte kolom "[a-z_]+" ontbreekt/),
        expect.stringMatching(/^unknown-organisation: ".+" staat niet in het register/),
        expect.stringMatching(/^blank-row: lege rij$/),
      ]),
    );
  });

  it('stylish: severities and the summary line in Dutch', async () => {
    const r = await runCli(['validate', dir('self-relations')], { cwd: ROOT });
    expect(r.stdout).toMatch(/\n✖ \d+ problemen? \(\d+ fout(en)?, \d+ waarschuwing(en)?\)\n$/);
    expect(r.stdout).toMatch(/ waarschuwing {2}/);
    expect(r.stdout).toMatch(/\(\w+, \d+ rij(en)?: \d+ gebruikt, \d+ afgewezen\)/);
    expect(r.stdout).not.toMatch(/problems|warnings?\b/);
  });

  it('a usage error is Dutch by default and English with --lang en', async () => {
    const nl = await runCli(['validate', dir('self-relations'), '--max-warnings', 'some'], { cwd: ROOT });
    expect(nl.code).toBe(2);
    expect(nl.stderr).toBe('kis-network: --max-warnings moet een geheel getal zijn, niet "some". bijv. --max-warnings 0\n');
    const en = await runCli(['validate', dir('self-relations'), '--max-warnings', 'some', '--lang', 'en'], { cwd: ROOT });
    expect(en.stderr).toBe('kis-network: --max-warnings must be a whole number, not "some". e.g. --max-warnings 0\n');
  });

  it('an error raised before the options are resolved follows --lang too', async () => {
    const nl = await runCli(['validate', 'no-such-folder/'], { cwd: ROOT });
    const en = await runCli(['validate', 'no-such-folder/', '--lang', 'en'], { cwd: ROOT });
    expect(nl.code).toBe(2);
    expect(en.code).toBe(2);
    expect(nl.stderr).toMatch(/^kis-network: no-such-folder\/: bestand of map bestaat niet/);
    expect(en.stderr).toMatch(/^kis-network: no-such-folder\/: no such file or folder/);
  });

  it('input-file errors (discovery, reading, workbooks) are Dutch by default', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-lang-'));
    writeFileSync(path.join(dir, 'contacten.xls'), 'not a workbook');
    writeFileSync(path.join(dir, 'survey.csv'), '');
    const xls = await runCli(['validate', dir]);
    expect(xls.stderr).toContain('.xls-bestanden kunnen niet gelezen worden; sla het op als .xlsx of .csv');
    const empty = await runCli(['validate', '--survey', path.join(dir, 'survey.csv')]);
    expect(empty.stderr).toContain('het bestand is leeg');
    expect((await runCli(['validate', '--survey', path.join(dir, 'survey.csv'), '--lang', 'en'])).stderr).toContain('the file is empty');
  });
});
