/**
 * NetworkX 2.8.8 (Debian's python3-networkx, as on CI) reads graph.gexf and graph.graphml:
 * node and edge counts, an edge weight, typed attributes (int/float/str) and viz positions.
 * The files are written to a temporary folder and read by `/usr/bin/python3`.
 */

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputToString } from '../../../src/export/chunks.js';
import { exportGexf } from '../../../src/export/gexf.js';
import { exportGraphml } from '../../../src/export/graphml.js';
import { PYTHON, requireNetworkx } from '../../helpers/system-tools.js';
import { IDS, OPTIONS, emptyResult, fixtureResult, oneNodeResult } from './fixture.js';

const SCRIPT = String.raw`
import json, sys
import networkx as nx

def typed(v):
    return [type(v).__name__, v]

def describe(G, a, b, nodes):
    out = {
        "class": type(G).__name__,
        "version": nx.__version__,
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "node_attrs": {},
    }
    if G.has_edge(a, b):
        out["weight"] = typed(G.edges[a, b]["weight"])
        out["edge_attrs"] = {k: typed(v) for k, v in G.edges[a, b].items()}
    for n in nodes:
        if n in G:
            out["node_attrs"][n] = {k: typed(v) for k, v in G.nodes[n].items()}
    return out

path, kind, a, b = sys.argv[1:5]
nodes = sys.argv[5:]
G = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)
print(json.dumps(describe(G, a, b, nodes)))
`;

type Typed = [string, unknown];
interface Description {
  class: string;
  version: string;
  nodes: number;
  edges: number;
  weight?: Typed;
  edge_attrs?: Record<string, Typed>;
  node_attrs: Record<string, Record<string, Typed>>;
}

let dir = '';

beforeAll(() => {
  requireNetworkx(); // one line saying what to install when NetworkX is missing
  dir = mkdtempSync(join(tmpdir(), 'kis-export-nx-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function readBack(
  kind: 'gexf' | 'graphml',
  text: string,
  file: string,
  nodes: string[] = [IDS.gemeente, IDS.stichting, IDS.script, IDS.cafe],
): Description {
  const path = join(dir, file);
  writeFileSync(path, text, 'utf8');
  const out = execFileSync(PYTHON, ['-c', SCRIPT, path, kind, IDS.gemeente, IDS.verwey, ...nodes], { encoding: 'utf8' });
  return JSON.parse(out) as Description;
}

describe('NetworkX reads graph.gexf', () => {
  it('with counts, weight, typed attributes and viz', () => {
    const d = readBack('gexf', outputToString(exportGexf(fixtureResult(), OPTIONS)), 'graph.gexf');
    expect(d.class).toBe('Graph');
    expect(d.nodes).toBe(6);
    expect(d.edges).toBe(5);
    expect(d.weight).toEqual(['float', 2.5]);
    expect(d.edge_attrs).toMatchObject({
      mentions: ['int', 2],
      interviews: ['int', 2],
      sources: ['str', 'interview'],
      relations: ['str', 'knowledge_exchange|other'],
      themes: ['str', 'jeugd, onderwijs'],
    });
    expect(d.edge_attrs).not.toHaveProperty('kind');
    const g = d.node_attrs[IDS.gemeente]!;
    expect(g).toMatchObject({
      label: ['str', 'Gemeente Utrecht'],
      degree: ['int', 3],
      community: ['int', 0],
      betweenness: ['float', 0.30000000000000004],
      pagerank: ['float', 1 / 3],
      rating_mean: ['float', 7.25],
      themes: ['str', 'jeugd|wonen'],
      type: ['str', 'government'],
      sector: ['str', '-zorg'],
    });
    expect(g.viz).toEqual([
      'dict',
      {
        color: { r: 31, g: 119, b: 180, a: 1 },
        size: 10,
        position: { x: -12.5, y: 3, z: 0 },
      },
    ]);
    expect(d.node_attrs[IDS.stichting]).not.toHaveProperty('rating_mean');
    expect(d.node_attrs[IDS.stichting]!.label).toEqual(['str', 'Stichting "Één, twee"']);
    expect(d.node_attrs[IDS.script]!.label).toEqual(['str', "<script>alert('x')</script> & Co"]);
    expect(d.node_attrs[IDS.cafe]).not.toHaveProperty('constraint');
  });

  it('for an empty and a one-node graph', () => {
    expect(readBack('gexf', outputToString(exportGexf(emptyResult(), OPTIONS)), 'empty.gexf')).toMatchObject({ nodes: 0, edges: 0 });
    const one = readBack('gexf', outputToString(exportGexf(oneNodeResult(), OPTIONS)), 'one.gexf', ['kis']);
    expect(one).toMatchObject({ nodes: 1, edges: 0 });
    expect(one.node_attrs.kis!.label).toEqual(['str', 'Kennisplatform "Één"']);
  });
});

describe('NetworkX reads graph.graphml', () => {
  it('with counts, weight and typed attributes', () => {
    const d = readBack('graphml', outputToString(exportGraphml(fixtureResult(), OPTIONS)), 'graph.graphml');
    expect(d.class).toBe('Graph');
    expect(d.nodes).toBe(6);
    expect(d.edges).toBe(5);
    expect(d.weight).toEqual(['float', 2.5]);
    expect(d.edge_attrs).toMatchObject({ mentions: ['int', 2], sources: ['str', 'interview'] });
    const g = d.node_attrs[IDS.gemeente]!;
    expect(g).toMatchObject({
      label: ['str', 'Gemeente Utrecht'],
      degree: ['int', 3],
      betweenness: ['float', 0.30000000000000004],
      x: ['float', -12.5],
      y: ['float', 3],
      size: ['float', 10],
      color: ['str', '#1f77b4'],
      themes: ['str', 'jeugd|wonen'],
    });
    expect(d.node_attrs[IDS.stichting]).not.toHaveProperty('rating_mean');
    expect(d.node_attrs[IDS.script]!.label).toEqual(['str', "<script>alert('x')</script> & Co"]);
  });

  it('for an empty and a one-node graph', () => {
    expect(readBack('graphml', outputToString(exportGraphml(emptyResult(), OPTIONS)), 'empty.graphml')).toMatchObject({
      nodes: 0,
      edges: 0,
    });
    const one = readBack('graphml', outputToString(exportGraphml(oneNodeResult(), OPTIONS)), 'one.graphml', ['kis']);
    expect(one).toMatchObject({ nodes: 1, edges: 0 });
    expect(one.node_attrs.kis!.x).toEqual(['float', 0]);
  });
});
