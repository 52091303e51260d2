import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(ROOT, 'data');
const BIN = path.join(ROOT, 'bin/kis-network.js');
const OUTPUTS = [
  'communities.csv',
  'edges.csv',
  'engagement.csv',
  'graph.gexf',
  'graph.graphml',
  'graph.json',
  'groups.csv',
  'map.html',
  'mixing.csv',
  'nodes.csv',
  'products.csv',
  'report.html',
  'report.md',
  'summary.json',
];

const tmp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `kis-${name}-`));

describe('kis-network analyse on the bundled example', () => {
  let out: string;
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    out = path.join(tmp('example'), 'out');
    result = await runCli(['analyse', '--out', out, '--lang', 'en']);
  });

  it('says it uses the example data and writes every output file', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('bundled example');
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
  });

  it('accounts for every input row', () => {
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
    const roles = summary.accounting.map((a: { role: string }) => a.role).sort();
    expect(roles).toEqual(['aliases', 'contacts', 'interviews', 'survey']);
    for (const a of summary.accounting) {
      expect(a.rows_read).toBe(a.rows_used + a.rows_rejected);
      expect(Object.values(a.rejected_by_type as Record<string, number>).reduce((s, n) => s + n, 0)).toBe(a.rows_rejected);
    }
    const survey = summary.accounting.find((a: { role: string }) => a.role === 'survey');
    expect(survey.rows_read).toBe(1841);
  });

  it('leaks no contact name, e-mail address, phone number or respondent id into any output', () => {
    const personal = new Set<string>();
    const collect = (file: string, columns: string[]) => {
      const lines = readFileSync(path.join(DATA, file), 'utf8')
        .replace(/^\ufeff/, '')
        .split('\n');
      const header = lines[0]!.split(',');
      const idx = columns.map((c) => header.indexOf(c)).filter((i) => i >= 0);
      expect(idx.length).toBe(columns.length);
      for (const line of lines.slice(1)) {
        // Personal columns are the trailing ones in the generated files and never quoted with commas.
        const cells = line.split(',');
        const tail = cells.slice(cells.length - (header.length - Math.min(...idx)));
        for (const v of tail) if (v.trim().length > 3) personal.add(v.trim().replace(/^"|"$/g, ''));
      }
    };
    collect('contacts.csv', ['contact_person', 'email', 'phone']);
    collect('survey.csv', ['name', 'email']);
    const respondentIds = readFileSync(path.join(DATA, 'survey.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]!)
      .filter((id) => /^R\d+$/.test(id));
    expect(respondentIds.length).toBe(1841);
    expect(personal.size).toBeGreaterThan(500);
    for (const f of OUTPUTS) {
      const text = readFileSync(path.join(out, f), 'utf8');
      for (const p of personal) expect(text.includes(p), `${p} in ${f}`).toBe(false);
      expect(/[\w.+-]+@[\w.-]+\.example\b/.test(text), `an e-mail address in ${f}`).toBe(false);
      for (const id of respondentIds.slice(0, 200)) expect(new RegExp(`\\b${id}\\b`).test(text), `${id} in ${f}`).toBe(false);
    }
  });
});

describe('determinism', () => {
  it('gives byte-identical files from two runs in different folders, time zones and locales', () => {
    const a = tmp('det-a');
    const b = tmp('det-b');
    cpSync(DATA, path.join(a, 'exports'), { recursive: true });
    cpSync(DATA, path.join(b, 'somewhere', 'else'), { recursive: true });
    const env = (tz: string, lang: string) => ({ ...process.env, TZ: tz, LANG: lang, LC_ALL: lang, NO_COLOR: '1' });
    execFileSync('node', [BIN, 'analyse', 'exports', '--out', 'out', '--quiet', '--threads', '1'], {
      cwd: a,
      env: env('Europe/Amsterdam', 'nl_NL.UTF-8'),
    });
    execFileSync('node', [BIN, 'analyse', path.join(b, 'somewhere', 'else'), '--out', path.join(b, 'o'), '--quiet', '--threads', '2'], {
      cwd: os.tmpdir(),
      env: env('America/Los_Angeles', 'C'),
    });
    for (const f of OUTPUTS) {
      const x = readFileSync(path.join(a, 'out', f));
      const y = readFileSync(path.join(b, 'o', f));
      expect(x.equals(y), `${f} differs`).toBe(true);
    }
  });
});

describe('user errors', () => {
  it('names a missing file in one line with exit 2 and no stack trace', async () => {
    const r = await runCli(['analyse', '--survey', 'nope.csv', '--out', path.join(tmp('err'), 'o'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('nope.csv');
    expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('refuses an output folder that holds an input file, leaving it untouched', async () => {
    const dir = tmp('overlap');
    cpSync(DATA, dir, { recursive: true });
    const r = await runCli(['analyse', dir, '--out', dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds the input file/);
    expect(existsSync(path.join(dir, 'contacts.csv'))).toBe(true);
  });

  it('rejects an unknown option with a suggestion (exit 2)', () => {
    const r = spawnSync('node', [BIN, 'analyse', '--sed', '3'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--sed'/);
  });
});

describe('help and version', () => {
  it('shows help with examples (exit 0), and help as a usage error without a command (exit 2)', async () => {
    const help = await runCli(['analyse', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    for (const flag of [
      '--contacts',
      '--interviews',
      '--survey',
      '--aliases',
      '--out',
      '--seed',
      '--strict',
      '--lang',
      '--network',
      '--delimiter',
      '--encoding',
      '--min-group-size',
      '--betweenness',
      '--exact-limit',
      '--threads',
      '--map-max-nodes',
      '--config',
      '--quiet',
      '--timings',
    ]) {
      expect(help.stdout.split('Examples:')[1], `example for ${flag}`).toContain(flag);
    }
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: kis-network');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('end to end on a reference network', () => {
  it('analyse karate.interviews.csv (role from the name) writes the NetworkX values of every metric', async () => {
    const ORACLE = path.join(ROOT, 'test/known-values/oracle');
    const out = path.join(tmp('karate'), 'out');
    const r = await runCli(['analyse', path.join(ORACLE, 'karate.interviews.csv'), '--out', out, '--quiet', '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = JSON.parse(readFileSync(path.join(ORACLE, 'karate.expected.json'), 'utf8')) as {
      nodes: Record<string, Record<string, number | null>>;
    };
    const lines = readFileSync(path.join(out, 'nodes.csv'), 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    const header = lines[0]!.split(',');
    const rows = new Map(
      lines.slice(1).map((l) => {
        const cells = l.split(',');
        return [cells[header.indexOf('label')]!, cells] as const;
      }),
    );
    expect(rows.size).toBe(34);
    const tolerance: Record<string, [string, number]> = {
      degree: ['degree', 0],
      strength: ['strength', 0],
      core: ['core_number', 0],
      betweenness: ['betweenness', 1e-9],
      closeness: ['closeness', 1e-9],
      harmonic: ['harmonic', 1e-9],
      constraint: ['constraint', 1e-9],
      clustering: ['clustering', 1e-9],
      pagerank: ['pagerank', 1e-8],
      eigenvector: ['eigenvector', 1e-8],
    };
    for (const [label, values] of Object.entries(expected.nodes)) {
      const cells = rows.get(label)!;
      for (const [column, [key, tol]] of Object.entries(tolerance)) {
        expect(Math.abs(Number(cells[header.indexOf(column)]) - Number(values[key])), `${column} of ${label}`).toBeLessThanOrEqual(tol);
      }
    }
  });
});

describe('output piped into a reader that stops early (| head)', () => {
  it('finishes the run without a stack trace', async () => {
    const { spawn } = await import('node:child_process');
    const out = path.join(tmp('pipe'), 'out');
    const child = spawn('node', [BIN, 'analyse', '--out', out], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
    expect(readdirSync(out)).toContain('map.html');
  });
});
