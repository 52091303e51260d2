import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { coUsageGraph } from '../../../src/graph/co-usage.js';
import { blankMetrics, type OrgAttributes, type OrgGraph, type RelationAttributes } from '../../../src/graph/types.js';
import { runCli } from '../../helpers/cli.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function org(label: string): OrgAttributes {
  return {
    label,
    type: '',
    region: '',
    themes: [],
    kis_contacts: null,
    respondents: 1,
    rating_mean: null,
    ratings: 0,
    rating_sum: 0,
    products: [],
    sources: ['survey'],
    extra: {},
    ...blankMetrics(),
  };
}

describe('co-usage projection', () => {
  it('links organisations by the number of products both use (weighted bipartite projection)', () => {
    const relations: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
    for (const id of ['a', 'b', 'c', 'd']) relations.addNode(id, org(id.toUpperCase()));
    relations.addUndirectedEdgeWithKey('e0', 'a', 'd', {
      weight: 5,
      mentions: 5,
      sources: ['interview'],
      interviews: 1,
      respondents: 0,
      relations: [],
      themes: [],
    });
    const usage = [
      { organisation: 'a', product: 'P1' },
      { organisation: 'b', product: 'P1' },
      { organisation: 'a', product: 'P2' },
      { organisation: 'b', product: 'P2' },
      { organisation: 'c', product: 'P2' },
    ];
    const g = coUsageGraph(relations, usage);
    expect(g.order).toBe(4); // every organisation stays, d becomes an isolate
    const edges = g.mapEdges((_k, a, s, t) => [s, t, a.weight, a.mentions]);
    expect(edges).toEqual([
      ['a', 'b', 2, 2],
      ['a', 'c', 1, 1],
      ['b', 'c', 1, 1],
    ]);
    expect(g.degree('d')).toBe(0);
    expect(g.getNodeAttribute('a', 'label')).toBe('A');
  });

  it('is what analyse --network co-usage analyses and writes', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'kis-cu-')), 'out');
    const r = await runCli(['analyse', '--network', 'co-usage', '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
    expect(summary.parameters.network).toBe('co-usage');
    const rows = readFileSync(path.join(out, 'edges.csv'), 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(rows.length).toBe(summary.graph.edges);
    for (const row of rows.slice(0, 200)) {
      expect(row[2]).toBe(row[3]); // weight = mentions = shared products
      expect(Number(row[2])).toBeGreaterThanOrEqual(1);
      expect(Number(row[2])).toBeLessThanOrEqual(8); // the example has 8 products
    }
  });
});
