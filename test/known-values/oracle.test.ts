/**
 * Every metric column of `analyseGraph` against NetworkX 2.8.8's values for the karate club
 * (weighted) and the Florentine families (unweighted), kept in ./oracle/ (its README gives the
 * provenance, the conventions and the tolerances). Louvain is randomized, so it is checked by
 * invariants: a partition, modularity recomputed here, seeded reproducibility, and the exact
 * optimum as a ceiling.
 */

import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseGraph, type AnalyseOptions } from '../../src/analyse/index.js';
import type { OrgGraph } from '../../src/graph/types.js';
import type { GraphFigures, MetricMethods } from '../../src/result.js';
import { buildGraph } from '../unit/analyse/graph-helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ORACLE = path.resolve(here, 'oracle');

interface Expected {
  graph: Record<string, number | boolean>;
  node_order: string[];
  nodes: Record<string, Record<string, number | null>>;
  communities: Record<string, { modularity?: number; optimum?: { modularity: number } }>;
}

/** The oracle CSVs are plain (no quotes, no embedded commas). */
function readCsv(file: string): Array<Record<string, string>> {
  const [header, ...rows] = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l !== '');
  const cols = header!.split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((cell, i) => [cols[i]!, cell])));
}

function loadGraph(name: string): OrgGraph {
  const edges = readCsv(path.join(ORACLE, `${name}.interviews.csv`)).map(
    (r) => [r.source!, r.target!, r.strength ? Number(r.strength) : 1] as const,
  );
  const nodes = readCsv(path.join(ORACLE, `${name}.nodes.csv`)).map((r) => r.id!);
  return buildGraph(edges, nodes);
}

const options = (threads: number, seed = 42): AnalyseOptions => ({
  seed,
  betweenness: { mode: 'exact' },
  exactLimit: 20000,
  autoSamples: 512,
  threads,
  resolution: 1,
});

/** Weighted Newman–Girvan modularity, written independently of src/: the double-sum form. */
function modularityFromPartition(graph: OrgGraph): number {
  const nodes = graph.nodes();
  const k = new Map(nodes.map((v) => [v, 0]));
  let m = 0;
  graph.forEachEdge((_e, a, s, t) => {
    k.set(s, k.get(s)! + a.weight);
    k.set(t, k.get(t)! + a.weight);
    m += a.weight;
  });
  let q = 0;
  for (const i of nodes) {
    for (const j of nodes) {
      if (graph.getNodeAttribute(i, 'community') !== graph.getNodeAttribute(j, 'community')) continue;
      const aij = graph.hasEdge(i, j) ? graph.getEdgeAttribute(graph.edge(i, j)!, 'weight') : 0;
      q += aij - (k.get(i)! * k.get(j)!) / (2 * m);
    }
  }
  return q / (2 * m);
}

const TOLERANCE: Record<string, number> = {
  degree: 0,
  strength: 0,
  core: 0,
  betweenness: 1e-9,
  closeness: 1e-9,
  harmonic: 1e-9,
  constraint: 1e-9,
  clustering: 1e-9,
  pagerank: 1e-8,
  eigenvector: 1e-8,
};
const ORACLE_KEY: Record<string, string> = { core: 'core_number' };

for (const [name, weighting] of [
  ['karate', 'weighted'],
  ['florentine', 'unweighted'],
] as const) {
  describe(`oracle: ${name}`, () => {
    const expected = JSON.parse(readFileSync(path.join(ORACLE, `${name}.expected.json`), 'utf8')) as Expected;
    let graph: OrgGraph;
    let figures: GraphFigures;
    let methods: MetricMethods;

    beforeAll(async () => {
      graph = loadGraph(name);
      ({ figures, methods } = await analyseGraph(graph, options(1)));
    });

    it('has the oracle nodes and edges', () => {
      expect(graph.order).toBe(expected.graph.nodes);
      expect(graph.size).toBe(expected.graph.edges);
      expect(graph.nodes().slice().sort()).toEqual(expected.node_order.slice().sort());
    });

    for (const column of Object.keys(TOLERANCE)) {
      it(`${column} matches NetworkX`, () => {
        const tol = TOLERANCE[column]!;
        for (const id of expected.node_order) {
          const want = expected.nodes[id]![ORACLE_KEY[column] ?? column];
          const got = graph.getNodeAttribute(id, column as 'degree');
          expect(want, `${id} has an oracle ${column}`).toBeTypeOf('number');
          if (tol === 0) expect(got, `${column} of ${id}`).toBe(want);
          else expect(Math.abs(got - (want as number)), `${column} of ${id}: ${got} vs ${want}`).toBeLessThanOrEqual(tol);
        }
      });
    }

    it('graph figures match NetworkX', () => {
      const g = expected.graph;
      expect(figures.nodes).toBe(g.nodes);
      expect(figures.edges).toBe(g.edges);
      expect(figures.components).toBe(g.connected_components);
      expect(figures.largest_component).toBe(g.largest_component_size);
      expect(figures.isolates).toBe(0);
      expect(figures.total_weight).toBe(g.total_weight);
      expect(figures.density).toBeCloseTo(g.density as number, 12);
      expect(Math.abs(figures.average_clustering - (g.average_clustering as number))).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(figures.transitivity - (g.transitivity as number))).toBeLessThanOrEqual(1e-9);
      expect(methods.all_pairs).toBe('exact');
      expect(methods.reason).toBe('requested');
    });

    it('communities: a partition numbered 0..count-1, largest first', () => {
      const sizes = new Array<number>(figures.communities).fill(0);
      for (const id of graph.nodes()) {
        const c = graph.getNodeAttribute(id, 'community');
        expect(Number.isInteger(c) && c >= 0 && c < figures.communities).toBe(true);
        sizes[c]!++;
      }
      expect(sizes.every((s) => s > 0)).toBe(true);
      expect(sizes).toEqual(sizes.slice().sort((a, b) => b - a));
    });

    it('communities: reported modularity equals modularity recomputed from the partition', () => {
      expect(Math.abs(figures.modularity - modularityFromPartition(graph))).toBeLessThanOrEqual(1e-9);
    });

    it('communities: modularity within 0.01 of the exact optimum, never above it', () => {
      const optimum = expected.communities[weighting]!.optimum!.modularity;
      expect(figures.modularity).toBeLessThanOrEqual(optimum + 1e-9);
      expect(figures.modularity).toBeGreaterThanOrEqual(optimum - 0.01);
    });

    it('the same seed gives the same partition; two threads give bit-identical values', async () => {
      const again = loadGraph(name);
      const second = await analyseGraph(again, options(2));
      expect(second.figures).toEqual(figures);
      for (const id of graph.nodes()) {
        expect(again.getNodeAttributes(id)).toEqual(graph.getNodeAttributes(id));
      }
    });

    it('every node has a role; no isolates here', () => {
      for (const id of graph.nodes()) {
        expect(['core', 'broker', 'peripheral']).toContain(graph.getNodeAttribute(id, 'role'));
      }
    });
  });
}
