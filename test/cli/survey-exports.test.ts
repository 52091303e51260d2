/**
 * Survey-tool exports (docs/contract.md §1, §2, §7): question headers get a "did you mean" with a
 * ready-to-paste `columns` mapping; `analyse` on inputs that give no organisation exits 1 with
 * one line and writes nothing; Excel's `sep=;` line works in analyse; a kis-network.config.json
 * in an input folder is used, and the run says which config it used and which it ignored.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliResult, runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TMP: string[] = [];
const tmp = (name: string) => {
  const d = mkdtempSync(path.join(os.tmpdir(), `kis-${name}-`));
  TMP.push(d);
  return d;
};
afterAll(() => {
  for (const d of TMP) rmSync(d, { recursive: true, force: true });
});

/** A Microsoft Forms export: its own columns, personal columns and the questions. */
const FORMS_HEADER = [
  'ID',
  'Begintijd',
  'Tijd van voltooien',
  'E-mail',
  'Naam',
  'Bij welke organisatie werkt u?',
  'Welk rapportcijfer geeft u KIS? (1-10)',
  'Met welke organisaties werkt u samen?',
  'Welke producten van KIS heeft u gebruikt?',
];
const FORMS_ROWS = [
  [
    '1',
    '3-4-2024 09:12',
    '3-4-2024 09:20',
    'anneke.visser@example.nl',
    'Anneke Visser',
    'Gemeente Ede',
    '8',
    'Provincie Gelderland|GGD Gelderland-Zuid',
    'Kennisbank',
  ],
  [
    '2',
    '3-4-2024 10:02',
    '3-4-2024 10:11',
    'p.deboer@example.nl',
    'Pieter de Boer',
    'Provincie Gelderland',
    '7',
    'Gemeente Ede',
    'Kennisbank|Webinar',
  ],
  ['3', '4-4-2024 14:40', '4-4-2024 14:52', 'joke.smit@example.nl', 'Joke Smit', 'GGD Gelderland-Zuid', '9', 'Gemeente Ede', 'Webinar'],
];
const PERSONAL = ['anneke.visser@example.nl', 'Anneke Visser', 'p.deboer@example.nl', 'Pieter de Boer', 'Joke Smit'];
const SNIPPET = {
  columns: {
    survey: {
      ID: 'respondent_id',
      'Bij welke organisatie werkt u?': 'organisation',
      'Welk rapportcijfer geeft u KIS? (1-10)': 'rating',
      'Met welke organisaties werkt u samen?': 'partners',
      'Welke producten van KIS heeft u gebruikt?': 'products_used',
    },
  },
};

function formsExport(dir: string): string {
  const csv = [FORMS_HEADER, ...FORMS_ROWS].map((r) => r.map((c) => (/[;"]/.test(c) ? `"${c}"` : c)).join(';')).join('\r\n');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'survey.csv'), `\ufeff${csv}\r\n`);
  return dir;
}

interface JsonIssue {
  type: string;
  line: number;
  column: string | null;
  message: string;
  hint: string | null;
}
const issuesOf = (r: CliResult): JsonIssue[] =>
  (JSON.parse(r.stdout) as { files: Array<{ issues: JsonIssue[] }> }).files.flatMap((f) => f.issues);

const snapshot = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]);

describe('a Microsoft Forms export with question headers', () => {
  it('validate: each missing required column names its question and the config snippet that maps the file', async () => {
    const dir = formsExport(path.join(tmp('forms'), 'exports'));
    const r = await runCli(['validate', dir, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const missing = issuesOf(r).filter((i) => i.type === 'missing-column');
    expect(missing.map((i) => i.message)).toEqual([
      expect.stringMatching(/^required column "respondent_id" is missing/),
      expect.stringMatching(/^required column "organisation" is missing/),
    ]);
    expect(missing[0]!.hint).toContain('Did you mean "ID"?');
    expect(missing[1]!.hint).toContain('Did you mean "Bij welke organisatie werkt u?"?');
    for (const i of missing) {
      const snippet = i.hint!.slice(i.hint!.indexOf('{"columns"'));
      expect(JSON.parse(snippet)).toEqual(SNIPPET);
    }
    const all = JSON.stringify(issuesOf(r));
    expect(all).not.toMatch(/extraAttributes/);
    for (const v of PERSONAL) expect(all).not.toContain(v);
    // The personal columns are recognised (no unknown-column) and never suggested.
    const unknown = issuesOf(r)
      .filter((i) => i.type === 'unknown-column')
      .map((i) => i.column);
    expect(unknown).not.toContain('E-mail');
    expect(unknown).not.toContain('Naam');
    expect(JSON.stringify(missing)).not.toMatch(/"(E-mail|Naam)"/);
  });

  it('the snippet, pasted into kis-network.config.json beside the data, makes the export readable', async () => {
    const base = tmp('forms-fixed');
    const dir = formsExport(path.join(base, 'exports'));
    writeFileSync(path.join(dir, 'kis-network.config.json'), JSON.stringify(SNIPPET, null, 2));
    const v = await runCli(['validate', 'exports', '--format', 'json', '--lang', 'en'], { cwd: base });
    expect(v.code).toBe(0);
    expect(v.stderr).toBe('kis-network: using exports/kis-network.config.json (found in the input folder)\n');
    expect(issuesOf(v).map((i) => `${i.type}:${i.column}`)).toEqual(['unknown-column:Begintijd', 'unknown-column:Tijd van voltooien']);
    const a = await runCli(['analyse', 'exports', '--out', 'out', '--lang', 'en'], { cwd: base });
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout.split('\n')[0]).toBe('Using exports/kis-network.config.json (found in the input folder)');
    expect(a.stdout).toMatch(/Analysed 3 organisations/);
  });
});

describe('analyse on inputs that give no organisation', () => {
  it('exits 1 with one line that says why and how to map the columns, and writes nothing', async () => {
    const base = tmp('no-orgs');
    formsExport(path.join(base, 'exports'));
    const r = await runCli(['analyse', 'exports', '--out', 'out', '--lang', 'en'], { cwd: base });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^kis-network: no organisation could be read from the inputs: exports\/survey\.csv has no usable "respondent_id" and "organisation" columns\. Map the columns in kis-network\.config\.json: \{"columns"/,
    );
    const snippet = r.stderr.slice(r.stderr.indexOf('{"columns"'), r.stderr.indexOf(' (kis-network validate'));
    expect(JSON.parse(snippet)).toEqual(SNIPPET);
    for (const v of PERSONAL) expect(r.stderr).not.toContain(v);
    expect(existsSync(path.join(base, 'out'))).toBe(false);
    expect(readdirSync(base)).toEqual(['exports']); // no temporary output folder left behind
  });

  it('leaves an earlier output folder untouched', async () => {
    const base = tmp('no-orgs-keep');
    const good = path.join(base, 'good');
    mkdirSync(good);
    writeFileSync(path.join(good, 'survey.csv'), 'respondent_id,organisation\nR1,Gemeente Ede\nR2,COA\n');
    expect((await runCli(['analyse', 'good', '--out', 'out', '--quiet', '--lang', 'en'], { cwd: base })).code).toBe(0);
    const before = snapshot(path.join(base, 'out'));
    formsExport(path.join(base, 'exports'));
    const r = await runCli(['analyse', 'exports', '--out', 'out', '--lang', 'en'], { cwd: base });
    expect(r.code).toBe(1);
    expect(snapshot(path.join(base, 'out'))).toEqual(before);
  });

  it('names the errors when every row was rejected for another reason', async () => {
    const base = tmp('no-orgs-values');
    writeFileSync(path.join(base, 'survey.csv'), 'respondent_id,organisation\nR1,\nR2, \n');
    const r = await runCli(['analyse', 'survey.csv', '--out', 'out', '--lang', 'en'], { cwd: base });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'kis-network: no organisation could be read from the inputs: all 2 rows of survey.csv were rejected (missing-value: 2). Run kis-network validate on the same inputs to see every issue and fix them; nothing was written\n',
    );
    expect(existsSync(path.join(base, 'out'))).toBe(false);
  });

  it('a file with a header and no data rows stays a usage error (exit 2)', async () => {
    const r = await runCli(
      ['analyse', 'test/fixtures/validate/header-only', '--out', path.join(tmp('header-only'), 'out'), '--lang', 'en'],
      {
        cwd: ROOT,
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('survey.csv: has a header but no data rows');
  });

  it('validate keeps its own report and exit code', async () => {
    const dir = formsExport(path.join(tmp('no-orgs-validate'), 'exports'));
    const r = await runCli(['validate', dir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('required column "organisation" is missing');
  });
});

describe("Excel's sep= line in analyse", () => {
  it('reads the file with the delimiter it names', async () => {
    const out = path.join(tmp('sep'), 'out');
    const r = await runCli(['analyse', 'test/fixtures/validate/sep-line', '--out', out, '--lang', 'en'], { cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Analysed 2 organisations/);
    expect(r.stdout).toContain('survey.csv (survey): 4 rows, 2 used');
  });
});

describe('config discovery', () => {
  /** exports/ with a survey whose unknown column warns unless a config switches it off. */
  function setup(configs: { cwd?: object; input?: object; named?: object }) {
    const base = tmp('config');
    mkdirSync(path.join(base, 'exports'));
    writeFileSync(path.join(base, 'exports', 'survey.csv'), 'respondent_id,organisation,sector_code\nR1,Gemeente Ede,S1\nR2,COA,S2\n');
    if (configs.cwd) writeFileSync(path.join(base, 'kis-network.config.json'), JSON.stringify(configs.cwd));
    if (configs.input) writeFileSync(path.join(base, 'exports', 'kis-network.config.json'), JSON.stringify(configs.input));
    if (configs.named) writeFileSync(path.join(base, 'kis.json'), JSON.stringify(configs.named));
    return base;
  }
  const OFF = { severities: { 'unknown-column': 'off' } };
  const ERROR = { severities: { 'unknown-column': 'error' } };
  const WARN = { severities: { 'unknown-column': 'warning' } };
  const severity = (r: CliResult) => issuesOf(r).map((i) => `${i.type}:${(i as unknown as { severity: string }).severity}`);

  it('uses a config in an input folder and says so', async () => {
    const base = setup({ input: OFF });
    const r = await runCli(['validate', 'exports', '--format', 'json', '--lang', 'en'], { cwd: base });
    expect(severity(r)).toEqual([]);
    expect(r.stderr).toBe('kis-network: using exports/kis-network.config.json (found in the input folder)\n');
  });

  it("the current folder's config wins over an input folder's, and the other is named as ignored", async () => {
    const base = setup({ cwd: ERROR, input: OFF });
    const r = await runCli(['validate', 'exports', '--format', 'json', '--lang', 'en'], { cwd: base });
    expect(severity(r)).toEqual(['unknown-column:error']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "kis-network: using ./kis-network.config.json; exports/kis-network.config.json is ignored (--config wins, then the current folder's config, then an input folder's)\n",
    );
  });

  it('--config wins over both, and both others are named', async () => {
    const base = setup({ cwd: ERROR, input: OFF, named: WARN });
    const r = await runCli(['validate', 'exports', '--config', 'kis.json', '--format', 'json', '--lang', 'en'], { cwd: base });
    expect(severity(r)).toEqual(['unknown-column:warning']);
    expect(r.stderr).toBe(
      "kis-network: using kis.json; ./kis-network.config.json and exports/kis-network.config.json are ignored (--config wins, then the current folder's config, then an input folder's)\n",
    );
  });

  it('a config named with --config alone, or found twice as the same file, needs no line', async () => {
    const base = setup({ named: OFF });
    const r = await runCli(['validate', 'exports', '--config', 'kis.json', '--format', 'json', '--lang', 'en'], { cwd: base });
    expect([r.code, r.stderr, severity(r)]).toEqual([0, '', []]);
    const same = setup({ input: OFF });
    const s = await runCli(['validate', 'exports', '--config', 'exports/kis-network.config.json', '--format', 'json', '--lang', 'en'], {
      cwd: same,
    });
    expect([s.code, s.stderr]).toEqual([0, '']);
    const inside = await runCli(['validate', '.', '--format', 'json', '--lang', 'en'], { cwd: path.join(same, 'exports') });
    expect(inside.stderr).toBe('kis-network: using ./kis-network.config.json\n');
  });

  it("a file PATH (not a folder) does not bring its folder's config", async () => {
    const base = setup({ input: OFF });
    const r = await runCli(['validate', 'exports/survey.csv', '--format', 'json', '--lang', 'en'], { cwd: base });
    expect([r.stderr, severity(r)]).toEqual(['', ['unknown-column:warning']]);
  });

  it('--quiet silences the line; analyse prints it on stdout', async () => {
    const base = setup({ cwd: ERROR, input: OFF });
    const q = await runCli(['validate', 'exports', '--quiet', '--format', 'json', '--lang', 'en'], { cwd: base });
    expect(q.stderr).toBe('');
    const a = await runCli(['analyse', 'exports', '--out', 'out', '--lang', 'en'], { cwd: base });
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout.split('\n')[0]).toBe(
      "Using ./kis-network.config.json; exports/kis-network.config.json is ignored (--config wins, then the current folder's config, then an input folder's)",
    );
    const aq = await runCli(['analyse', 'exports', '--out', 'out2', '--quiet', '--lang', 'en'], { cwd: base });
    expect([aq.code, aq.stdout, aq.stderr]).toEqual([0, '', '']);
  });

  it('a bad config in an input folder is a usage error that names it', async () => {
    const base = setup({ input: { severitys: {} } });
    const r = await runCli(['validate', 'exports', '--lang', 'en'], { cwd: base });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kis-network: exports/kis-network.config.json: unknown key "severitys". Did you mean "severities"?\n');
  });
});
