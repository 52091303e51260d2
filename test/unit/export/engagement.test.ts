/**
 * engagement.csv: the score on a small hand-made result whose ranks are worked out by hand, the
 * exclusions, ties, the reasons in both languages, and the CSV header and order.
 */

import { describe, expect, it } from 'vitest';
import { BOM } from '../../../src/export/csv.js';
import { ENGAGEMENT_COLUMNS, engagementRows, exportEngagementCsv, involvement, percentiles } from '../../../src/export/engagement.js';
import type { AnalysisResult } from '../../../src/result.js';
import { OPTIONS, OPTIONS_EN, emptyResult, org, relation } from './fixture.js';

/**
 * Six organisations in the network (a, b, c, d, e, g) and one isolate (iso).
 *
 *   id   pagerank  betweenness  kis_contacts  respondents  note
 *   a    0.30      6            0             0            broker between 2 types
 *   b    0.30      6            5             2            fully involved
 *   c    0.25      6            2             0
 *   d    0.05      0            null          0
 *   e    0.05      0            0             0
 *   g    0.05      0            null          0            broker flagged possible-duplicate
 *   iso  0.50      0            0             0            no relation
 *
 * Percentiles over the six (rank / 6, ties averaged):
 *   PageRank:    d, e, g ranks 1–3 → 2/6 = 1/3; c rank 4 → 2/3; a, b ranks 5–6 → 5.5/6 = 11/12
 *   betweenness: d, e, g ranks 1–3 → 1/3;       a, b, c ranks 4–6 → 5/6
 * Score = mean of the two × (1 − involvement):
 *   a: (11/12 + 5/6) / 2 = 0.875 × 1          = 0.875   → rank 1
 *   b: 0.875 × (1 − 0.5 − 0.5)                = 0       → left out
 *   c: (2/3 + 5/6) / 2 = 0.75 × (1 − 0.25)    = 0.5625  → rank 2
 *   d: (1/3 + 1/3) / 2 = 1/3 × 1              = 1/3     → rank 3 (tie with e, by id)
 *   e: 1/3                                              → rank 4
 *   g: flagged broker → left out; iso: isolate → left out.
 */
function handMade(): AnalysisResult {
  const result = emptyResult();
  const g = result.graph;
  g.addNode('e', org('E', { pagerank: 0.05, betweenness: 0, kis_contacts: 0, community: 1 }));
  g.addNode('d', org('D', { pagerank: 0.05, betweenness: 0, kis_contacts: null, community: 1 }));
  g.addNode('c', org('C', { pagerank: 0.25, betweenness: 6, kis_contacts: 2, community: 0 }));
  g.addNode('b', org('B', { pagerank: 0.3, betweenness: 6, kis_contacts: 5, respondents: 2, community: 0 }));
  g.addNode(
    'a',
    org('A', {
      type: 'government',
      region: 'Utrecht',
      pagerank: 0.3,
      betweenness: 6,
      kis_contacts: 0,
      role: 'broker',
      brokers_between: ['government', 'professional'],
      community: 0,
    }),
  );
  g.addNode('g', org('G', { pagerank: 0.05, betweenness: 0, role: 'broker', data_quality_flag: ['possible-duplicate'] }));
  g.addNode('iso', org('Iso', { pagerank: 0.5, kis_contacts: 0 }));
  for (const [s, t] of [
    ['a', 'b'],
    ['a', 'c'],
    ['b', 'd'],
    ['c', 'e'],
    ['a', 'g'],
  ] as const)
    g.addUndirectedEdge(s, t, relation());
  return result;
}

describe('percentiles', () => {
  it('are rank / n with ties averaged, the highest value 1', () => {
    expect(percentiles([3, 1, 2])).toEqual([1, 1 / 3, 2 / 3]);
    expect(percentiles([5, 5, 0, 5])).toEqual([0.75, 0.75, 0.25, 0.75]);
    expect(percentiles([])).toEqual([]);
  });
});

describe('involvement', () => {
  it('grades contacts 0 / 1–2 / 3+ and adds the survey', () => {
    expect(involvement({ kis_contacts: null, respondents: 0 })).toBe(0);
    expect(involvement({ kis_contacts: 0, respondents: 0 })).toBe(0);
    expect(involvement({ kis_contacts: 2, respondents: 0 })).toBe(0.25);
    expect(involvement({ kis_contacts: 3, respondents: 0 })).toBe(0.5);
    expect(involvement({ kis_contacts: 3, respondents: 1 })).toBe(1);
  });
});

describe('engagementRows', () => {
  it('ranks as worked out by hand', () => {
    const rows = engagementRows(handMade(), 'en');
    expect(rows.map((r) => [r.rank, r.id])).toEqual([
      [1, 'a'],
      [2, 'c'],
      [3, 'd'],
      [4, 'e'],
    ]);
    const [a, c, d, e] = rows;
    expect(a!.score).toBeCloseTo(0.875, 12);
    expect(a!.pagerank_percentile).toBeCloseTo(11 / 12, 12);
    expect(a!.betweenness_percentile).toBeCloseTo(5 / 6, 12);
    expect(c!.score).toBeCloseTo(0.5625, 12);
    expect(d!.score).toBeCloseTo(1 / 3, 12);
    expect(e!.score).toBe(d!.score);
  });

  it('puts a central organisation without contacts above an equally central one with contacts, and leaves out isolates and flagged brokers', () => {
    const ids = engagementRows(handMade(), 'en').map((r) => r.id);
    expect(ids).not.toContain('b');
    expect(ids).not.toContain('g');
    expect(ids).not.toContain('iso');
  });

  it('gives the reasons in plain language, in the run language', () => {
    const en = engagementRows(handMade(), 'en');
    expect(en[0]!.reasons).toBe(
      'top 10% by PageRank; top 25% by betweenness; connects 2 stakeholder types; no KIS contacts; never answered the survey',
    );
    expect(en[1]!.reasons).toBe('top 25% by betweenness; only 2 KIS contacts; never answered the survey');
    expect(en[2]!.reasons).toBe('no KIS contacts; never answered the survey');
    const nl = engagementRows(handMade(), 'nl');
    expect(nl[0]!.reasons).toBe(
      'top 10% op PageRank; top 25% op betweenness; verbindt 2 soorten stakeholders; geen KIS-contacten; heeft de enquête niet ingevuld',
    );
    expect(nl[1]!.reasons).toBe('top 25% op betweenness; slechts 2 KIS-contacten; heeft de enquête niet ingevuld');
  });

  it('keeps at most 100 rows', () => {
    const result = emptyResult();
    for (let i = 0; i < 120; i++) result.graph.addNode(`n${String(i).padStart(3, '0')}`, org(`N${i}`, { pagerank: i, betweenness: i }));
    for (let i = 1; i < 120; i++) result.graph.addUndirectedEdge('n000', `n${String(i).padStart(3, '0')}`, relation());
    const rows = engagementRows(result, 'en');
    expect(rows).toHaveLength(100);
    expect(rows[0]!.id).toBe('n119');
    expect(rows.at(-1)!.rank).toBe(100);
  });
});

describe('exportEngagementCsv', () => {
  it('writes the contract header and the rows in rank order', () => {
    const text = exportEngagementCsv(handMade(), OPTIONS_EN);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`${BOM}${ENGAGEMENT_COLUMNS.join(',')}`);
    expect(ENGAGEMENT_COLUMNS.slice(0, 7)).toEqual(['rank', 'id', 'label', 'type', 'region', 'score', 'reasons']);
    expect(lines.slice(1, -1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['1,a', '2,c', '3,d', '4,e']);
    expect(lines[1]).toBe(
      `1,a,A,government,Utrecht,0.875,top 10% by PageRank; top 25% by betweenness; connects 2 stakeholder types; no KIS contacts; never answered the survey,${11 / 12},${5 / 6},0,0,0`,
    );
  });

  it('is only the header for an empty network', () => {
    expect(exportEngagementCsv(emptyResult(), OPTIONS)).toBe(`${BOM}${ENGAGEMENT_COLUMNS.join(',')}\n`);
  });
});
