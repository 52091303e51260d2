/**
 * summary.json.insights against NetworkX 2.8.8 and SciPy 1.10.1 (./insights/, whose README
 * gives the provenance): type, region and degree assortativity on karate (the club as type, a
 * planted region with unknowns), Florentine families, a 6-cycle and a small network of our own
 * with unknown types and regions; the rank correlation of rating_mean and PageRank over the
 * organisations with a published mean; Spearman's rho on tied series.
 */

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseGraph, computeInsights } from '../../src/analyse/index.js';
import { spearman } from '../../src/analyse/rank-correlation.js';
import type { OrgAttributes, OrgGraph } from '../../src/graph/types.js';
import { buildGraph } from '../unit/analyse/graph-helpers.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIR = path.join(HERE, 'insights');
const ORACLE = path.join(HERE, 'oracle');

interface Reference {
  nodes: number;
  edges: number;
  assortativity: { type: number | null; region: number | null; degree: number | null };
  rating_centrality: { spearman: number | null; n: number; nodes: string[] };
}
const refs = JSON.parse(readFileSync(path.join(DIR, 'references.json'), 'utf8')) as {
  networks: Record<string, Reference>;
  spearman: Array<{ series: string; spearman: number | null }>;
};

/** A plain CSV without quoting, as rows of column → text. */
function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

function network(edgesFile: string, nodesFile?: string): OrgGraph {
  const edges = readCsv(edgesFile).map((r) => [r.source!, r.target!, Number(r.weight)] as const);
  const rows = nodesFile ? readCsv(nodesFile) : [];
  const graph = buildGraph(
    edges,
    rows.map((r) => r.id!),
  );
  for (const r of rows) {
    const over: Partial<OrgAttributes> = {};
    if (r.type !== undefined) over.type = r.type as OrgAttributes['type'];
    if (r.region !== undefined) over.region = r.region;
    if (r.rating_mean !== undefined) over.rating_mean = r.rating_mean === '' ? null : Number(r.rating_mean);
    if (r.ratings !== undefined) over.ratings = Number(r.ratings);
    graph.mergeNodeAttributes(r.id!, over);
  }
  return graph;
}

function cycle6(): OrgGraph {
  const keys = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5'];
  const graph = buildGraph(keys.map((k, i) => [k, keys[(i + 1) % 6]!] as const));
  for (const k of keys) graph.mergeNodeAttributes(k, { type: 'government', region: ['r0', 'r1', 'r2'].includes(k) ? 'North' : 'South' });
  return graph;
}

const NETWORKS: Record<string, () => OrgGraph> = {
  karate: () => network(path.join(ORACLE, 'karate.edges.csv'), path.join(DIR, 'karate.nodes.csv')),
  florentine: () => network(path.join(ORACLE, 'florentine.edges.csv')),
  cycle6,
  small: () => network(path.join(DIR, 'small.edges.csv'), path.join(DIR, 'small.nodes.csv')),
};

function close(actual: number | null, expected: number | null, tolerance: number): void {
  if (expected === null) expect(actual).toBeNull();
  else {
    expect(actual).not.toBeNull();
    expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(tolerance);
  }
}

describe.each(Object.keys(NETWORKS))('insights: %s', (name) => {
  const ref = refs.networks[name]!;

  it('matches NetworkX and SciPy', async () => {
    const graph = NETWORKS[name]!();
    expect([graph.order, graph.size]).toEqual([ref.nodes, ref.edges]);
    await analyseGraph(graph, {
      seed: 42,
      betweenness: { mode: 'exact' },
      exactLimit: 20000,
      autoSamples: 512,
      threads: 1,
      resolution: 1,
    });
    const insights = computeInsights(graph, { minGroupSize: 3 });
    close(insights.assortativity.type, ref.assortativity.type, 1e-12);
    close(insights.assortativity.region, ref.assortativity.region, 1e-12);
    close(insights.assortativity.degree, ref.assortativity.degree, 1e-12);
    expect(insights.rating_centrality.n).toBe(ref.rating_centrality.n);
    close(insights.rating_centrality.spearman, ref.rating_centrality.spearman, 1e-12);
  });
});

describe('spearman on tied series', () => {
  const rows = readCsv(path.join(DIR, 'spearman.csv'));
  it.each(refs.spearman)('$series', ({ series, spearman: expected }) => {
    const mine = rows.filter((r) => r.series === series);
    const rho = spearman(
      mine.map((r) => Number(r.x)),
      mine.map((r) => Number(r.y)),
    );
    close(Number.isFinite(rho) ? rho : null, expected, 1e-12);
  });
});
