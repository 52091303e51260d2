/**
 * CSV writing: RFC 4180 quoting, the formula-injection guard (text only, never numbers), full
 * precision numbers, the BOM exactly once, LF line endings, and a papaparse round trip of the
 * real tables.
 */

import Papa from 'papaparse';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvRow } from '../../../src/export/csv.js';
import { exportCommunitiesCsv } from '../../../src/export/communities-csv.js';
import { exportEdgesCsv } from '../../../src/export/edges-csv.js';
import { exportNodesCsv } from '../../../src/export/nodes-csv.js';
import { outputToString } from '../../../src/export/chunks.js';
import type { OrgAttributes, OrgGraph, RelationAttributes } from '../../../src/graph/types.js';
import { edgeKey } from '../../helpers/edge-key.js';
import { OPTIONS, emptyResult, fixtureResult, org, relation } from './fixture.js';

function parse(text: string): Papa.ParseResult<Record<string, string>> {
  expect(text.startsWith(BOM)).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
}

describe('csvCell', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['plain', 'plain'],
    ['Café Één', 'Café Één'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(1)', "'=SUM(1)"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-zorg', "'-zorg"],
    ['@risk', "'@risk"],
    ['\tindent', "'\tindent"],
    ['\rcarriage', '"\'\rcarriage"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    [-1.5, '-1.5'],
    [0, '0'],
    [-0, '0'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1 / 3, '0.3333333333333333'],
    [1e-7, '1e-7'],
    [123456789012, '123456789012'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [true, 'true'],
    [['interview', 'survey'], 'interview|survey'],
    [[], ''],
    [['=x', 'y'], "'=x|y"],
    [['a,b', 'c'], '"a,b|c"'],
  ] as const)('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('joins a row with commas and ends it with LF', () => {
    expect(csvRow(['a', 1, null, '-1', -1])).toBe("a,1,,'-1,-1\n");
  });
});

describe('BOM and line endings', () => {
  it('puts the BOM once, at the start, even when the output has many chunks', () => {
    const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
    for (let i = 0; i < 3000; i++) g.addNode(`org ${String(i).padStart(5, '0')}`, org(`Organisatie ${i}, "quoted"`));
    const chunks = [...exportNodesCsv({ ...emptyResult(), graph: g }, OPTIONS)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[0]!.startsWith(BOM)).toBe(true);
    const text = chunks.join('');
    expect(text.indexOf(BOM, 1)).toBe(-1);
    expect(text.includes('\r\n')).toBe(false);
    expect(text.endsWith('\n')).toBe(true);
    expect(parse(text).data).toHaveLength(3000);
  });
});

describe('round trip through papaparse', () => {
  it('nodes.csv gives back every value, numbers at full precision, text guarded', () => {
    const result = fixtureResult();
    const { data, errors, meta } = parse(outputToString(exportNodesCsv(result, OPTIONS)));
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([
      'id',
      'label',
      'type',
      'region',
      'community',
      'degree',
      'strength',
      'betweenness',
      'closeness',
      'harmonic',
      'eigenvector',
      'pagerank',
      'core',
      'constraint',
      'clustering',
      'role',
      'effective_size',
      'brokerage_coordinator',
      'brokerage_itinerant',
      'brokerage_gatekeeper',
      'brokerage_liaison',
      'brokers_between',
      'data_quality_flag',
      'kis_contacts',
      'respondents',
      'rating_mean',
      'themes',
      'sources',
      'sector',
      'website',
    ]);
    const guard = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
    expect(data.map((r) => r.id)).toEqual(result.graph.nodes().sort().map(guard));
    for (const row of data) {
      const id = row.id!.startsWith("'") ? row.id!.slice(1) : row.id!;
      const a = result.graph.getNodeAttributes(id);
      expect(row.label).toBe(guard(a.label));
      for (const metric of [
        'degree',
        'strength',
        'betweenness',
        'closeness',
        'harmonic',
        'eigenvector',
        'pagerank',
        'core',
        'clustering',
      ] as const) {
        expect(Number(row[metric])).toBe(a[metric]);
      }
      expect(row.constraint).toBe(a.constraint === null ? '' : String(a.constraint));
      for (const metric of [
        'effective_size',
        'brokerage_coordinator',
        'brokerage_itinerant',
        'brokerage_gatekeeper',
        'brokerage_liaison',
      ] as const) {
        expect(row[metric], metric).toBe(a[metric] === null ? '' : String(a[metric]));
      }
      expect(row.brokers_between).toBe(a.brokers_between.join('|'));
      expect(row.data_quality_flag).toBe(a.data_quality_flag.join('|'));
      expect(row.themes).toBe(a.themes.join('|'));
      expect(row.sources).toBe(a.sources.join('|'));
      expect(row.kis_contacts).toBe(a.kis_contacts === null ? '' : String(a.kis_contacts));
    }
    const byId = new Map(data.map((r) => [r.id, r]));
    expect(byId.get('gemeente utrecht')!.rating_mean).toBe('7.25');
    expect(byId.get('gemeente utrecht')!.sector).toBe("'-zorg");
    expect(byId.get('stichting een, twee')!.rating_mean).toBe(''); // suppressed: null in the graph
    expect(byId.get('verwey-jonker instituut')!.website).toBe('https://example.nl/a?b=1&c=2');
    expect(byId.get("'=sum(1)")!.label).toBe("'=SUM(1)");
  });

  it('edges.csv has source < target, sorted, and guarded ids that match nodes.csv', () => {
    const result = fixtureResult();
    const { data, errors, meta } = parse(outputToString(exportEdgesCsv(result, OPTIONS)));
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual(['source', 'target', 'weight', 'mentions', 'sources', 'interviews', 'respondents', 'relations', 'themes']);
    expect(data).toHaveLength(5);
    const raw = (s: string): string => (s.startsWith("'") ? s.slice(1) : s);
    const pairs = data.map((r) => [raw(r.source!), raw(r.target!)] as const);
    for (const [s, t] of pairs) expect(s < t).toBe(true);
    const sorted = [...pairs].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
    expect(pairs).toEqual(sorted);
    const g = result.graph;
    for (const row of data) {
      const attrs = g.getEdgeAttributes(edgeKey(raw(row.source!), raw(row.target!)));
      expect(Number(row.weight)).toBe(attrs.weight);
      expect(Number(row.mentions)).toBe(attrs.mentions);
      expect(row.sources).toBe(attrs.sources.join('|'));
      expect(row.themes).toBe(attrs.themes.join('|'));
    }
    const nodeIds = new Set(parse(outputToString(exportNodesCsv(result, OPTIONS))).data.map((r) => r.id));
    for (const row of data) {
      expect(nodeIds.has(row.source)).toBe(true);
      expect(nodeIds.has(row.target)).toBe(true);
    }
  });

  it('communities.csv lists top members and themes with |', () => {
    const { data, errors } = parse(exportCommunitiesCsv(fixtureResult(), OPTIONS));
    expect(errors).toEqual([]);
    expect(data.map((r) => r.community)).toEqual(['0', '1', '2']);
    expect(data[0]!.top_members).toBe('Gemeente Utrecht|Stichting "Één, twee"');
    expect(data[1]!.knowledge_institute).toBe('2');
    expect(data[2]!.unknown).toBe('1');
  });

  it('handles text that needs every kind of escaping at once', () => {
    const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
    const nasty = ['=1+1', '-', '"', ',', '\n', 'a\r\nb', '@', '+', '\t', '|', '', ' x ', '\u00a0', '𝄞 clef'];
    nasty.forEach((label, i) => g.addNode(`n${i}`, org(label)));
    g.addUndirectedEdgeWithKey(edgeKey('n0', 'n1'), 'n0', 'n1', relation({ themes: ['x,y', '"q"'] }));
    const { data, errors } = parse(outputToString(exportNodesCsv({ ...emptyResult(), graph: g }, OPTIONS)));
    expect(errors).toEqual([]);
    const unguard = (s: string, original: string): string => (/^[=+\-@\t\r]/.test(original) ? s.slice(1) : s);
    const labels = new Map(data.map((r) => [r.id, r.label!]));
    nasty.forEach((label, i) => expect(unguard(labels.get(`n${i}`)!, label)).toBe(label));
  });
});
