/**
 * mixing.csv: the counts and weights against a direct count from the edge list of a fixture,
 * the unknown group, pair and row order by code unit, no empty pairs, the formula guard, and
 * independence from the insertion order. Also the published-rating rule of the insights
 * (analyse/insights.ts), which repeats export/privacy.ts; and report.md's mixing line.
 */

import Papa from 'papaparse';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { exportMixingCsv, MIXING_COLUMNS } from '../../../src/export/mixing-csv.js';
import { publishedRatingMean } from '../../../src/export/privacy.js';
import { computeInsights } from '../../../src/analyse/insights.js';
import type { OrgAttributes, OrgGraph, RelationAttributes } from '../../../src/graph/types.js';
import { exportReportMd } from '../../../src/export/report-md.js';
import { OPTIONS, OPTIONS_EN, emptyResult, fixtureResult, org, relation } from './fixture.js';

const rows = (text: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;

type Node = [id: string, type: OrgAttributes['type'], region: string];
const NODES: Node[] = [
  ['a', 'government', 'Utrecht'],
  ['b', 'government', 'Gelderland'],
  ['c', 'knowledge_institute', ''],
  ['d', '', 'Utrecht'],
  ['e', 'civil_society', '=Zeeland'],
  ['f', 'government', 'Utrecht'],
  ['g', '', ''],
];
const EDGES: Array<[string, string, number]> = [
  ['a', 'b', 2],
  ['a', 'f', 1.5],
  ['b', 'f', 3],
  ['a', 'c', 1],
  ['c', 'd', 4],
  ['d', 'e', 0.25],
  ['e', 'a', 2],
  ['c', 'e', 1],
];

function graphOf(nodes: Node[], edges: Array<[string, string, number]>): OrgGraph {
  const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
  for (const [id, type, region] of nodes) g.addNode(id, org(id, { type, region }));
  for (const [s, t, w] of edges) g.addEdge(s, t, relation({ weight: w }));
  return g;
}

/** The expected rows, counted straight from the lists. */
function directCount(dimension: 'type' | 'region'): Array<[string, string, number, number]> {
  const groupOfNode = new Map(NODES.map(([id, type, region]) => [id, (dimension === 'type' ? type : region) || 'unknown']));
  const out: Array<[string, string, number, number]> = [];
  const groups = [...new Set(groupOfNode.values())].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (const a of groups) {
    for (const b of groups) {
      if (b < a) continue;
      let count = 0;
      let weight = 0;
      for (const [s, t, w] of EDGES) {
        const x = groupOfNode.get(s)!;
        const y = groupOfNode.get(t)!;
        if ((x === a && y === b) || (x === b && y === a)) {
          count++;
          weight += w;
        }
      }
      if (count > 0) out.push([a, b, count, weight]);
    }
  }
  return out;
}

const guarded = (group: string): string => (group.startsWith('=') ? `'${group}` : group);

describe('mixing.csv', () => {
  const text = exportMixingCsv({ ...emptyResult(), graph: graphOf(NODES, EDGES) }, OPTIONS);

  it('has the contract columns', () => {
    expect(text.slice(1, text.indexOf('\n')).split(',')).toEqual([...MIXING_COLUMNS]);
    expect(MIXING_COLUMNS).toEqual(['dimension', 'group_a', 'group_b', 'relations', 'weight']);
  });

  it('counts relations and sums weights by type, then by region, as a direct count of the edges does', () => {
    const got = rows(text).map((r) => [r.dimension, r.group_a, r.group_b, Number(r.relations), Number(r.weight)]);
    const expected = [
      ...directCount('type').map((r) => ['type', ...r]),
      // The formula guard of the CSV conventions: a group starting with `=` is written with a `'`.
      ...directCount('region').map((r) => ['region', guarded(r[0]), guarded(r[1]), r[2], r[3]]),
    ];
    expect(got).toEqual(expected);
    // Every relation is counted once per dimension; the isolate g adds no pair.
    for (const dimension of ['type', 'region']) {
      const mine = got.filter((r) => r[0] === dimension);
      expect(mine.reduce((s, r) => s + (r[3] as number), 0)).toBe(EDGES.length);
    }
  });

  it('does not depend on the insertion order', () => {
    const reversed = graphOf([...NODES].reverse(), EDGES.map(([s, t, w]): [string, string, number] => [t, s, w]).reverse());
    expect(exportMixingCsv({ ...emptyResult(), graph: reversed }, OPTIONS)).toBe(text);
  });

  it('is the header alone without relations', () => {
    expect(exportMixingCsv(emptyResult(), OPTIONS)).toBe('\uFEFFdimension,group_a,group_b,relations,weight\n');
  });

  it('writes the fixture with unknown groups', () => {
    const got = rows(exportMixingCsv(fixtureResult(), OPTIONS));
    expect(got.length).toBeGreaterThan(0);
    for (const r of got) expect(r.group_a! <= r.group_b!).toBe(true);
  });
});

describe('insights: published ratings only', () => {
  it('uses the same rule as publishedRatingMean', () => {
    for (const minGroupSize of [1, 2, 3, 5]) {
      const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
      const cases: Array<[number | null, number]> = [
        [4, 1],
        [3, 2],
        [5, 3],
        [2, 4],
        [1, 5],
        [null, 6],
        [4.5, 7],
      ];
      cases.forEach(([mean, ratings], i) => {
        g.addNode(`n${i}`, org(`n${i}`, { rating_mean: mean, ratings, pagerank: (i + 1) / 28 }));
      });
      const expected = g.filterNodes((_k, a) => publishedRatingMean(a, { minGroupSize }) !== null).length;
      expect(computeInsights(g, { minGroupSize }).rating_centrality.n, `minGroupSize ${minGroupSize}`).toBe(expected);
    }
  });
});

describe('report.md: the mixing line', () => {
  const withEdges = (count: number): string => {
    const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
    for (let i = 0; i <= count; i++) g.addNode(`n${i}`, org(`N${i}`, { type: i % 2 === 0 ? 'government' : 'civil_society' }));
    g.addNode('x', org('X'));
    for (let i = 0; i < count; i++) g.addEdge(`n${i}`, `n${i + 1}`, relation());
    g.addEdge('x', 'n0', relation());
    const result = fixtureResult();
    result.graph = g;
    result.insights.assortativity.type = -1;
    return exportReportMd(result, OPTIONS_EN);
  };

  it('counts the relations between organisations of known type and adds a caution below 30', () => {
    const few = withEdges(29);
    expect(few).toContain('assortativity **-1.00** over **29** relations');
    expect(few).toContain('tentative indication');
    const enough = withEdges(30);
    expect(enough).toContain('over **30** relations');
    expect(enough).not.toContain('tentative indication');
    expect(enough).toContain('not a cause');
  });
});
