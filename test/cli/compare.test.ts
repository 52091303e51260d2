/**
 * `kis-network compare` on the bundled waves (data/ = 2021, data/2024/): the changes the
 * generator planted (scripts/lib/wave-2024.mjs, worked out there from the input tables) are found
 * exactly; folder and input-PATH waves give the same bytes; reruns are byte-identical; a folder
 * compared with itself shows no change; option differences warn and different network kinds
 * exit 2.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateWave2024 } from '../../scripts/generate-example.mjs';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(ROOT, 'data');
const OUTPUTS = [
  'communities.csv',
  'groups.csv',
  'map.html',
  'organisations.csv',
  'relations.csv',
  'report.html',
  'report.md',
  'summary.json',
];

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kis-compare-'));

/** Rows of one of our CSV outputs as objects (no quoted commas in the columns read here). */
function table(file: string): Array<Record<string, string>> {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');
  const header = lines[0]!.split(',');
  return lines.slice(1).map((line) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

const hashes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(path.join(dir, f)))
        .digest('hex'),
    ]),
  );

describe('kis-network compare on the bundled waves', () => {
  const a = path.join(tmp, 'runs', 'data');
  const b = path.join(tmp, 'runs', '2024');
  const out = path.join(tmp, 'cmp');
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    expect((await runCli(['analyse', DATA, '--out', a, '-q'])).code).toBe(0);
    expect((await runCli(['analyse', path.join(DATA, '2024'), '--out', b, '-q'])).code).toBe(0);
    result = await runCli(['compare', a, b, '--out', out, '--lang', 'en']);
  }, 120_000);

  it('writes every output and says what changed', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
    expect(result.stdout).toContain('6 organisations new, 5 gone, 309 stayed');
  });

  it('finds exactly the organisations and relations the generator planted', () => {
    const { expected } = generateWave2024();
    const orgs = table(path.join(out, 'organisations.csv'));
    const ids = (status: string) => orgs.filter((r) => r.status === status).map((r) => r.id);
    expect(ids('new')).toEqual(expected.organisations.new);
    expect(ids('gone')).toEqual(expected.organisations.gone);
    expect(ids('new')).toHaveLength(6);
    expect(ids('gone')).toHaveLength(5);
    const rels = table(path.join(out, 'relations.csv'));
    const pairs = (status: string) => rels.filter((r) => r.status === status).map((r) => `${r.source},${r.target}`);
    for (const status of ['new', 'gone', 'stronger', 'weaker'] as const) expect(pairs(status)).toEqual(expected.relations[status]);
    expect(pairs('stronger')).toHaveLength(5);
    expect(pairs('weaker')).toHaveLength(5);
  });

  it('writes report.html from the same report model: self-contained, with a chart, no script', () => {
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    const md = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="https?:/);
    for (const title of [
      'At a glance',
      'New and gone organisations',
      'Rose and fell',
      'Communities',
      'Coverage per group',
      'Rating per group',
    ]) {
      expect(md).toContain(`## ${title}`);
      expect(html).toContain(`>${title}</h2>`);
    }
  });

  it('reports the renamed organisation as a possible rename, not joined', () => {
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
    expect(summary.renamed_candidates.map((c: { old_label: string; new_label: string }) => [c.old_label, c.new_label])).toEqual([
      ['Vereniging Wonen, Werken & Leren', 'Ver. Wonen, Werken & Leren'],
    ]);
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(report).toContain('Vereniging Wonen, Werken & Leren → Ver. Wonen, Werken & Leren');
  });

  it('joins the renamed organisation with --aliases', async () => {
    const aliases = path.join(tmp, 'renamed.csv');
    writeFileSync(aliases, 'alias,organisation\n"Ver. Wonen, Werken & Leren","Vereniging Wonen, Werken & Leren"\n');
    const joined = path.join(tmp, 'cmp-aliases');
    const r = await runCli(['compare', a, b, '--out', joined, '--aliases', aliases, '-q']);
    expect(r.code).toBe(0);
    const orgs = table(path.join(joined, 'organisations.csv'));
    expect(orgs.filter((o) => o.status === 'new')).toHaveLength(5);
    expect(orgs.filter((o) => o.status === 'gone')).toHaveLength(4);
    const row = orgs.find((o) => o.label === 'Ver. Wonen, Werken & Leren')!;
    expect(row.status).toBe('stayed');
    expect(JSON.parse(readFileSync(path.join(joined, 'summary.json'), 'utf8')).aliases_joined).toBe(1);
  });

  it('gives the same bytes from input paths as from the output folders, and on a rerun', async () => {
    const again = path.join(tmp, 'cmp-again');
    expect((await runCli(['compare', a, b, '--out', again, '--lang', 'en', '-q'])).code).toBe(0);
    expect(hashes(again)).toEqual(hashes(out));
    const fromInputs = path.join(tmp, 'cmp-inputs');
    const r = await runCli(['compare', 'data', 'data/2024', '--out', fromInputs, '--lang', 'en', '-q'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(hashes(fromInputs)).toEqual(hashes(out));
  }, 120_000);

  it('ranks by PageRank with ties sharing the best rank', () => {
    const orgs = table(path.join(out, 'organisations.csv')).filter((o) => o.status !== 'gone');
    const byPagerank = [...orgs].sort((x, y) => Number(y.pagerank_new) - Number(x.pagerank_new));
    byPagerank.forEach((o, k) => {
      const first = byPagerank.findIndex((p) => p.pagerank_new === o.pagerank_new);
      expect(Number(o.rank_new)).toBe(first + 1);
      expect(first).toBeLessThanOrEqual(k);
    });
    // The isolates share one PageRank, so they share a rank.
    const isolates = orgs.filter((o) => o.degree_new === '0');
    expect(new Set(isolates.map((o) => o.rank_new)).size).toBe(1);
  });

  it('publishes a rating change only where both means are published', () => {
    const groups = table(path.join(out, 'groups.csv'));
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      const both = g.rating_mean_old !== '' && g.rating_mean_new !== '';
      expect(g.rating_mean_change !== '').toBe(both);
      if (both) expect(Number(g.rating_mean_change)).toBeCloseTo(Number(g.rating_mean_new) - Number(g.rating_mean_old), 12);
      for (const w of ['old', 'new']) if (g[`rating_mean_${w}`] !== '') expect(Number(g[`rating_n_${w}`])).toBeGreaterThanOrEqual(3);
    }
    // Knowledge institutes' ratings were planted one point higher.
    const ki = groups.find((g) => g.dimension === 'type' && g.group === 'knowledge_institute')!;
    expect(Number(ki.rating_mean_change)).toBeGreaterThan(0.8);
  });

  it('puts the change of the NEW wave into the map, with wave names and no paths', () => {
    const html = readFileSync(path.join(out, 'map.html'), 'utf8');
    const island = /<script type="application\/json" id="kis-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const payload = JSON.parse(island);
    expect(payload.change.waves).toEqual({ old: 'data', new: '2024' });
    const { expected } = generateWave2024();
    const nodeKinds = ['new', 'stayed', 'stronger', 'weaker'];
    const newIds = payload.nodes.id.filter((_: string, i: number) => nodeKinds[payload.change.node[i]] === 'new');
    expect(newIds.sort()).toEqual(expected.organisations.new);
    const edgeKinds = ['new', 'stronger', 'weaker', 'same'];
    const edgePairs = (kind: string) =>
      payload.edges.source
        .map((s: number, k: number) => [payload.nodes.id[s], payload.nodes.id[payload.edges.target[k]]].sort().join(','))
        .filter((_: string, k: number) => edgeKinds[payload.change.edge[k]] === kind)
        .sort();
    for (const kind of ['new', 'stronger', 'weaker'] as const) expect(edgePairs(kind)).toEqual(expected.relations[kind]);
    expect(payload.change.gone.organisations.map((o: { id: string }) => o.id)).toEqual(expected.organisations.gone);
    expect(payload.change.gone.relations.map((r: { source: string; target: string }) => `${r.source},${r.target}`)).toEqual(
      expected.relations.gone,
    );
    for (const file of readdirSync(out)) expect(readFileSync(path.join(out, file), 'utf8')).not.toContain(tmp);
  });
});

describe('kis-network compare: a folder with itself, option differences, errors', () => {
  const a = path.join(tmp, 'self', 'data');
  beforeAll(async () => {
    expect((await runCli(['analyse', DATA, '--out', a, '-q'])).code).toBe(0);
  }, 60_000);

  it('finds no change when a folder is compared with itself', async () => {
    const out = path.join(tmp, 'self-cmp');
    const r = await runCli(['compare', a, a, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const s = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
    expect(s.organisations).toEqual({ new: 0, gone: 0, stayed: 314 });
    expect(s.relations).toMatchObject({ new: 0, gone: 0, stronger: 0, weaker: 0, same: 2197 });
    expect(s.communities).toMatchObject({ stable: 20, split: 0, merged: 0, new: 0, dissolved: 0 });
    expect(s.rank.rose).toEqual([]);
    expect(s.renamed_candidates).toEqual([]);
    for (const o of table(path.join(out, 'organisations.csv'))) expect([o.status, o.rank_change]).toEqual(['stayed', '0']);
    for (const c of table(path.join(out, 'communities.csv'))) expect([c.kind, c.jaccard]).toEqual(['stable', '1']);
  });

  it('warns, naming the difference, when the seed or the minimum group size differ', async () => {
    const other = path.join(tmp, 'self', 'seed7');
    expect((await runCli(['analyse', DATA, '--out', other, '--seed', '7', '--min-group-size', '5', '-q'])).code).toBe(0);
    const out = path.join(tmp, 'seed-cmp');
    const r = await runCli(['compare', a, other, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: the waves were analysed with a different --seed (data: 42, seed7: 7)');
    expect(r.stderr).toContain('different --min-group-size (data: 3, seed7: 5)');
    const s = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
    expect(s.warnings).toEqual([
      { option: 'seed', old: 42, new: 7 },
      { option: 'min_group_size', old: 3, new: 5 },
    ]);
    // The larger minimum group size applies to both waves.
    expect(s.min_group_size).toBe(5);
    for (const g of table(path.join(out, 'groups.csv')))
      for (const w of ['old', 'new']) if (g[`rating_mean_${w}`] !== '') expect(Number(g[`rating_n_${w}`])).toBeGreaterThanOrEqual(5);
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('different --seed');
    // The map (NEW was analysed with 5) shows no organisation mean on fewer than 5 ratings.
    const island = /<script type="application\/json" id="kis-data">([\s\S]*?)<\/script>/.exec(
      readFileSync(path.join(out, 'map.html'), 'utf8'),
    )![1]!;
    const nodes = JSON.parse(island).nodes as { rating: Array<number | null>; ratings: Array<number | null> };
    nodes.rating.forEach((v, i) => {
      if (v !== null) expect(nodes.ratings[i]).toBeGreaterThanOrEqual(5);
    });
  }, 60_000);

  it("suppresses the map's organisation means under a larger --min-group-size than the wave's", async () => {
    const out = path.join(tmp, 'mgs-cmp');
    expect((await runCli(['compare', a, a, '--out', out, '--min-group-size', '6', '-q'])).code).toBe(0);
    const island = /<script type="application\/json" id="kis-data">([\s\S]*?)<\/script>/.exec(
      readFileSync(path.join(out, 'map.html'), 'utf8'),
    )![1]!;
    const p = JSON.parse(island);
    expect(p.meta.params.minGroupSize).toBe(6);
    let hidden = 0;
    p.nodes.rating.forEach((v: number | null, i: number) => {
      if (v !== null) expect(p.nodes.ratings[i]).toBeGreaterThanOrEqual(6);
      else if (p.nodes.ratingSuppressed[i] === 1) hidden++;
    });
    expect(hidden).toBeGreaterThan(64); // the example has 64 organisations with 1–2 respondents
    for (const g of table(path.join(out, 'groups.csv')))
      for (const w of ['old', 'new']) if (g[`rating_mean_${w}`] !== '') expect(Number(g[`rating_n_${w}`])).toBeGreaterThanOrEqual(6);
  });

  it('exits 2 when the waves were analysed as different network kinds', async () => {
    const coUsage = path.join(tmp, 'self', 'co-usage');
    expect((await runCli(['analyse', DATA, '--out', coUsage, '--network', 'co-usage', '-q'])).code).toBe(0);
    const r = await runCli(['compare', a, coUsage, '--out', path.join(tmp, 'kinds'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--network relations');
    expect(r.stderr).toContain('--network co-usage');
    expect(r.stderr).not.toMatch(/\bat \w+ \(/); // no stack trace
  }, 60_000);

  it('refuses an --out that is one of the waves', async () => {
    const r = await runCli(['compare', a, a, '--out', a]);
    expect(r.code).toBe(2);
    expect(readdirSync(a)).toContain('nodes.csv');
  });

  it('names the file when a folder is not a complete analyse output', async () => {
    const broken = path.join(tmp, 'broken');
    expect((await runCli(['analyse', DATA, '--out', broken, '-q'])).code).toBe(0);
    writeFileSync(path.join(broken, 'edges.csv'), '\uFEFFsource,target\nO001,O002\n');
    const r = await runCli(['compare', a, broken, '--out', path.join(tmp, 'broken-cmp'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('edges.csv:1: the column weight is missing');
  }, 60_000);
});

describe('kis-network compare: a one-organisation wave', () => {
  it('compares a wave of one isolated organisation with the example, both ways', async () => {
    const inputs = path.join(tmp, 'one');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(inputs, { recursive: true });
    writeFileSync(path.join(inputs, 'contacts.csv'), 'organisation,type,region\nGemeente Utrecht,government,Utrecht\n');
    const one = path.join(tmp, 'one-out', 'one');
    expect((await runCli(['analyse', inputs, '--out', one, '-q'])).code).toBe(0);
    const self = path.join(tmp, 'one-self');
    expect((await runCli(['compare', one, one, '--out', self, '-q'])).code).toBe(0);
    const orgs = table(path.join(self, 'organisations.csv'));
    expect(orgs.map((o) => [o.status, o.rank_old, o.rank_new])).toEqual([['stayed', '1', '1']]);
    expect(table(path.join(self, 'relations.csv'))).toEqual([]);

    const grown = path.join(tmp, 'one-grown');
    const r = await runCli(['compare', one, DATA, '--out', grown, '--lang', 'en', '-q']);
    expect(r.code).toBe(0);
    const s = JSON.parse(readFileSync(path.join(grown, 'summary.json'), 'utf8'));
    // The one organisation (keyed by name: no register id) is not the example's Gemeente Utrecht (register id O…).
    expect(s.organisations).toEqual({ new: 314, gone: 1, stayed: 0 });
    expect(s.relations.new).toBe(2197);
    expect(s.communities.dissolved).toBe(1);
    const back = path.join(tmp, 'one-back');
    expect((await runCli(['compare', DATA, one, '--out', back, '-q'])).code).toBe(0);
    const b = JSON.parse(readFileSync(path.join(back, 'summary.json'), 'utf8'));
    expect(b.organisations).toEqual({ new: 1, gone: 314, stayed: 0 });
    expect(b.relations.gone).toBe(2197);
  }, 120_000);
});
