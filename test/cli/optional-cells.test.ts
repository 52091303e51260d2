/**
 * An unusable value in an optional column costs that cell, not the row (docs/contract.md §2):
 * `analyse` on the forms-tool fixture keeps every register organisation with its register id,
 * type and region even where `kis_contacts` is `ca. 5` or `-` (and reads `1.200` as 1200), and
 * a respondent with an unknown type label keeps its rating, partners and products. Lists split
 * on `;` (also inside a `;`-delimited file) and on line breaks; `--list-separator` overrides.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/ingest/csv-parser.js';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/validate/forms-tool-lists');
const dirs: string[] = [];
const tmp = (name: string) => {
  const d = mkdtempSync(path.join(os.tmpdir(), `kis-${name}-`));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A CSV output as objects by header (outputs start with a byte-order mark). */
function table(file: string): Array<Record<string, string>> {
  const [head, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  return rows.map((r) => Object.fromEntries(head!.fields.map((h, i) => [h, r.fields[i] ?? ''])));
}

describe('analyse keeps rows whose optional cells are unusable', () => {
  let out: string;
  let code: number;
  beforeAll(async () => {
    out = path.join(tmp('optional-cells'), 'out');
    code = (await runCli(['analyse', FIXTURE, '--out', out, '--quiet', '--lang', 'en'])).code;
  });

  it('exits 0 and rejects no row; summary.json counts the blanked cells per file', () => {
    expect(code).toBe(0);
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
    expect(summary.rejected_total).toBe(0);
    expect(summary.cells_blanked_total).toBe(5);
    expect(summary.accounting).toEqual([
      {
        path: 'contacts.csv',
        role: 'contacts',
        rows_read: 5,
        rows_used: 5,
        rows_rejected: 0,
        rejected_by_type: {},
        cells_blanked: 3,
        blanked_by_type: { 'constraint-error': 1, 'type-error': 2 },
      },
      {
        path: 'survey.csv',
        role: 'survey',
        rows_read: 4,
        rows_used: 4,
        rows_rejected: 0,
        rejected_by_type: {},
        cells_blanked: 2,
        blanked_by_type: { 'constraint-error': 1, 'type-error': 1 },
      },
    ]);
  });

  it('register organisations keep their id, type and region; ca. 5 and - are left out, 1.200 is 1200', () => {
    const nodes = new Map(table(path.join(out, 'nodes.csv')).map((n) => [n.label, n]));
    const pick = (label: string) => {
      const n = nodes.get(label)!;
      return [n.id, n.type, n.region, n.kis_contacts];
    };
    expect(pick('Gemeente Amsterdam')).toEqual(['ORG-01', 'government', 'Noord-Holland', '12']);
    expect(pick('Pharos')).toEqual(['ORG-02', 'knowledge_institute', 'Utrecht', '']);
    expect(pick('Aedes')).toEqual(['ORG-03', 'other', 'Zuid-Holland', '1200']); // Branchevereniging → other
    expect(pick('Divosa')).toEqual(['ORG-04', 'sector_organisation', 'Utrecht', '']);
    expect(pick('VluchtelingenWerk')).toEqual(['ORG-05', 'civil_society', 'Noord-Holland', '3']);
  });

  it('the respondents with a rating in words or an unknown type keep their partners and products', () => {
    const edges = table(path.join(out, 'edges.csv')).map((e) => `${e.source}-${e.target}:${e.weight}`);
    // R-2002 (Pharos, rating "acht") names Gemeente Amsterdam and Divosa; R-2004 (Aedes,
    // "Branchevereniging") names Gemeente Amsterdam, whom R-2001 names with Pharos and Aedes.
    expect(edges).toContain('ORG-01-ORG-02:2');
    expect(edges).toContain('ORG-02-ORG-04:1');
    expect(edges).toContain('ORG-01-ORG-03:2');
    const products = new Map(table(path.join(out, 'products.csv')).map((p) => [p.product, p]));
    // `;` lists with a trailing `;`, and a line break inside a cell, split into single products.
    expect([...products.keys()].sort()).toEqual([
      'Handreiking Statushouders',
      'Handreiking Statushouders, Toolkit Inburgering', // suspect-list: reported, not split silently
      'Toolkit Inburgering',
      'Webinar Wonen',
    ]);
    expect(products.get('Toolkit Inburgering')!.organisations).toBe('3');
    expect(products.get('Webinar Wonen')!.type_other).toBe('1'); // Aedes, whose type reads as other
  });
});

describe('a respondent with an unknown type label keeps its rating', () => {
  it('rating_mean is published from both respondents of the organisation', async () => {
    const dir = tmp('unknown-type');
    writeFileSync(
      path.join(dir, 'survey.csv'),
      'respondent_id,organisation,type,rating,partners,products_used\n' +
        'R-1,Aedes,Branchevereniging,6,Divosa;Pharos;,Toolkit;\n' +
        'R-2,Aedes,Branchevereniging,8,Divosa,Toolkit\n' +
        'R-3,Divosa,sectororganisatie,ca. 7,Pharos,Toolkit\n',
    );
    const out = path.join(dir, 'out');
    expect((await runCli(['analyse', dir, '--out', out, '--quiet', '--min-group-size', '2', '--lang', 'en'])).code).toBe(0);
    const nodes = new Map(table(path.join(out, 'nodes.csv')).map((n) => [n.label, n]));
    expect([nodes.get('Aedes')!.type, nodes.get('Aedes')!.rating_mean, nodes.get('Aedes')!.respondents]).toEqual(['other', '7', '2']);
    expect(nodes.get('Divosa')!.respondents).toBe('1');
    const edges = table(path.join(out, 'edges.csv')).map((e) => `${e.source}-${e.target}:${e.weight}`);
    expect(edges).toEqual(['aedes-divosa:2', 'aedes-pharos:1', 'divosa-pharos:1']);
  });
});

describe('--list-separator', () => {
  const survey = 'respondent_id,organisation,partners\nR-1,Aedes,"Divosa;Pharos|Gemeente Ede"\nR-2,Pharos,"Divosa, Aedes"\n';

  it('replaces the default separators (| and ;); line breaks still split', async () => {
    const dir = tmp('list-separator');
    writeFileSync(path.join(dir, 'survey.csv'), survey);
    const r = await runCli(['validate', dir, '--format', 'json', '--list-separator', ',|', '--lang', 'en']);
    expect(r.code).toBe(0);
    const issues = JSON.parse(r.stdout).files[0].issues as Array<{ type: string }>;
    expect(issues.map((i) => i.type)).toEqual([]); // "Divosa, Aedes" is split on commas: no suspect-list
    const out = path.join(dir, 'out');
    expect((await runCli(['analyse', dir, '--out', out, '--quiet', '--list-separator', ',|', '--lang', 'en'])).code).toBe(0);
    const edges = table(path.join(out, 'edges.csv')).map((e) => `${e.source}-${e.target}`);
    expect(edges).toEqual(['aedes-divosa;pharos', 'aedes-gemeente ede', 'aedes-pharos', 'divosa-pharos']);
  });

  it('warns by default about "Divosa, Aedes": both names are known', async () => {
    const dir = tmp('list-separator-default');
    writeFileSync(path.join(dir, 'survey.csv'), survey);
    const r = await runCli(['validate', dir, '--format', 'json', '--lang', 'en']);
    const issues = JSON.parse(r.stdout).files[0].issues as Array<{ type: string; line: number; hint: string }>;
    expect(issues.map((i) => `${i.line}:${i.type}`)).toEqual(['3:suspect-list']);
    expect(issues[0]!.hint).toContain('Use | or ; between names');
  });

  it('refuses letters, digits, spaces and quotes in one line', async () => {
    for (const bad of ['', 'x', ' ', '"']) {
      const r = await runCli(['validate', FIXTURE, '--list-separator', bad, '--lang', 'en']);
      expect(r.code, bad).toBe(2);
      expect(r.stderr.trimEnd().split('\n'), bad).toHaveLength(1);
      expect(r.stderr).toContain('--list-separator must be one or more punctuation characters');
    }
  });
});
