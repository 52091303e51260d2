/**
 * Personal data typed where an organisation name belongs (docs/contract.md §6), end to end: every
 * planted value — e-mail addresses, Dutch and international phone numbers, citizen service
 * numbers passing the 11-test, IBANs — sits in every name position (the aliases file's `alias`
 * and `organisation`, the register's `organisation`, an interview's `source` and `target`, a
 * survey's `organisation` and a `partners` entry). `analyse` and `validate` (in all four formats)
 * run in-process, and no output file, stdout or stderr may hold any planted value, in any
 * spelling the tool could make of it (as written, lower-cased, separators removed). A
 * person-like name is a warning only: it becomes an organisation, but no `validate` message
 * quotes it in full. The report and summary.json count what was left out, by kind.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, runCli } from '../helpers/cli.js';
import { outputText } from '../helpers/read-xlsx.js';

const PLANTED = {
  email: ['j.devries@denhaag.nl', 'Info@Wijkteam-Escamp.nl'],
  phone: ['06-12345678', '+31 6 1234 5678', '030 123 4567', '(020) 123 45 67', '0031 70 987 6543', '+44 20 7946 0958'],
  bsn: ['111222333', '1112.22.345'],
  iban: ['NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00'],
} as const;
/** A person-like name in every position (the aliases file maps it onto Gemeente Den Haag). */
const PERSON = 'Jan de Vries (wijkagent)';
/** A person-like name in one interview only: it stays an organisation of its own. */
const PERSON_2 = 'Mevr. Bakker';
/** Every name position each planted value is written into. */
const POSITIONS = 7;

const ALL = Object.values(PLANTED).flat();
const FORMATS = ['stylish', 'json', 'github', 'junit'] as const;

/** The spellings of a value the tool could write: as is, lower-cased, and without separators. */
function spellings(value: string): string[] {
  const out = new Set([value, value.toLowerCase()]);
  if (!value.includes('@')) out.add(value.replace(/[\s().\-+/]/g, '').toLowerCase());
  return [...out];
}

function found(text: string, values: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return values.filter((v) => spellings(v).some((s) => lower.includes(s.toLowerCase())));
}

function writeInputs(dir: string): void {
  const values = [...ALL, PERSON];
  const aliases = ['alias,organisation', 'Gem. Den Haag,Gemeente Den Haag'];
  const contacts = [
    'organisation,type,contact_person',
    'Gemeente Den Haag,gemeente,Marjolein Verbeek',
    'GGD Haaglanden,overheid,',
    'Stichting Wijkteam,overig,',
  ];
  const interviews = [
    'interview_id,source,target,strength',
    'I0,Gemeente Den Haag,GGD Haaglanden,3',
    'I0,Gem. Den Haag,Stichting Wijkteam,1',
    `I0,GGD Haaglanden,${PERSON_2},1`,
  ];
  const survey = ['respondent_id,organisation,rating,partners', 'R-0,GGD Haaglanden,7,Gemeente Den Haag|Stichting Wijkteam'];
  values.forEach((v, i) => {
    aliases.push(`${v},Gemeente Den Haag`, `Variant ${i},${v}`);
    contacts.push(`${v},overig,`);
    interviews.push(`I${i + 1},${v},GGD Haaglanden,2`, `I${i + 1},Gemeente Den Haag,${v},1`);
    survey.push(`R-${2 * i + 1},${v},8,GGD Haaglanden`, `R-${2 * i + 2},Stichting Wijkteam,6,GGD Haaglanden|${v}|Gemeente Den Haag`);
  });
  const write = (name: string, lines: string[]) => writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
  write('aliases.csv', aliases);
  write('contacts.csv', contacts);
  write('interviews.csv', interviews);
  write('survey.csv', survey);
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('personal data in name cells, end to end', () => {
  let input: string;
  let out: string;
  let analysed: CliResult;
  const validated = {} as Record<(typeof FORMATS)[number], CliResult>;

  beforeAll(async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kis-personal-'));
    dirs.push(root);
    input = path.join(root, 'input');
    out = path.join(root, 'out');
    mkdirSync(input);
    writeInputs(input);
    analysed = await runCli(['analyse', input, '--out', out, '--lang', 'en']);
    for (const format of FORMATS) validated[format] = await runCli(['validate', input, '--format', format, '--lang', 'en']);
  });

  it('the planted values are what the detectors call personal data, and the person name is a person name', async () => {
    const { personalDataKind, personLikeName } = await import('../../src/resolve/personal-data.js');
    for (const [kind, values] of Object.entries(PLANTED)) for (const v of values) expect(personalDataKind(v), v).toBe(kind);
    expect(personalDataKind(PERSON)).toBeNull();
    expect(personLikeName(PERSON)).toBe(true);
    expect(personLikeName(PERSON_2)).toBe(true);
    // The search finds every planted value where it is: in the inputs.
    const inputs = readdirSync(input).map((f) => readFileSync(path.join(input, f), 'utf8'));
    expect(found(inputs.join('\n'), [...ALL, PERSON, PERSON_2])).toEqual([...ALL, PERSON, PERSON_2]);
  });

  it('analyse runs (rejected rows are no reason to stop) and writes no planted value anywhere', () => {
    expect(analysed.stderr).toBe('');
    expect(analysed.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toEqual(expect.arrayContaining(['map.html', 'report.md', 'nodes.csv', 'edges.csv', 'summary.json', 'graph.json']));
    expect(files).toContain('kis-network.xlsx');
    for (const f of files) expect(found(outputText(path.join(out, f)), ALL), f).toEqual([]);
    expect(found(analysed.stdout + analysed.stderr, [...ALL, PERSON, PERSON_2])).toEqual([]);
  });

  it('analyse keeps the organisations and drops only what held personal data', () => {
    const nodes = readFileSync(path.join(out, 'nodes.csv'), 'utf8');
    for (const org of ['Gemeente Den Haag', 'GGD Haaglanden', 'Stichting Wijkteam']) expect(nodes).toContain(org);
    // A person-like name is only a warning: it stays an organisation (or what an alias makes it).
    expect(nodes).toContain(PERSON_2);
    expect(nodes).not.toContain(PERSON);
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
    expect(summary.graph.nodes).toBe(4);
    // The survey rows with a personal value among the partners are used; the rest is rejected.
    const survey = summary.accounting.find((a: { role: string }) => a.role === 'survey');
    expect([survey.rows_read, survey.rows_used, survey.rows_rejected]).toEqual([1 + 2 * (ALL.length + 1), 1 + ALL.length + 2, ALL.length]);
  });

  it('summary.json and the report count what was left out, by kind', () => {
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
    expect(summary.privacy).toEqual({
      personal_data_left_out: {
        email: POSITIONS * PLANTED.email.length,
        phone: POSITIONS * PLANTED.phone.length,
        bsn: POSITIONS * PLANTED.bsn.length,
        iban: POSITIONS * PLANTED.iban.length,
      },
      possible_person_names: POSITIONS + 1,
    });
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    const privacy = report.slice(report.indexOf('## Privacy'), report.indexOf('## Method'));
    expect(privacy).toContain(
      `recognised and left out: **${POSITIONS * 2}** e-mail addresses, **${POSITIONS * 6}** phone numbers, **${POSITIONS * 2}** citizen service numbers (BSN), **${POSITIONS * 2}** IBANs.`,
    );
    expect(privacy).toContain(`**${POSITIONS + 1}** names look like a person's name`);
    expect(report).not.toMatch(/contains no personal data/);
  });

  it.each(FORMATS)('validate --format %s exits 1 and echoes no planted value, nor the person name in full', (format) => {
    const r = validated[format];
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(found(r.stdout + r.stderr, [...ALL, PERSON, 'Jan de Vries', 'de Vries', 'wijkagent', PERSON_2, 'Bakker'])).toEqual([]);
  });

  it('validate reports every planted value as personal-data and the person name as possible-person-name', () => {
    const report = JSON.parse(validated.json.stdout) as {
      files: Array<{ issues: Array<{ type: string; severity: string; message: string; column: string | null }> }>;
    };
    const issues = report.files.flatMap((f) => f.issues);
    const personal = issues.filter((i) => i.type === 'personal-data');
    expect(personal).toHaveLength(POSITIONS * ALL.length);
    expect(personal.every((i) => i.severity === 'error' && i.column !== null)).toBe(true);
    expect(personal.filter((i) => i.message.startsWith('an IBAN in "partners" (entry 2)'))).toHaveLength(PLANTED.iban.length);
    const names = issues.filter((i) => i.type === 'possible-person-name');
    expect(names).toHaveLength(POSITIONS + 1);
    expect(names.filter((i) => i.message.includes('(J… d… V… (…)'))).toHaveLength(POSITIONS);
    expect(names.filter((i) => i.message.includes('(M… B…)'))).toHaveLength(1);
  });
});

describe('personal data typed into cells that are not names', () => {
  it('a type, strength or rating cell with personal data is blanked and never quoted', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kis-personal-cells-'));
    dirs.push(root);
    const values = [...ALL, PERSON];
    const contacts = ['organisation,type', ...values.map((v, i) => `Stichting ${i},${v}`)];
    const interviews = ['interview_id,source,target,strength', ...values.map((v, i) => `I${i},Stichting ${i},Stichting ${i + 1},${v}`)];
    const survey = ['respondent_id,organisation,rating', ...values.map((v, i) => `R${i},Stichting ${i},${v}`)];
    const write = (name: string, lines: string[]) => writeFileSync(path.join(root, name), `${lines.join('\n')}\n`);
    write('contacts.csv', contacts);
    write('interviews.csv', interviews);
    write('survey.csv', survey);
    for (const lang of ['nl', 'en']) {
      for (const format of FORMATS) {
        const r = await runCli(['validate', root, '--format', format, '--lang', lang]);
        expect(found(r.stdout + r.stderr, [...ALL, PERSON]), `${format} ${lang}`).toEqual([]);
        expect(r.stdout).toMatch(/type-error|constraint-error/);
      }
    }
  });
});
