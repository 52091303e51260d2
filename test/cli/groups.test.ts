/**
 * groups.csv end to end (docs/contract.md §5): `analyse` on a small set of input files, every
 * count checked against a count made here from the CSV text of the inputs (not from the code
 * under test); region spellings of one province (Friesland/Fryslân, N-Brabant/Noord Brabant,
 * Z-Holland) count as that province, a city stays as written.
 */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const CONTACTS = `id,organisation,type,region,kis_contacts
A,Gemeente Leeuwarden,government,Friesland,3
B,Stichting Fries Welzijn,civil_society,Fryslân,0
C,Gemeente Tilburg,government,N-Brabant,2
D,Kennisbureau Zuid,knowledge_institute,Noord Brabant,
E,Vereniging Noord,sector_organisation,Noord-Holland,1
F,Los Bureau,other,'s-Hertogenbosch,0
G,Geen Regio,government,,5
`;
const INTERVIEWS = `interview_id,source,target
I1,Gemeente Leeuwarden,Stichting Fries Welzijn
I1,Gemeente Leeuwarden,Gemeente Tilburg
I2,Kennisbureau Zuid,Gemeente Tilburg
I2,Kennisbureau Zuid,Nieuw Partnerschap
`;
const SURVEY = `respondent_id,organisation,type,region,rating,partners
R1,Gemeente Leeuwarden,,,8,Vereniging Noord
R2,Gemeente Leeuwarden,,,7,
R3,Gemeente Leeuwarden,,,9,
R4,Stichting Fries Welzijn,,,6,Gemeente Leeuwarden
R5,Gemeente Tilburg,,,5,
R6,Gemeente Tilburg,,,,
R7,Kennisbureau Zuid,,,7,Geen Regio
R8,Vereniging Noord,,,8,
R9,Vereniging Noord,,,6,
R10,Vereniging Noord,,,7,
R11,Enquete Bureau,professional,Z-Holland,4,
`;

/** The province spellings of the inputs, as the contract names the provinces. */
const REGION: Record<string, string> = {
  Friesland: 'Fryslân',
  Fryslân: 'Fryslân',
  'N-Brabant': 'Noord-Brabant',
  'Noord Brabant': 'Noord-Brabant',
  'Noord-Holland': 'Noord-Holland',
  'Z-Holland': 'Zuid-Holland',
  "'s-Hertogenbosch": "'s-Hertogenbosch",
};

function table(text: string): Record<string, string>[] {
  const [header, ...lines] = text
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\n');
  const names = header!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i]!, v])));
}

interface Org {
  type: string;
  region: string;
  register: boolean;
  interviewed: boolean;
  respondents: number;
  ratings: number[];
  kis: number;
}

/** Every figure of groups.csv for type and region, counted from the input text. */
function expected(): Map<string, Record<string, number | string>> {
  const orgs = new Map<string, Org>();
  const at = (name: string): Org => {
    let o = orgs.get(name);
    if (!o) orgs.set(name, (o = { type: '', region: '', register: false, interviewed: false, respondents: 0, ratings: [], kis: 0 }));
    return o;
  };
  for (const r of table(CONTACTS)) {
    const o = at(r.organisation!);
    o.register = true;
    o.type = r.type!;
    o.region = r.region ? REGION[r.region]! : '';
    o.kis = Number(r.kis_contacts || 0);
  }
  const pairs = new Set<string>();
  const pair = (a: string, b: string) => pairs.add([a, b].sort().join('\u0000'));
  for (const r of table(INTERVIEWS)) {
    at(r.source!).interviewed = true;
    at(r.target!).interviewed = true;
    pair(r.source!, r.target!);
  }
  for (const r of table(SURVEY)) {
    const o = at(r.organisation!);
    o.respondents++;
    if (r.rating) o.ratings.push(Number(r.rating));
    if (!o.register && r.type) o.type = r.type;
    if (!o.register && r.region) o.region = REGION[r.region]!;
    if (r.partners) {
      at(r.partners);
      pair(r.organisation!, r.partners);
    }
  }
  const degree = new Map<string, number>();
  for (const p of pairs) for (const name of p.split('\u0000')) degree.set(name, (degree.get(name) ?? 0) + 1);
  const out = new Map<string, Record<string, number | string>>();
  for (const dimension of ['type', 'region'] as const) {
    const groupOf = (name: string) => orgs.get(name)![dimension] || 'unknown';
    for (const [name, o] of orgs) {
      const key = `${dimension}/${groupOf(name)}`;
      const row = out.get(key) ?? {
        organisations: 0,
        in_network: 0,
        register: 0,
        interviewed: 0,
        surveyed: 0,
        kis_contacted: 0,
        respondents: 0,
        relations_within: 0,
        relations_across: 0,
        rating_n: 0,
        rating_sum: 0,
      };
      out.set(key, row);
      const add = (field: string, n: number) => (row[field] = (row[field] as number) + n);
      add('organisations', 1);
      add('in_network', degree.has(name) ? 1 : 0);
      add('register', o.register ? 1 : 0);
      add('interviewed', o.interviewed ? 1 : 0);
      add('surveyed', o.respondents > 0 ? 1 : 0);
      add('kis_contacted', o.kis > 0 ? 1 : 0);
      add('respondents', o.respondents);
      add('rating_n', o.ratings.length);
      add(
        'rating_sum',
        o.ratings.reduce((s, x) => s + x, 0),
      );
    }
    for (const p of pairs) {
      const [a, b] = p.split('\u0000') as [string, string];
      const ga = `${dimension}/${groupOf(a)}`;
      const gb = `${dimension}/${groupOf(b)}`;
      if (ga === gb) (out.get(ga)!.relations_within as number)++;
      else {
        (out.get(ga)!.relations_across as number)++;
        (out.get(gb)!.relations_across as number)++;
      }
    }
  }
  return out;
}

describe('groups.csv from a small set of inputs', () => {
  let rows: Record<string, string>[];
  let nodes: Record<string, string>[];
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-groups-'));
    writeFileSync(path.join(dir, 'contacts.csv'), CONTACTS);
    writeFileSync(path.join(dir, 'interviews.csv'), INTERVIEWS);
    writeFileSync(path.join(dir, 'survey.csv'), SURVEY);
    const out = path.join(dir, 'out');
    const result = await runCli(['analyse', dir, '--out', out, '--lang', 'en']);
    expect(result.stderr).toBe('');
    rows = table(readFileSync(path.join(out, 'groups.csv'), 'utf8'));
    nodes = table(readFileSync(path.join(out, 'nodes.csv'), 'utf8'));
  });

  it('counts every type and region group as the inputs do', () => {
    const want = expected();
    const got = rows.filter((r) => r.dimension !== 'community');
    expect(got.map((r) => `${r.dimension}/${r.group}`).sort()).toEqual([...want.keys()].sort());
    for (const r of got) {
      const w = want.get(`${r.dimension}/${r.group}`)!;
      for (const field of Object.keys(w).filter((f) => f !== 'rating_sum'))
        expect(Number(r[field]), `${r.dimension}/${r.group} ${field}`).toBe(w[field]);
      const within = w.relations_within as number;
      const across = w.relations_across as number;
      expect(r.ei_index).toBe(within + across === 0 ? '' : String((across - within) / (across + within)));
      if (r.rating_mean !== '') {
        expect(w.rating_n as number).toBeGreaterThanOrEqual(3);
        expect(Number(r.rating_mean)).toBeCloseTo((w.rating_sum as number) / (w.rating_n as number), 12);
      }
    }
  });

  it('sorts by dimension, then group: communities by number, the others by code unit', () => {
    const dims = rows.map((r) => r.dimension);
    expect(dims).toEqual(
      [...dims].sort((a, b) => ['type', 'region', 'community'].indexOf(a!) - ['type', 'region', 'community'].indexOf(b!)),
    );
    for (const d of ['type', 'region']) {
      const groups = rows.filter((r) => r.dimension === d).map((r) => r.group!);
      expect(groups).toEqual([...groups].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    const communities = rows.filter((r) => r.dimension === 'community').map((r) => Number(r.group));
    expect(communities).toEqual([...communities].sort((a, b) => a - b));
    // Each dimension covers every organisation once.
    for (const d of ['type', 'region', 'community']) {
      expect(rows.filter((r) => r.dimension === d).reduce((n, r) => n + Number(r.organisations), 0)).toBe(nodes.length);
    }
  });

  it('writes one name per province in nodes.csv and groups.csv, and leaves a city as written', () => {
    const regions = new Set(nodes.map((n) => n.region));
    expect([...regions].sort()).toEqual(['', "'s-Hertogenbosch", 'Fryslân', 'Noord-Brabant', 'Noord-Holland', 'Zuid-Holland']);
    expect(rows.filter((r) => r.dimension === 'region').map((r) => r.group)).toEqual([
      "'s-Hertogenbosch",
      'Fryslân',
      'Noord-Brabant',
      'Noord-Holland',
      'Zuid-Holland',
      'unknown',
    ]);
  });

  it('suppresses by §6: rule (b) keeps back the mean of Fryslân, which holds a single-rating organisation', () => {
    const region = (group: string) => rows.find((r) => r.dimension === 'region' && r.group === group)!;
    // Fryslân: Leeuwarden 3 ratings (published) + Fries Welzijn 1 (suppressed): rule (b).
    expect(region('Fryslân').rating_n).toBe('4');
    expect(region('Fryslân').rating_mean).toBe('');
    // Noord-Holland: the 3 ratings of one organisation; Noord-Brabant (2) and Zuid-Holland (1) are too small.
    expect(region('Noord-Brabant').rating_mean).toBe('');
    expect(region('Zuid-Holland').rating_mean).toBe('');
    expect(region('Noord-Holland').rating_mean).toBe('7');
  });
});
