/**
 * Large graphs stream: the chunked exporters emit bounded chunks (never one giant string, nor a
 * whole workbook or sheet) and finish in reasonable time on 20,000 organisations and 100,000
 * relations.
 */

import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { EXPORTERS, type OutputName } from '../../../src/export/index.js';
import type { OrgAttributes, OrgGraph, RelationAttributes } from '../../../src/graph/types.js';
import { edgeKey } from '../../helpers/edge-key.js';
import { OPTIONS, emptyResult, org, relation } from './fixture.js';

function bigGraph(nodes: number, edges: number): OrgGraph {
  const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
  for (let i = 0; i < nodes; i++) {
    g.addNode(
      `org ${i}`,
      org(`Organisatie ${i}`, { type: 'government', region: 'Utrecht', themes: ['jeugd'], degree: 1, pagerank: 1 / nodes, x: i, y: -i }),
    );
  }
  let seed = 12345;
  const next = (): number => {
    // mulberry32: exact 32-bit arithmetic
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % nodes;
  };
  while (g.size < edges) {
    const a = `org ${next()}`;
    const b = `org ${next()}`;
    if (a === b || g.hasEdge(a, b)) continue;
    g.addUndirectedEdgeWithKey(edgeKey(a, b), a, b, relation({ weight: 1 + (g.size % 5), themes: ['jeugd'] }));
  }
  return g;
}

describe('large graphs', () => {
  const result = { ...emptyResult(), graph: bigGraph(20000, 100000) };
  const streamed: OutputName[] = ['nodes.csv', 'edges.csv', 'graph.json', 'graph.gexf', 'graph.graphml'];

  // A piece per record (row, element), never the whole file: io.ts encodes each into one buffer.
  it.each(streamed)('%s streams in small pieces', (name) => {
    const output = EXPORTERS[name](result, OPTIONS);
    expect(typeof output).not.toBe('string');
    let chunks = 0;
    let longest = 0;
    let lines = 0;
    const started = Date.now();
    for (const chunk of output as Iterable<string>) {
      chunks++;
      longest = Math.max(longest, chunk.length);
      for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) lines++;
    }
    const elapsed = Date.now() - started;
    expect(chunks).toBeGreaterThan(20000);
    expect(longest).toBeLessThan(64 * 1024);
    expect(lines).toBeGreaterThanOrEqual(name === 'nodes.csv' ? 20001 : 100000);
    expect(elapsed).toBeLessThan(20000);
  });

  it('kis-network.xlsx streams in bounded byte chunks', () => {
    const output = EXPORTERS['kis-network.xlsx'](result, OPTIONS) as Iterable<Uint8Array>;
    let chunks = 0;
    let longest = 0;
    let bytes = 0;
    for (const chunk of output) {
      expect(chunk).toBeInstanceOf(Uint8Array);
      chunks++;
      bytes += chunk.length;
      longest = Math.max(longest, chunk.length);
    }
    // Each compressed block holds at most 1 MiB of sheet XML: no sheet is ever whole in memory.
    expect(chunks).toBeGreaterThan(20);
    expect(longest).toBeLessThan(1 << 20);
    expect(bytes).toBeGreaterThan(1_000_000);
  });
});
