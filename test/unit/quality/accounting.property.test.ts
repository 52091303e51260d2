/**
 * Accounting adds up, whatever the damage (docs/contract.md §5, §7): fast-check writes valid contacts,
 * interviews and survey tables, corrupts random rows (a cell deleted or added, a required value
 * blanked, text or an out-of-range number in a number column, a row duplicated, a blank row, a
 * quoted newline), runs `validate --format json` on them and checks, for every file:
 *
 * - rows_read is the number of data records written, not counting trailing empty lines;
 * - rows_read == rows_used + rows_rejected, and rejected_by_type adds up to rows_rejected;
 * - text or an out-of-range number in a number column (all optional) is a warning that blanks
 *   the cell: cells_blanked counts those warnings on used rows, and blanked_by_type adds up to it;
 * - a row is rejected exactly when it has an error, and every issue points at the physical
 *   line a record starts on (quoted newlines and CRLF included);
 * - every blank row that is followed by data gets a blank-row warning, and nothing else.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

type Role = 'contacts' | 'interviews' | 'survey';

interface TableSpec {
  header: string[];
  /** Columns that must hold a value. */
  required: number[];
  /** The number column, with a valid and some invalid values. */
  numeric: number;
  outOfRange: string[];
}

const SPECS: Record<Role, TableSpec> = {
  contacts: {
    header: ['id', 'organisation', 'type', 'kis_contacts', 'contact_person'],
    required: [1],
    numeric: 3,
    outOfRange: ['-1', '1.5', '2,5'],
  },
  interviews: {
    header: ['interview_id', 'source', 'target', 'strength', 'notes'],
    required: [0, 1, 2],
    numeric: 3,
    outOfRange: ['0', '-2', '-0,5'],
  },
  survey: {
    header: ['respondent_id', 'organisation', 'type', 'rating', 'partners', 'name'],
    required: [0, 1],
    numeric: 3,
    outOfRange: ['0', '11', '10,5', '-3'],
  },
};

const ORGS = [
  'Gemeente Ede',
  'GGD Gelderland-Midden',
  'Stichting Welzijn Ede',
  'Hogeschool Arnhem',
  'Café “De Hoek”',
  'Vereniging Wonen, Werken',
  'Stichting "Samen Sterk"',
  'Bibliotheek Zeeland',
  'gemeente  ede',
];
const TYPES = ['', 'gemeente', 'civil_society', 'Kennisinstelling', 'overig'];
const PEOPLE = ['Anouk de Wit', 'Bram Jansen', 'Noor El Idrissi', '', 'Jan "Sjonnie" Pieters', 'Kees, van Dam'];

const org = fc.constantFrom(...ORGS);
const person = fc.constantFrom(...PEOPLE);

function rowsOf(role: Role): fc.Arbitrary<string[][]> {
  switch (role) {
    case 'contacts':
      return fc
        .array(fc.tuple(org, fc.constantFrom(...TYPES), fc.constantFrom('', '0', '3', '12'), person), { minLength: 1, maxLength: 8 })
        .map((rows) => rows.map(([o, t, k, p], i) => [`O${i + 1}`, o, t, k, p]));
    case 'interviews':
      return fc
        .array(fc.tuple(fc.integer({ min: 1, max: 3 }), org, org, fc.constantFrom('', '1', '2,5', '5'), person), {
          minLength: 1,
          maxLength: 8,
        })
        .map((rows) => rows.map(([n, s, t, w, p]) => [`I${n}`, s, t, w, p]));
    case 'survey':
      return fc
        .array(
          fc.tuple(org, fc.constantFrom(...TYPES), fc.constantFrom('', '1', '7', '7,5', '10'), fc.subarray(ORGS, { maxLength: 3 }), person),
          { minLength: 1, maxLength: 8 },
        )
        .map((rows) => rows.map(([o, t, r, ps, p], i) => [`R-${1000 + i}`, o, t, r, ps.join('|'), p]));
  }
}

type Corruption =
  | { kind: 'delete-cell'; at: number; col: number }
  | { kind: 'add-cell'; at: number; value: string }
  | { kind: 'blank-required'; at: number; pick: number; spaces: boolean }
  | { kind: 'text-in-number'; at: number }
  | { kind: 'out-of-range'; at: number; pick: number }
  | { kind: 'duplicate-row'; at: number }
  | { kind: 'blank-row'; at: number; delimiters: boolean }
  | { kind: 'quoted-newline'; at: number; col: number; crlf: boolean };

const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ kind: fc.constant('delete-cell' as const), at: unit, col: fc.nat({ max: 10 }) }),
  fc.record({ kind: fc.constant('add-cell' as const), at: unit, value: fc.constantFrom('extra', 'x', 'Gemeente Ede') }),
  fc.record({ kind: fc.constant('blank-required' as const), at: unit, pick: fc.nat({ max: 5 }), spaces: fc.boolean() }),
  fc.record({ kind: fc.constant('text-in-number' as const), at: unit }),
  fc.record({ kind: fc.constant('out-of-range' as const), at: unit, pick: fc.nat({ max: 5 }) }),
  fc.record({ kind: fc.constant('duplicate-row' as const), at: unit }),
  fc.record({ kind: fc.constant('blank-row' as const), at: unit, delimiters: fc.boolean() }),
  fc.record({ kind: fc.constant('quoted-newline' as const), at: unit, col: fc.nat({ max: 10 }), crlf: fc.boolean() }),
);

function corrupt(role: Role, rows: string[][], ops: readonly Corruption[]): string[][] {
  const spec = SPECS[role];
  const out = rows.map((r) => [...r]);
  for (const op of ops) {
    const i = Math.floor(op.at * out.length);
    const row = out[i]!;
    switch (op.kind) {
      case 'delete-cell':
        if (row.length > 0) row.splice(op.col % row.length, 1);
        break;
      case 'add-cell':
        row.push(op.value);
        break;
      case 'blank-required': {
        const c = spec.required[op.pick % spec.required.length]!;
        if (c < row.length) row[c] = op.spaces ? '   ' : '';
        break;
      }
      case 'text-in-number':
        if (spec.numeric < row.length) row[spec.numeric] = 'acht';
        break;
      case 'out-of-range':
        if (spec.numeric < row.length) row[spec.numeric] = spec.outOfRange[op.pick % spec.outOfRange.length]!;
        break;
      case 'duplicate-row':
        out.splice(i + 1, 0, [...row]);
        break;
      case 'blank-row':
        out.splice(i, 0, op.delimiters ? spec.header.map(() => '') : ['']);
        break;
      case 'quoted-newline':
        if (row.length > 0) {
          const c = op.col % row.length;
          row[c] = `${row[c] || 'tekst'}${op.crlf ? '\r\n' : '\n'}vervolg`;
        }
        break;
    }
  }
  return out;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

interface Written {
  text: string;
  /** Physical start line of every record written after the header. */
  lines: number[];
  /** Records up to the last non-blank one: what rows_read must be. */
  rowsRead: number;
  blankLines: number[];
}

function write(header: string[], records: string[][], eol: string, trailingBlankLines: number, bom: boolean): Written {
  let line = 2;
  const lines: number[] = [];
  for (const r of records) {
    lines.push(line);
    line += 1 + r.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  }
  let last = -1;
  records.forEach((r, k) => {
    if (!isBlank(r)) last = k;
  });
  const text =
    (bom ? '\ufeff' : '') + [header, ...records].map((r) => r.map(quote).join(',')).join(eol) + eol + eol.repeat(trailingBlankLines);
  return {
    text,
    lines,
    rowsRead: last + 1,
    blankLines: records.flatMap((r, k) => (k < last && isBlank(r) ? [lines[k]!] : [])),
  };
}

interface JsonIssue {
  type: string;
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
}
interface JsonFile {
  path: string;
  rows_read: number;
  rows_used: number;
  rows_rejected: number;
  rejected_by_type: Record<string, number>;
  cells_blanked: number;
  blanked_by_type: Record<string, number>;
  issues: JsonIssue[];
}

const fileCase = (role: Role) =>
  fc.record({
    rows: rowsOf(role),
    ops: fc.array(corruption, { maxLength: 6 }),
    eol: fc.constantFrom('\n', '\r\n'),
    trailing: fc.nat({ max: 2 }),
    bom: fc.boolean(),
  });

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('validate accounting on randomly corrupted inputs', () => {
  it('adds up for every file, and rejects exactly the rows with an error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ contacts: fc.option(fileCase('contacts')), interviews: fc.option(fileCase('interviews')), survey: fileCase('survey') }),
        async (input) => {
          const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-accounting-'));
          dirs.push(dir);
          const written = new Map<string, Written>();
          for (const role of ['contacts', 'interviews', 'survey'] as const) {
            const c = input[role];
            if (!c) continue;
            const w = write(SPECS[role].header, corrupt(role, c.rows, c.ops), c.eol, c.trailing, c.bom);
            writeFileSync(path.join(dir, `${role}.csv`), w.text);
            written.set(`${role}.csv`, w);
          }
          const r = await runCli(['validate', dir, '--format', 'json']);
          if ([...written.values()].some((w) => w.rowsRead === 0)) {
            // Every record blank: "has a header but no data rows" is a clean failure.
            expect(r.code).toBe(2);
            expect(r.stderr).toContain('has a header but no data rows');
            return;
          }
          expect(r.stderr).toBe('');
          const report = JSON.parse(r.stdout) as { errors: number; warnings: number; files: JsonFile[] };
          expect(r.code).toBe(report.errors > 0 ? 1 : 0);
          expect(report.files.map((f) => path.basename(f.path)).sort()).toEqual([...written.keys()].sort());
          let errors = 0;
          for (const f of report.files) {
            const w = written.get(path.basename(f.path))!;
            const where = `${path.basename(f.path)}:\n${w.text}`;
            expect(f.rows_read, where).toBe(w.rowsRead);
            expect(f.rows_used + f.rows_rejected, where).toBe(f.rows_read);
            expect(
              Object.values(f.rejected_by_type).reduce((s, n) => s + n, 0),
              where,
            ).toBe(f.rows_rejected);

            const starts = new Set(w.lines.slice(0, w.rowsRead));
            for (const i of f.issues) expect(i.line === 1 || starts.has(i.line!), `${i.type} on line ${i.line} in ${where}`).toBe(true);
            expect(
              f.issues.filter((i) => i.line === 1),
              where,
            ).toEqual([]); // the header is valid
            const errorLines = new Set(f.issues.filter((i) => i.severity === 'error').map((i) => i.line));
            expect(errorLines.size, where).toBe(f.rows_rejected);
            const blanked = f.issues.filter(
              (i) => (i.type === 'type-error' || i.type === 'constraint-error') && i.severity === 'warning' && !errorLines.has(i.line),
            );
            expect(f.cells_blanked, where).toBe(blanked.length);
            expect(
              Object.values(f.blanked_by_type).reduce((s, n) => s + n, 0),
              where,
            ).toBe(f.cells_blanked);
            expect(
              f.issues.filter((i) => i.type === 'blank-row').map((i) => i.line),
              where,
            ).toEqual(w.blankLines);
            for (const b of w.blankLines)
              expect(
                f.issues.filter((i) => i.line === b && i.type !== 'blank-row'),
                where,
              ).toEqual([]);
            errors += f.issues.filter((i) => i.severity === 'error').length;
          }
          expect(report.errors).toBe(errors);
        },
      ),
      { numRuns: 40 },
    );
  });
});
