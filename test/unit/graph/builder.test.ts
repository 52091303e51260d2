import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../src/cli/options.js';
import { toCsr } from '../../../src/analyse/csr.js';
import { loadNetwork } from '../../../src/pipeline.js';

/** Write the three files to a temp dir and load them through the real pipeline (no analysis). */
async function load(files: Record<string, string>, flags: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-build-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const options = resolveOptions([dir], { quiet: true, ...flags }, {}, dir, false);
  return loadNetwork(options);
}

const CONTACTS = `id,organisation,type,region,themes,kis_contacts
G1,Gemeente Ede,gemeente,Gelderland,taal|werk,3
G1b,Gemeente Ede,,,,2
S1,Stichting Brug,maatschappelijke organisatie,Utrecht,taal,1
K1,Kennisinstituut Noord,kennisinstelling,Groningen,,0
`;
const INTERVIEWS = `interview_id,source,target,relation,strength,theme
I1,Gemeente Ede,Stichting Brug,samenwerking,3,taal
I1,gemeente ede,Stichting Brug,advies,,werk
I2,Stichting Brug,Gemeente Ede,funding,2,
I2,Stichting Brug,Stichting Brug,,1,
I3,Stichting Brug,Nieuwe Partner,,1,
`;
const SURVEY = `respondent_id,organisation,type,rating,products_used,partners
R1,Gemeente Ede,overheid,7,Factsheet,Stichting Brug|Gemeente Ede
R2,Gemeente Ede,,8,Factsheet|Webinar,Stichting Brug
R3,Gemeente Ede,,9,,
R4,Stichting Brug,sectororganisatie,6,Webinar,Gemeente Ede
R5,Onbekende Vereniging,sectororganisatie,5,,Stichting Brug
`;

describe('rows to one graph (docs/contract.md §3)', () => {
  it('sums interview strengths and survey mentions per pair, with provenance', async () => {
    const { built, accounting } = await load({ 'contacts.csv': CONTACTS, 'interviews.csv': INTERVIEWS, 'survey.csv': SURVEY });
    const g = built!.graph;
    for (const a of accounting) expect(a.rows_read).toBe(a.rows_used + a.rows_rejected);
    // The register id becomes the node id (G1); the second Ede row is a duplicate name, not a new node.
    const edge = g.getEdgeAttributes(g.edge('G1', 'S1')!);
    // Interviews: 3 + 1 (empty strength) + 2 = 6; survey: R1, R2 and R4 name the pair = 3.
    expect(edge.weight).toBe(9);
    expect(edge.mentions).toBe(6);
    expect(edge.sources).toEqual(['interview', 'survey']);
    expect(edge.interviews).toBe(2);
    expect(edge.respondents).toBe(3);
    expect(edge.relations).toEqual(['collaboration', 'advice', 'funding']);
    expect(edge.themes).toEqual(['taal', 'werk']);
    // The self-relation (I2 Brug–Brug, R1 naming its own organisation) adds nothing.
    expect(g.hasEdge('S1', 'S1')).toBe(false);
  });

  it('keeps register attributes, votes survey types, suppresses small-group ratings', async () => {
    const { built } = await load({ 'contacts.csv': CONTACTS, 'interviews.csv': INTERVIEWS, 'survey.csv': SURVEY });
    const g = built!.graph;
    const ede = g.getNodeAttributes('G1');
    expect(ede).toMatchObject({
      label: 'Gemeente Ede',
      type: 'government',
      region: 'Gelderland',
      kis_contacts: 5,
      respondents: 3,
      ratings: 3,
    });
    expect(ede.rating_mean).toBeCloseTo(8, 12); // 3 ratings ≥ min group size 3
    expect(ede.sources).toEqual(['register', 'interview', 'survey']);
    expect(ede.products).toEqual(['Factsheet', 'Webinar']);
    expect(g.getNodeAttribute('S1', 'rating_mean')).toBeNull(); // one rating: suppressed
    // Not in the register: the key is the id, the survey's type vote is the type.
    expect(g.getNodeAttributes('onbekende vereniging')).toMatchObject({ type: 'sector_organisation', respondents: 1, kis_contacts: null });
    expect(g.hasNode('nieuwe partner')).toBe(true);
    // A register organisation nobody names is an isolate.
    expect(g.degree('K1')).toBe(0);
    expect(built!.productUsage).toContainEqual({ organisation: 'G1', product: 'Webinar', respondents: 1 });
  });

  it('publishes rating means only from --min-group-size ratings on', async () => {
    const { built } = await load({ 'survey.csv': SURVEY }, { minGroupSize: '4' });
    expect(built!.graph.getNodeAttribute('gemeente ede', 'rating_mean')).toBeNull();
  });

  it('inserts nodes and edges in sorted order with keys e0, e1, … (deterministic)', async () => {
    const { built } = await load({ 'contacts.csv': CONTACTS, 'interviews.csv': INTERVIEWS, 'survey.csv': SURVEY });
    const g = built!.graph;
    const nodes = g.nodes();
    expect(nodes).toEqual([...nodes].sort());
    const ends = g.mapEdges((k, _a, s, t) => [k, s, t]);
    ends.forEach(([k, s, t], i) => {
      expect(k).toBe(`e${i}`);
      expect(s! < t!).toBe(true);
    });
    const pairs = ends.map(([, s, t]) => `${s}\u0000${t}`);
    expect(pairs).toEqual([...pairs].sort());
  });
});

describe('rows used although a rule was turned down in the config', () => {
  it('leaves out missing and non-numeric values instead of failing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-sev-'));
    writeFileSync(path.join(dir, 'survey.csv'), 'respondent_id,organisation,rating\nR1,,acht\nR2,Gemeente Ede,7\n');
    writeFileSync(
      path.join(dir, 'interviews.csv'),
      'interview_id,source,target,strength\nI1,Gemeente Ede,,x\nI2,Gemeente Ede,Gemeente Epe,twee\n',
    );
    writeFileSync(path.join(dir, 'kis.json'), JSON.stringify({ severities: { 'missing-value': 'warning', 'type-error': 'off' } }));
    const options = resolveOptions([dir], { quiet: true, config: 'kis.json' }, {}, dir, false);
    const { built, accounting } = await loadNetwork(options);
    for (const a of accounting) expect([a.rows_used, a.rows_rejected]).toEqual([2, 0]);
    const g = built!.graph;
    expect(g.order).toBe(2);
    expect(g.getEdgeAttributes(g.edge('gemeente ede', 'gemeente epe')!)).toMatchObject({ weight: 1, mentions: 1 });
    expect(g.getNodeAttributes('gemeente ede')).toMatchObject({ respondents: 1, ratings: 1 });
  });
});

describe('the edge list the builder hands to the analysis', () => {
  it('is the graph’s own edges in forEachEdge order, numbered as graph.nodes(), and gives the same CSR', async () => {
    const dir = path.resolve('data');
    const { built } = await loadNetwork(resolveOptions([dir], { quiet: true }, {}, dir, false));
    const { graph, edges } = built!;
    const keys = graph.nodes();
    const walked: Array<[string, string, number]> = [];
    graph.forEachEdge((_e, a, s, t) => walked.push([s, t, a.weight]));
    expect(walked.length).toBeGreaterThan(100);
    expect(Array.from(edges.source, (s, j) => [keys[s]!, keys[edges.target[j]!]!, edges.weight[j]!])).toEqual(walked);
    expect(toCsr(graph, edges)).toEqual(toCsr(graph));
  });
});
