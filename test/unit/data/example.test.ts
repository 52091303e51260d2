/**
 * The bundled example data (data/) and the benchmark generator: data/ is exactly what
 * scripts/generate-example.mjs writes (deterministic and up to date), has the promised shape,
 * holds only fake `.example` e-mail addresses, and generate-bench medium plants the promised
 * network size.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const DATA = join(ROOT, 'data');

/** Minimal RFC 4180 parser: quoted fields with "" escapes, commas and newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as records keyed by header; asserts every row has the header's width. */
function readTable(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return rows.map((r, i) => {
    expect(r.length, `${path} data row ${i + 1} width`).toBe(header!.length);
    return Object.fromEntries(header!.map((h, j) => [h, r[j]!]));
  });
}

const key = (name: string): string => name.trim().toLowerCase();

function run(script: string, ...args: string[]): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, stdio: 'pipe' });
}

describe('bundled example data (data/)', () => {
  let fresh: string;
  beforeAll(() => {
    fresh = mkdtempSync(join(tmpdir(), 'kis-example-'));
    run('generate-example.mjs', fresh);
  });
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('equals a fresh run of scripts/generate-example.mjs, byte for byte', () => {
    const generated = readdirSync(fresh).sort();
    expect(generated).toEqual(['2024', 'README.md', 'aliases.csv', 'contacts.csv', 'interviews.csv', 'survey.csv']);
    expect(readdirSync(DATA).sort()).toEqual(generated);
    const files = [...generated.filter((n) => n !== '2024'), ...readdirSync(join(fresh, '2024')).map((n) => join('2024', n))];
    expect(readdirSync(join(DATA, '2024')).sort()).toEqual(readdirSync(join(fresh, '2024')).sort());
    for (const name of files) {
      const committed = readFileSync(join(DATA, name));
      const again = readFileSync(join(fresh, name));
      expect(committed.equals(again), `data/${name} is stale: run npm run generate-data`).toBe(true);
    }
  });

  it('has a second wave (data/2024/) with the same organisations but for the planted changes', () => {
    const ids = (dir: string) => new Set(readTable(join(dir, 'contacts.csv')).map((r) => r.id));
    const before = ids(DATA);
    const after = ids(join(DATA, '2024'));
    // 4 organisations left and 1 was renamed (a new register id); 1 + 5 new register ids.
    expect([...before].filter((id) => !after.has(id))).toHaveLength(5);
    expect([...after].filter((id) => !before.has(id)).sort()).toEqual(['O310', 'O311', 'O312', 'O313', 'O314', 'O315']);
    for (const row of readTable(join(DATA, '2024', 'survey.csv'))) if (row.email) expect(row.email).toMatch(/\.example$/);
  });

  it('has exactly 1,841 survey respondents with unique ids', () => {
    const survey = readTable(join(DATA, 'survey.csv'));
    expect(survey).toHaveLength(1841);
    expect(new Set(survey.map((r) => r.respondent_id)).size).toBe(1841);
    for (const r of survey) {
      if (r.rating !== '') expect(Number(r.rating)).toBeGreaterThanOrEqual(1);
      if (r.rating !== '') expect(Number(r.rating)).toBeLessThanOrEqual(10);
    }
  });

  it('covers the five stakeholder types and the twelve provinces', () => {
    const contacts = readTable(join(DATA, 'contacts.csv'));
    expect(contacts.length).toBeGreaterThanOrEqual(250);
    expect(new Set(contacts.map((r) => r.type))).toEqual(
      new Set(['government', 'sector_organisation', 'civil_society', 'professional', 'knowledge_institute']),
    );
    expect(new Set(contacts.map((r) => r.region)).size).toBe(12);
    expect(new Set(contacts.map((r) => key(r.organisation!))).size).toBe(contacts.length);
    for (const r of contacts) expect(Number.isInteger(Number(r.kis_contacts)) && Number(r.kis_contacts) >= 0).toBe(true);
  });

  it('keeps the awkward names that exercise quoting and keys', () => {
    const names = new Set(readTable(join(DATA, 'contacts.csv')).map((r) => r.organisation));
    for (const n of [
      "Gemeente 's-Hertogenbosch",
      'Gemeente Súdwest-Fryslân',
      'Stichting "Samen Sterk"',
      'Vereniging Wonen, Werken & Leren',
      'Zorggroep Curaçao-Nederland',
      'Gemeente Utrecht',
    ]) {
      expect(names.has(n), n).toBe(true);
    }
    const interviews = readFileSync(join(DATA, 'interviews.csv'), 'utf8');
    expect(interviews).toContain('gemeente utrecht');
    expect(interviews).toContain('Gem. Utrecht');
  });

  it('has 40 interviews naming 5–15 relations each, with valid relation codes and strengths', () => {
    const rows = readTable(join(DATA, 'interviews.csv'));
    const perInterview = new Map<string, number>();
    for (const r of rows) perInterview.set(r.interview_id!, (perInterview.get(r.interview_id!) ?? 0) + 1);
    expect(perInterview.size).toBe(40);
    for (const n of perInterview.values()) expect(n >= 5 && n <= 15).toBe(true);
    for (const r of rows) {
      expect(['', 'collaboration', 'knowledge_exchange', 'advice', 'funding', 'other']).toContain(r.relation);
      expect(['', '1', '2', '3', '4', '5']).toContain(r.strength);
    }
  });

  it('only holds fake e-mail addresses (every one ends in .example)', () => {
    let seen = 0;
    for (const file of ['contacts.csv', 'interviews.csv', 'survey.csv', 'aliases.csv']) {
      for (const row of parseCsv(readFileSync(join(DATA, file), 'utf8'))) {
        for (const cell of row) {
          if (!cell.includes('@')) continue;
          seen++;
          expect(cell, `${file}: ${cell}`).toMatch(/^[^@\s|]+@[^@\s|]+\.example$/);
        }
      }
    }
    expect(seen).toBeGreaterThan(1000);
  });
});

describe('scripts/generate-bench.mjs medium', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kis-bench-'));
    run('generate-bench.mjs', 'medium', dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes 10,000 organisations and about 50,000 distinct relations', () => {
    const contacts = readTable(join(dir, 'contacts.csv'));
    expect(contacts).toHaveLength(10_000);
    const register = new Set(contacts.map((r) => key(r.organisation!)));
    expect(register.size).toBe(10_000);

    const pairs = new Set<string>();
    let mentions = 0;
    let unknown = 0;
    const add = (a: string, b: string): void => {
      const ka = key(a);
      const kb = key(b);
      if (!register.has(ka) || !register.has(kb)) unknown++;
      if (ka === kb) return;
      mentions++;
      pairs.add(ka < kb ? `${ka}\u0000${kb}` : `${kb}\u0000${ka}`);
    };
    for (const r of readTable(join(dir, 'interviews.csv'))) add(r.source!, r.target!);
    for (const r of readTable(join(dir, 'survey.csv'))) {
      if (r.partners === '') continue;
      for (const p of r.partners!.split('|')) add(r.organisation!, p);
    }
    expect(unknown).toBe(0);
    expect(pairs.size).toBeGreaterThanOrEqual(45_000);
    expect(pairs.size).toBeLessThanOrEqual(55_000);
    expect(mentions).toBeGreaterThan(pairs.size);
  });
});
