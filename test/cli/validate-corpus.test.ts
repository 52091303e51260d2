/**
 * The `validate` fixture corpus: one folder per case in test/fixtures/validate/, each with an
 * `expected.json`. Every case runs in every reporter format; the exit code must match in all of
 * them, the JSON report must list exactly the expected (type, file, line) issues and satisfy
 * schema/validate-report.schema.json, and the other formats must agree with it. Clean failures
 * (exit 2) must print one line on stderr, no stack trace and nothing on stdout. No report in any
 * format may contain a personal value (contact names, e-mail addresses, phone numbers, free
 * text) or a respondent id from the fixtures (docs/contract.md §6).
 */
import { cpSync, existsSync, mkdtempSync as mkdtemp, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchColumn } from '../../src/config/columns.js';
import { parseCsv } from '../../src/ingest/csv-parser.js';
import { createDecoder, detectEncoding } from '../../src/ingest/decode.js';
import { roleOfName } from '../../src/ingest/discover.js';
import { sepLineDelimiter } from '../../src/ingest/sep-line.js';
import { sniffDelimiter } from '../../src/ingest/sniff.js';
import { ISSUE_TYPES } from '../../src/quality/issue.js';
import { runCli, type CliResult } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS_REL = 'test/fixtures/validate';
const CORPUS = path.join(ROOT, CORPUS_REL);
const FORMATS = ['stylish', 'json', 'github', 'junit'] as const;
type Format = (typeof FORMATS)[number];

interface ExpectedIssue {
  type: string;
  file: string;
  line: number;
}
interface ExpectedFile {
  rows_read: number;
  rows_used: number;
  rows_rejected: number;
  rejected_by_type?: Record<string, number>;
  cells_blanked?: number;
  blanked_by_type?: Record<string, number>;
}
interface Expected {
  description: string;
  command?: 'validate' | 'analyse';
  /** PATH arguments; default: the case folder. `{dir}` is the case folder. */
  paths?: string[];
  args?: string[];
  exit: 0 | 1 | 2;
  errors?: number;
  warnings?: number;
  issues?: ExpectedIssue[];
  /** Substrings that some issue message must contain. */
  messages?: string[];
  /** Substrings that some issue hint must contain. */
  hints?: string[];
  /** Accounting per file (by base name); also the exact set of files read. */
  files?: Record<string, ExpectedFile>;
  /** For clean failures: a substring of the one stderr line. */
  stderr?: string;
  /** Person-level values to look for besides those found in recognised personal columns. */
  personal?: string[];
}

interface JsonIssue {
  type: string;
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  column: string | null;
  message: string;
  hint: string | null;
}
interface JsonFile {
  path: string;
  role: string;
  rows_read: number;
  rows_used: number;
  rows_rejected: number;
  rejected_by_type: Record<string, number>;
  cells_blanked: number;
  blanked_by_type: Record<string, number>;
  issues: JsonIssue[];
}
interface JsonReport {
  valid: boolean;
  errors: number;
  warnings: number;
  files: JsonFile[];
}

const CASES = readdirSync(CORPUS)
  .filter((d) => existsSync(path.join(CORPUS, d, 'expected.json')))
  .sort()
  .map((name) => ({ name, expected: JSON.parse(readFileSync(path.join(CORPUS, name, 'expected.json'), 'utf8')) as Expected }));
const REPORT_CASES = CASES.filter((c) => c.expected.exit !== 2);
const FAILURE_CASES = CASES.filter((c) => c.expected.exit === 2 && c.expected.command !== 'analyse');

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateSchema = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schema/validate-report.schema.json'), 'utf8')));

const TMP: string[] = [];
const mkdtempSync = (prefix: string) => {
  const d = mkdtemp(prefix);
  TMP.push(d);
  return d;
};
afterAll(() => {
  for (const d of TMP) rmSync(d, { recursive: true, force: true });
});

const sub = (s: string, dir: string) => s.replaceAll('{dir}', dir);

/** The expectations are in English (`--lang en`); the Dutch messages are checked below. */
function argsOf(name: string, e: Expected, format: Format, lang: 'nl' | 'en' = 'en'): string[] {
  const dir = `${CORPUS_REL}/${name}`;
  const paths = (e.paths ?? ['{dir}']).map((p) => sub(p, dir));
  return [e.command ?? 'validate', ...paths, ...(e.args ?? []).map((a) => sub(a, dir)), '--format', format, '--lang', lang];
}

/**
 * Every personal value and respondent id in the CSV files of a case folder, read with the
 * project's own decoder, delimiter sniffer and parser; columns are recognised as the tool does.
 */
function personalValues(dir: string): string[] {
  const out = new Set<string>();
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    const role = roleOfName(name);
    if (!/\.csv$/i.test(name) || role === undefined || role === 'aliases' || !statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    if (bytes.length === 0) continue;
    const decoder = createDecoder(detectEncoding(bytes));
    const text = decoder.write(bytes) + decoder.end();
    let records: ReturnType<typeof parseCsv>;
    const hinted = sepLineDelimiter(text); // Excel's `sep=;` line is not the header
    const delimiter = hinted ?? sniffDelimiter(text, role, true).delimiter;
    try {
      records = parseCsv(text, delimiter);
    } catch {
      records = parseCsv(text.replaceAll('"', ''), delimiter);
    }
    if (hinted) records = records.slice(1);
    const header = records[0]?.fields ?? [];
    const personal = header.flatMap((h, i) => {
      const c = matchColumn(role, h);
      return c === 'personal' || c === 'respondent_id' ? [i] : [];
    });
    for (const r of records.slice(1)) {
      for (const i of personal) {
        for (const v of (r.fields[i] ?? '').split(/\r?\n/)) if (v.trim().length >= 4) out.add(v.trim());
      }
    }
  }
  return [...out];
}

/** A respondent id is found as a whole token only (R-1001 is not in R-10011). */
function leaks(text: string, values: readonly string[]): string[] {
  return values.filter((v) => {
    const esc = v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\w-])${esc}(?![\\w-])`).test(text);
  });
}

/** A small well-formedness check: balanced tags, one root, quoted attributes, valid entities, no stray `<` or `&`. */
function checkWellFormedXml(xml: string): { elements: Map<string, number> } {
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
  const checkText = (t: string, where: string) => {
    if (t.replace(entity, '').includes('&')) throw new Error(`bad & in ${where}: ${t.slice(0, 80)}`);
  };
  let s = xml;
  const decl = /^<\?xml\s+version="1\.0"(\s+encoding="[\w-]+")?\s*\?>/.exec(s);
  if (!decl) throw new Error('no XML declaration');
  s = s.slice(decl[0].length);
  const stack: string[] = [];
  const elements = new Map<string, number>();
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|[^<]+/y;
  while (token.lastIndex < s.length) {
    const at = token.lastIndex;
    const m = token.exec(s);
    if (!m) throw new Error(`not well-formed at ${at}: ${s.slice(at, at + 60)}`);
    if (m[2] === undefined) {
      if (stack.length === 0 && m[0].trim() !== '') throw new Error(`text outside the root: ${m[0].slice(0, 40)}`);
      checkText(m[0], 'text');
      continue;
    }
    const [, close, name, attrs, selfClose] = m as unknown as [string, string, string, string, string];
    if (close) {
      if (attrs || selfClose) throw new Error(`bad end tag ${m[0]}`);
      if (stack.pop() !== name) throw new Error(`</${name}> does not close the open element`);
      continue;
    }
    const names = [...attrs.matchAll(/([A-Za-z_][\w.-]*)\s*=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) throw new Error(`repeated attribute in <${name}>`);
    checkText(attrs, `<${name}> attributes`);
    if (stack.length === 0) roots++;
    elements.set(name!, (elements.get(name!) ?? 0) + 1);
    if (!selfClose) stack.push(name!);
  }
  if (stack.length !== 0) throw new Error(`unclosed <${stack.join('> <')}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
  return { elements };
}

const key = (i: { type: string; file: string; line: number | null }) => `${path.basename(i.file)}:${i.line}:${i.type}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

describe('the fixture corpus', () => {
  it('has report cases and clean-failure cases', () => {
    expect(REPORT_CASES.length).toBeGreaterThanOrEqual(15);
    expect(FAILURE_CASES.length).toBeGreaterThanOrEqual(10);
  });

  it('covers every issue type at least once', () => {
    const seen = new Set(REPORT_CASES.flatMap((c) => (c.expected.issues ?? []).map((i) => i.type)));
    expect([...ISSUE_TYPES].filter((t) => !seen.has(t))).toEqual([]);
  });

  it('has personal values to look for', () => {
    const all = CASES.flatMap((c) => personalValues(path.join(CORPUS, c.name)));
    expect(all.length).toBeGreaterThan(60);
    expect(all).toContain('José Pérez-Ortega'); // decoded from Windows-1252
    expect(all).toContain('R-1303');
    expect(all).toContain('regel twee van het antwoord'); // inside a quoted multi-line field
  });
});

describe('schema/validate-report.schema.json', () => {
  let good: JsonReport;
  beforeAll(async () => {
    good = JSON.parse(
      (await runCli(['validate', `${CORPUS_REL}/duplicate-ids`, '--format', 'json', '--lang', 'en'], { cwd: ROOT })).stdout,
    ) as JsonReport;
  });
  const mutate = (f: (r: JsonReport & Record<string, unknown>) => void) => {
    const r = structuredClone(good) as JsonReport & Record<string, unknown>;
    f(r);
    return validateSchema(r);
  };
  const issue0 = (r: JsonReport) => r.files[0]!.issues[0]! as unknown as Record<string, unknown>;

  it('accepts a real report', () => {
    expect(validateSchema(good)).toBe(true);
  });

  it.each<[string, (r: JsonReport & Record<string, unknown>) => void]>([
    ['a missing top-level key', (r) => delete (r as Partial<JsonReport>).warnings],
    ['an extra top-level key', (r) => (r.extra = 1)],
    ['valid: true with errors', (r) => (r.valid = true)],
    ['valid: false without errors', (r) => Object.assign(r, { valid: false, errors: 0 })],
    ['a negative count', (r) => (r.files[0]!.rows_read = -1)],
    ['a fractional count', (r) => (r.files[0]!.rows_used = 1.5)],
    ['an unknown role', (r) => (r.files[0]!.role = 'register')],
    ['rejected_by_type with an unknown type', (r) => (r.files[0]!.rejected_by_type = { 'bad-row': 1 })],
    ['rejected_by_type with a zero count', (r) => (r.files[0]!.rejected_by_type = { 'duplicate-id': 0 })],
    ['a file without issues[]', (r) => delete (r.files[0] as Partial<JsonFile>).issues],
    ['an unknown issue type', (r) => (issue0(r).type = 'duplicate')],
    ['an unknown severity', (r) => (issue0(r).severity = 'info')],
    ['line 0', (r) => (issue0(r).line = 0)],
    ['a line as a string', (r) => (issue0(r).line = '4')],
    ['an issue without column', (r) => delete issue0(r).column],
    ['an empty message', (r) => (issue0(r).message = '')],
    ['an extra issue key', (r) => (issue0(r).value = 'R-9001')],
  ])('rejects %s', (_what, f) => {
    expect(mutate(f)).toBe(false);
  });

  it('accepts a whole-file issue (line null) and an issue without column or hint', () => {
    expect(mutate((r) => Object.assign(issue0(r), { line: null, column: null, hint: null }))).toBe(true);
  });
});

describe.each(REPORT_CASES)('validate $name', ({ name, expected }) => {
  const results = {} as Record<Format, CliResult>;
  let report: JsonReport;
  const personal = [...personalValues(path.join(CORPUS, name)), ...(expected.personal ?? [])];
  const issues = () => report.files.flatMap((f) => f.issues);

  beforeAll(async () => {
    for (const format of FORMATS) results[format] = await runCli(argsOf(name, expected, format), { cwd: ROOT });
    report = JSON.parse(results.json.stdout) as JsonReport;
  });

  it.each(FORMATS)(`exits ${expected.exit} with --format %s and writes nothing on stderr`, (format) => {
    expect(results[format].stderr).toBe('');
    expect(results[format].code).toBe(expected.exit);
  });

  it('json: matches schema/validate-report.schema.json', () => {
    const ok = validateSchema(report);
    expect(ok ? [] : validateSchema.errors).toEqual([]);
  });

  it('json: lists exactly the expected issues (type, file, line)', () => {
    const actual = issues().map(key).sort();
    const want = (expected.issues ?? []).map(key).sort();
    expect(actual).toEqual(want);
  });

  it('json: every issue names its file, line, column and says what is wrong', () => {
    for (const i of issues()) {
      expect(Object.keys(i)).toEqual(expect.arrayContaining(['file', 'line', 'column', 'message']));
      expect(i.file.startsWith(`${CORPUS_REL}/${name}/`)).toBe(true);
      expect(Number.isInteger(i.line) && i.line! >= 1).toBe(true);
      expect(i.column === null || (typeof i.column === 'string' && i.column.length > 0)).toBe(true);
      expect(i.message.length).toBeGreaterThan(5);
      expect(i.hint).toBeTruthy();
    }
    for (const f of report.files) for (const i of f.issues) expect(i.file).toBe(f.path);
  });

  it('json: counts errors and warnings, and valid is errors == 0', () => {
    const errors = issues().filter((i) => i.severity === 'error').length;
    const warnings = issues().filter((i) => i.severity === 'warning').length;
    expect([report.errors, report.warnings]).toEqual([errors, warnings]);
    if (expected.errors !== undefined) expect(report.errors).toBe(expected.errors);
    if (expected.warnings !== undefined) expect(report.warnings).toBe(expected.warnings);
    expect(report.valid).toBe(errors === 0);
  });

  it('json: accounts for every row of every file', () => {
    for (const f of report.files) {
      expect(f.rows_read).toBe(f.rows_used + f.rows_rejected);
      expect(Object.values(f.rejected_by_type).reduce((s, n) => s + n, 0)).toBe(f.rows_rejected);
      expect(Object.values(f.blanked_by_type).reduce((s, n) => s + n, 0)).toBe(f.cells_blanked);
    }
    if (expected.files) {
      expect(report.files.map((f) => path.basename(f.path)).sort()).toEqual(Object.keys(expected.files).sort());
      for (const f of report.files) {
        const want = expected.files[path.basename(f.path)]!;
        expect({ read: f.rows_read, used: f.rows_used, rejected: f.rows_rejected }, f.path).toEqual({
          read: want.rows_read,
          used: want.rows_used,
          rejected: want.rows_rejected,
        });
        if (want.rejected_by_type) expect(f.rejected_by_type, f.path).toEqual(want.rejected_by_type);
        if (want.cells_blanked !== undefined) expect(f.cells_blanked, f.path).toBe(want.cells_blanked);
        if (want.blanked_by_type) expect(f.blanked_by_type, f.path).toEqual(want.blanked_by_type);
      }
    }
  });

  if (expected.messages !== undefined || expected.hints !== undefined) {
    it('json: messages and hints say what is expected', () => {
      for (const m of expected.messages ?? [])
        expect(
          issues()
            .map((i) => i.message)
            .join('\n'),
        ).toContain(m);
      for (const h of expected.hints ?? [])
        expect(
          issues()
            .map((i) => i.hint)
            .join('\n'),
        ).toContain(h);
    });
  }

  it.each(FORMATS)('--format %s: no personal value or respondent id in the report', (format) => {
    expect(personal.length).toBeGreaterThan(0);
    expect(leaks(results[format].stdout + results[format].stderr, personal)).toEqual([]);
  });

  it('github: one ::error/::warning line per issue, with file= and line=', () => {
    const lines = results.github.stdout.trimEnd().split('\n');
    const annotations = lines.filter((l) => l.startsWith('::'));
    expect(annotations.length).toBe(issues().length);
    const parsed = annotations.map((l) => {
      const m = /^::(error|warning) file=([^,:]+),line=(\d+),title=([^,:]+)::(.+)$/.exec(l);
      expect(m, l).not.toBeNull();
      return { severity: m![1], file: m![2], line: Number(m![3]), type: m![4] };
    });
    expect(parsed).toEqual(issues().map((i) => ({ severity: i.severity, file: i.file, line: i.line, type: i.type })));
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    expect(lines.at(-1)).toBe(`${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`);
  });

  it('junit: well-formed XML, one test case per issue (or one per clean file), failures = errors', () => {
    const xml = results.junit.stdout;
    const { elements } = checkWellFormedXml(xml);
    expect(elements.get('testsuites')).toBe(1);
    expect(elements.get('testsuite')).toBe(report.files.length);
    expect(elements.get('testcase')).toBe(report.files.reduce((s, f) => s + Math.max(1, f.issues.length), 0));
    expect(elements.get('failure') ?? 0).toBe(report.errors);
    expect(/<testsuites [^>]*failures="(\d+)"/.exec(xml)![1]).toBe(String(report.errors));
    const suites = xml.split('<testsuite ').slice(1);
    for (const [k, f] of report.files.entries()) {
      const s = suites[k]!;
      const errors = f.issues.filter((i) => i.severity === 'error').length;
      expect(/^name="([^"]*)"/.exec(s)![1]).toBe(f.path);
      expect(/failures="(\d+)"/.exec(s)![1]).toBe(String(errors));
      expect(s.split('<failure ').length - 1).toBe(errors);
    }
  });

  it('stylish: one line per issue, per-file row counts and the summary line', () => {
    const lines = results.stylish.stdout.trimEnd().split('\n');
    const total = report.errors + report.warnings;
    expect(lines.at(-1)).toBe(
      total === 0
        ? '✔ no problems found'
        : `✖ ${plural(total, 'problem')} (${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')})`,
    );
    const typeAtEnd = new RegExp(`  (${ISSUE_TYPES.join('|')})$`);
    expect(lines.filter((l) => l.startsWith('  ') && typeAtEnd.test(l)).length).toBe(total);
    for (const f of report.files) {
      const head = lines.find((l) => l.startsWith(`${f.path} (`));
      expect(head, f.path).toBeDefined();
      expect(head).toMatch(new RegExp(`\\(${f.role}, ${f.rows_read} rows?: ${f.rows_used} used, ${f.rows_rejected} rejected\\)$`));
    }
  });
});

describe.each(FAILURE_CASES)('validate $name (clean failure)', ({ name, expected }) => {
  const results = {} as Record<Format, CliResult>;
  beforeAll(async () => {
    for (const format of FORMATS) results[format] = await runCli(argsOf(name, expected, format), { cwd: ROOT });
  });

  it.each(FORMATS)('--format %s: exit 2, one clear line on stderr, no stack trace, nothing on stdout', (format) => {
    const r = results[format];
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^kis-network: /);
    expect(r.stderr).toContain(expected.stderr!);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toMatch(/internal error|Error:/);
  });

  it('names the file and says what to do, with no personal value', () => {
    const r = results.json;
    const personal = [...personalValues(path.join(CORPUS, name)), ...(expected.personal ?? [])];
    expect(leaks(r.stderr, personal)).toEqual([]);
    // message ". hint": the hint is a sentence after the message
    expect(r.stderr.trimEnd()).toMatch(/\S\. [A-Z"]/);
  });
});

describe('analyse PATH --out PATH (an output folder that holds the input)', () => {
  const c = CASES.find((x) => x.name === 'output-overwrites-input')!;
  it('is refused with exit 2 and one line, and the inputs and their folder are untouched', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'kis-validate-out-'));
    cpSync(path.join(CORPUS, c.name), path.join(tmp, c.name), { recursive: true });
    const snapshot = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: false })
        .sort()
        .map((f) => {
          const p = path.join(dir, String(f));
          return [String(f), statSync(p).isFile() ? readFileSync(p).toString('base64') : 'dir'];
        });
    const before = snapshot(tmp);
    const args = [c.expected.command!, c.name, ...(c.expected.args ?? []).map((a) => sub(a, c.name)), '--lang', 'en'];
    const r = await runCli(args, { cwd: tmp });
    expect(r.code).toBe(c.expected.exit);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(c.expected.stderr!);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(tmp)).toEqual(before);
  });
});

describe('validate options on the corpus', () => {
  const dir = (name: string) => `${CORPUS_REL}/${name}`;

  it('--max-warnings 0 turns a warnings-only case into exit 1, in every format', async () => {
    for (const format of FORMATS) {
      const r = await runCli(['validate', dir('self-relations'), '--format', format, '--max-warnings', '0', '--lang', 'en'], { cwd: ROOT });
      expect(r.code, format).toBe(1);
      expect(r.stderr).toBe('kis-network: 3 warnings, more than --max-warnings 0\n');
      expect(r.stdout.length).toBeGreaterThan(0);
    }
  });

  it('--max-warnings at the number of warnings keeps exit 0; a bad value is a usage error', async () => {
    expect((await runCli(['validate', dir('self-relations'), '--max-warnings', '3', '--lang', 'en'], { cwd: ROOT })).code).toBe(0);
    expect((await runCli(['validate', dir('blank-rows'), '--max-warnings', '1', '--lang', 'en'], { cwd: ROOT })).code).toBe(1);
    const bad = await runCli(['validate', dir('self-relations'), '--max-warnings', 'some', '--lang', 'en'], { cwd: ROOT });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('an unknown --format is a usage error', async () => {
    const r = await runCli(['validate', dir('clean'), '--format', 'xml', '--lang', 'en'], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('stylish, json, github, junit');
  });

  it('without its config file, the config-severities case has two warnings and blanks the rating (exit 0)', async () => {
    // Named as a file: a folder PATH would bring the config beside the data along.
    const r = await runCli(['validate', `${dir('config-severities')}/survey.csv`, '--format', 'json', '--lang', 'en'], { cwd: ROOT });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files[0]!.issues.map((i) => `${i.line}:${i.type}:${i.severity}`)).toEqual([
      '1:unknown-column:warning',
      '3:constraint-error:warning',
    ]);
    expect(report.files[0]!.rejected_by_type).toEqual({});
    expect(report.files[0]!.blanked_by_type).toEqual({ 'constraint-error': 1 });
  });

  it('reads kis-network.config.json from the working folder when --config is not given', async () => {
    const r = await runCli(['validate', '.', '--format', 'json', '--lang', 'en'], { cwd: path.join(CORPUS, 'config-severities') });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as JsonReport).errors).toBe(1);
    const bad = await runCli(['validate', '.', '--lang', 'en'], { cwd: path.join(CORPUS, 'config-unknown-key') });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Did you mean "severities"?');
  });

  it('-o FILE writes the report there and nothing on stdout', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'kis-validate-o-')), 'sub', 'report.json');
    const r = await runCli(['validate', dir('duplicate-ids'), '--format', 'json', '-o', out, '--lang', 'en'], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const viaStdout = await runCli(['validate', dir('duplicate-ids'), '--format', 'json', '--lang', 'en'], { cwd: ROOT });
    expect(readFileSync(out, 'utf8')).toBe(viaStdout.stdout);
  });

  it('-o FILE is not written at all when an input cannot be read (no partial output)', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'kis-validate-o-')), 'report.xml');
    const r = await runCli(
      ['validate', dir('clean'), '--survey', `${dir('unterminated-quote')}/survey.csv`, '--format', 'junit', '-o', out, '--lang', 'en'],
      { cwd: ROOT },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('survey.csv:3: a quoted field is never closed');
    expect(existsSync(out)).toBe(false);
  });

  it('the Windows-1252 fixture holds real Windows-1252 bytes with CRLF line ends', () => {
    for (const f of ['contacten.csv', 'interviews.csv', 'enquete.csv']) {
      const bytes = readFileSync(path.join(CORPUS, 'dutch-excel-windows-1252', f));
      expect(detectEncoding(bytes), f).toBe('windows-1252');
      const text = bytes.toString('latin1');
      expect(text.replaceAll('\r\n', '').includes('\n') || text.replaceAll('\r\n', '').includes('\r'), f).toBe(false);
    }
    const all = Buffer.concat(
      ['contacten.csv', 'interviews.csv', 'enquete.csv'].map((f) => readFileSync(path.join(CORPUS, 'dutch-excel-windows-1252', f))),
    );
    for (const b of [0x80, 0x93, 0x94, 0x96, 0x92]) expect(all.includes(b), `byte 0x${b.toString(16)}`).toBe(true); // € “ ” – ’
  });

  it('the Windows-1252 case gives the same report with --encoding windows-1252 --delimiter ";"', async () => {
    const a = await runCli(['validate', dir('dutch-excel-windows-1252'), '--format', 'json', '--lang', 'en'], { cwd: ROOT });
    const b = await runCli(
      ['validate', dir('dutch-excel-windows-1252'), '--format', 'json', '--encoding', 'windows-1252', '--delimiter', ';', '--lang', 'en'],
      { cwd: ROOT },
    );
    expect(b.code).toBe(a.code);
    expect(b.stdout).toBe(a.stdout);
  });

  it('the encoding-error fixture is valid when its encoding is detected (Windows-1252)', async () => {
    const r = await runCli(['validate', dir('encoding-error'), '--format', 'json', '--lang', 'en'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonReport).files[0]!.rows_used).toBe(3);
  });
});
