/**
 * graph.json, graph.gexf and graph.graphml read back by graphology itself (`import`,
 * graphology-gexf `parse`, graphology-graphml `parse`): same nodes, edges, labels, typed
 * attributes and positions; XML escaping and XML-illegal characters; empty and one-node graphs.
 */

import Graph, { UndirectedGraph } from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { outputToString } from '../../../src/export/chunks.js';
import { exportGexf } from '../../../src/export/gexf.js';
import { exportGraphJson, graphJsonEdgeKey } from '../../../src/export/graph-json.js';
import { exportGraphml } from '../../../src/export/graphml.js';
import { parseColor } from '../../../src/export/color.js';
import { xmlAttr, xmlText } from '../../../src/export/xml.js';
import type { OrgAttributes, OrgGraph, RelationAttributes } from '../../../src/graph/types.js';
import { edgeKey } from '../../helpers/edge-key.js';
import type { AnalysisResult } from '../../../src/result.js';
import { IDS, OPTIONS, emptyResult, fixtureResult, oneNodeResult, org, relation } from './fixture.js';

const CASES: Array<[string, () => AnalysisResult]> = [
  ['fixture', fixtureResult],
  ['empty', emptyResult],
  ['one-node', oneNodeResult],
];

describe('graph.json', () => {
  it.each(CASES)('imports into graphology (%s)', (_name, make) => {
    const result = make();
    const json = JSON.parse(outputToString(exportGraphJson(result, OPTIONS)));
    const g = new UndirectedGraph();
    g.import(json);
    expect(g.order).toBe(result.graph.order);
    expect(g.size).toBe(result.graph.size);
  });

  it('has sorted nodes, sorted edges and deterministic keys', () => {
    const json = JSON.parse(outputToString(exportGraphJson(fixtureResult(), OPTIONS)));
    const keys: string[] = json.nodes.map((n: { key: string }) => n.key);
    expect(keys).toEqual([...keys].sort());
    expect(json.edges.map((e: { key: string }) => e.key)).toEqual([
      '<script>alert(1)</script>|=sum(1)',
      '<script>alert(1)</script>|verwey-jonker instituut',
      '=sum(1)|gemeente utrecht',
      'gemeente utrecht|stichting een, twee',
      'gemeente utrecht|verwey-jonker instituut',
    ]);
    expect(json.edges.every((e: { undirected: boolean }) => e.undirected)).toBe(true);
    const gemeente = json.nodes.find((n: { key: string }) => n.key === IDS.gemeente).attributes;
    expect(gemeente).toMatchObject({ label: 'Gemeente Utrecht', betweenness: 0.30000000000000004, themes: ['jeugd', 'wonen'], x: -12.5 });
    const stichting = json.nodes.find((n: { key: string }) => n.key === IDS.stichting).attributes;
    expect(stichting.rating_mean).toBeNull();
    expect(stichting).not.toHaveProperty('ratings');
    expect(stichting).not.toHaveProperty('extra');
  });

  it('escapes | and \\ inside ids so edge keys never collide', () => {
    expect(graphJsonEdgeKey('a|b', 'c')).toBe('a\\|b|c');
    expect(graphJsonEdgeKey('a', 'b|c')).toBe('a|b\\|c');
    expect(graphJsonEdgeKey('a\\', 'b')).toBe('a\\\\|b');
  });
  it('writes every record exactly as JSON.stringify writes it back, numeric attribute names and odd labels included', () => {
    const result = fixtureResult();
    // An extra attribute named like an array index: an object puts such keys first.
    result.graph.forEachNode((id, a) => result.graph.setNodeAttribute(id, 'extra', { ...a.extra, '2024': 'ja', zeta: 'z' }));
    result.graph.setNodeAttribute(IDS.gemeente, 'label', 'Quote " backslash \\ tab \t emoji 😀 \u2028');
    for (const r of [fixtureResult(), result]) {
      const lines = outputToString(exportGraphJson(r, OPTIONS)).split('\n');
      const records = lines.filter((line) => line.startsWith('{"key"')).map((line) => line.replace(/,$/, ''));
      expect(records.length).toBe(r.graph.order + r.graph.size);
      for (const record of records) expect(JSON.stringify(JSON.parse(record))).toBe(record);
    }
  });
});

describe('graph.gexf', () => {
  it.each(CASES)('is read back by graphology-gexf (%s)', (_name, make) => {
    const result = make();
    const g = gexf.parse(Graph, outputToString(exportGexf(result, OPTIONS)));
    expect(g.order).toBe(result.graph.order);
    expect(g.size).toBe(result.graph.size);
  });

  it('keeps labels, typed attributes, weights and viz', () => {
    const g = gexf.parse(Graph, outputToString(exportGexf(fixtureResult(), OPTIONS)));
    const a = g.getNodeAttributes(IDS.gemeente);
    expect(a).toMatchObject({
      label: 'Gemeente Utrecht',
      betweenness: 0.30000000000000004,
      degree: 3,
      themes: 'jeugd|wonen',
      x: -12.5,
      y: 3,
      size: 10,
      rating_mean: 7.25,
      sector: '-zorg',
    });
    expect(String(a.color)).toMatch(/31.*119.*180/);
    expect(g.getNodeAttribute(IDS.script, 'label')).toBe("<script>alert('x')</script> & Co");
    expect(g.getNodeAttributes(IDS.stichting)).not.toHaveProperty('rating_mean');
    expect(g.getNodeAttributes(IDS.cafe)).not.toHaveProperty('constraint');
    const edge = g.edge(IDS.gemeente, IDS.verwey);
    expect(g.getEdgeAttributes(edge)).toMatchObject({
      weight: 2.5,
      mentions: 2,
      relations: 'knowledge_exchange|other',
      themes: 'jeugd, onderwijs',
    });
  });

  it('uses the GEXF 1.2 viz namespace and the SOURCE_DATE_EPOCH date only', () => {
    const text = outputToString(exportGexf(fixtureResult(), OPTIONS));
    expect(text).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(text).toContain('version="1.2"');
    expect(text).not.toContain('lastmodifieddate');
    expect(outputToString(exportGexf(fixtureResult(), { ...OPTIONS, sourceDateEpoch: 1700000000 }))).toContain(
      '<meta lastmodifieddate="2023-11-14">',
    );
  });

  it('declares no reserved edge attribute names', () => {
    const text = outputToString(exportGexf(fixtureResult(), OPTIONS));
    const edgeBlock = text.slice(text.indexOf('<attributes class="edge"'), text.indexOf('<nodes>'));
    expect(edgeBlock).not.toMatch(/title="(kind|label|weight|id)"/);
  });
});

describe('graph.graphml', () => {
  it.each(CASES)('is read back by graphology-graphml (%s)', (_name, make) => {
    const result = make();
    const g = graphml.parse(Graph, outputToString(exportGraphml(result, OPTIONS)));
    expect(g.order).toBe(result.graph.order);
    expect(g.size).toBe(result.graph.size);
  });

  it('declares typed keys and keeps values', () => {
    const text = outputToString(exportGraphml(fixtureResult(), OPTIONS));
    expect(text).toContain('edgedefault="undirected"');
    expect(text).toMatch(/attr\.name="x" attr\.type="double"/);
    expect(text).toMatch(/attr\.name="y" attr\.type="double"/);
    expect(text).toMatch(/attr\.name="size" attr\.type="double"/);
    expect(text).toMatch(/attr\.name="degree" attr\.type="int"/);
    expect(text).toMatch(/attr\.name="weight" attr\.type="double"/);
    const g = graphml.parse(Graph, text);
    expect(g.getNodeAttributes(IDS.gemeente)).toMatchObject({
      label: 'Gemeente Utrecht',
      degree: 3,
      betweenness: 0.30000000000000004,
      x: -12.5,
      y: 3,
      themes: 'jeugd|wonen',
    });
    expect(g.getNodeAttribute(IDS.script, 'label')).toBe("<script>alert('x')</script> & Co");
    expect(g.getNodeAttributes(IDS.stichting)).not.toHaveProperty('rating_mean');
  });

  it('widens integer columns beyond 32 bits to long and fractional ones to double', () => {
    const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
    g.addNode('a', org('A', { kis_contacts: 2 ** 40 }));
    g.addNode('b', org('B', { kis_contacts: 3, community: 1 }));
    g.addUndirectedEdgeWithKey(edgeKey('a', 'b'), 'a', 'b', relation({ mentions: 2.5 }));
    const text = outputToString(exportGraphml({ ...emptyResult(), graph: g }, OPTIONS));
    expect(text).toMatch(/attr\.name="kis_contacts" attr\.type="long"/);
    expect(text).toMatch(/attr\.name="community" attr\.type="int"/);
    expect(text).toMatch(/attr\.name="mentions" attr\.type="double"/);
    const gexfText = outputToString(exportGexf({ ...emptyResult(), graph: g }, OPTIONS));
    expect(gexfText).toMatch(/title="kis_contacts" type="long"/);
    expect(gexfText).toMatch(/title="mentions" type="double"/);
  });
});

describe('XML text', () => {
  it('escapes the five special characters and keeps whitespace in attributes', () => {
    expect(xmlAttr(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(xmlAttr('tab\tnl\ncr\r')).toBe('tab&#9;nl&#10;cr&#13;');
    expect(xmlText('a<b>\n')).toBe('a&lt;b&gt;\n');
  });

  it('drops characters XML 1.0 cannot carry, keeps astral ones', () => {
    expect(xmlAttr('a\u0000b\u0001c\u0008d\u000be\u001ff\ufffeg\uffffh')).toBe('abcdefgh');
    expect(xmlAttr('lone \ud800 high, lone \udc00 low, pair 𝄞')).toBe('lone  high, lone  low, pair 𝄞');
  });

  it('writes parseable files for labels full of control characters and markup', () => {
    const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
    g.addNode('x\u0001y', org('bell\u0007 <b>&amp;</b> "q" \'s\'\nnext\tline', { themes: ['a\u0000b', '<i>'] }));
    g.addNode('z', org(']]> --> <!-- <?pi?>'));
    g.addUndirectedEdgeWithKey(edgeKey('x\u0001y', 'z'), 'x\u0001y', 'z', relation({ themes: ['&', '\u000c'] }));
    const result = { ...emptyResult(), graph: g };
    for (const text of [outputToString(exportGexf(result, OPTIONS)), outputToString(exportGraphml(result, OPTIONS))]) {
      const parsed = text.includes('<gexf') ? gexf.parse(Graph, text) : graphml.parse(Graph, text);
      expect(parsed.order).toBe(2);
      expect(parsed.size).toBe(1);
      expect(parsed.getNodeAttribute('xy', 'label')).toBe('bell <b>&amp;</b> "q" \'s\'\nnext\tline');
      expect(parsed.getNodeAttribute('z', 'label')).toBe(']]> --> <!-- <?pi?>');
    }
  });
});

describe('colours', () => {
  it.each([
    ['#1f77b4', { r: 31, g: 119, b: 180 }],
    ['#FFF', { r: 255, g: 255, b: 255 }],
    ['#11223380', { r: 17, g: 34, b: 51, a: 0.502 }],
    ['rgb(1, 2, 3)', { r: 1, g: 2, b: 3 }],
    ['rgba(1,2,3,0.5)', { r: 1, g: 2, b: 3, a: 0.5 }],
    ['red', null],
    ['', null],
  ])('%s', (input, expected) => {
    expect(parseColor(input)).toEqual(expected);
  });
});
