/**
 * The chart blocks of the report model hold the real figures: each chart's data equals a count
 * made by hand from the fixture's organisations and relations (test/unit/export/fixture.ts),
 * worked out in the comments below — never taken from the code under test.
 */

import { describe, expect, it } from 'vitest';
import type { Chart } from '../../../../src/export/charts/types.js';
import { buildReportModel } from '../../../../src/export/report/build-model.js';
import type { Block } from '../../../../src/export/report/model.js';
import { OPTIONS_EN, fixtureResult } from '../fixture.js';

function charts(blocks: readonly Block[], out: Chart[] = []): Chart[] {
  for (const b of blocks) {
    if (b.kind === 'chart') out.push(b.chart);
    else if (b.kind === 'subsection') charts(b.blocks, out);
  }
  return out;
}

function chart<K extends Chart['kind']>(id: string, kind: K): Extract<Chart, { kind: K }> {
  const model = buildReportModel(fixtureResult(), OPTIONS_EN);
  const found = model.sections.flatMap((s) => charts(s.blocks)).find((c) => c.id === id);
  expect(found, id).toBeDefined();
  expect(found!.kind).toBe(kind);
  return found as Extract<Chart, { kind: K }>;
}

// The fixture's organisations (type; sources; KIS contacts; respondents):
//   Gemeente Utrecht      government           register+interview+survey  12  4
//   Stichting "Één, twee" civil_society        register+survey             3  2
//   =SUM(1)               professional         interview                   –  0
//   Verwey-Jonker         knowledge_institute  register+interview+survey   0  1
//   <script> & Co         knowledge_institute  interview+survey            1  3
//   Café De Hoek          (none)               register                    –  0
// Relations: Verwey–<script>, Utrecht–Stichting, Verwey–Utrecht, Utrecht–=SUM(1), <script>–=SUM(1).

describe('report chart data', () => {
  it('coverage per type: in register, interviewed, surveyed, KIS-contacted', () => {
    const c = chart('coverage-type', 'bars');
    expect(c.categories).toEqual(['government', 'civil society', 'professional', 'knowledge institute', 'unknown']);
    expect(c.series.map((s) => s.values)).toEqual([
      [1, 1, 0, 1, 1], // register: Utrecht, Stichting, –, Verwey, Café
      [1, 0, 1, 2, 0], // interviewed: Utrecht, –, =SUM(1), Verwey + <script>, –
      [1, 1, 0, 2, 0], // surveyed: respondents > 0
      [1, 1, 0, 1, 0], // KIS-contacted: contacts > 0 (Verwey has 0)
    ]);
  });

  it('type × type mixing counts, symmetric, within-type on the diagonal', () => {
    const c = chart('mixing-type', 'heatmap');
    expect(c.rows).toEqual(['government', 'civil society', 'professional', 'knowledge institute', 'unknown']);
    expect(c.values).toEqual([
      [0, 1, 1, 1, 0], // government–civil (Utrecht–Stichting), –professional (=SUM), –knowledge (Verwey)
      [1, 0, 0, 0, 0],
      [1, 0, 0, 1, 0], // =SUM(1)–<script>
      [1, 0, 1, 1, 0], // Verwey–<script> within
      [0, 0, 0, 0, 0], // Café has no relation
    ]);
  });

  it('influence × involvement: PageRank percentile and involvement, the shortlist marked', () => {
    const c = chart('influence-involvement', 'quadrant');
    // In the network (Café left out), by id: <script>, =sum(1), gemeente utrecht, stichting, verwey.
    // PageRank 0.2057, 0.2, 1/3, 0.1, 0.161 → percentiles 4/5, 3/5, 5/5, 1/5, 2/5.
    // Involvement: <script> 1 contact 0.25 + survey 0.5; =SUM none; Utrecht 12 contacts 0.5 + 0.5;
    // Stichting 3 contacts 0.5 + 0.5; Verwey 0 contacts + survey 0.5.
    // engagement.csv's shortlist: =SUM(1), Verwey, <script>.
    expect(c.points).toEqual([
      { x: 0.8, y: 0.75, highlight: true, label: "<script>alert('x')</script> & Co" },
      { x: 0.6, y: 0, highlight: true, label: '=SUM(1)' },
      { x: 1, y: 1, highlight: false },
      { x: 0.2, y: 1, highlight: false },
      { x: 0.4, y: 0.5, highlight: true, label: 'Verwey-Jonker Instituut' },
    ]);
    expect([c.xSplit, c.ySplit]).toEqual([0.75, 0.45]);
    expect(c.quadrants).toEqual(['Keep informed', 'Manage closely', 'Monitor', 'Involve more']);
  });

  it('rating by type with n, suppressed groups marked, never 0', () => {
    const c = chart('rating-type', 'rating');
    // Utrecht's 4 ratings (sum 29); Stichting's 2 (< 3); Verwey 1 + <script> 3 = 4, but Verwey's
    // own mean is suppressed and 1 hidden rating is neither 0 nor ≥ 3 (rule (b)).
    expect(c.groups).toEqual([
      { name: 'government', n: 4, mean: 7.25, suppressed: false },
      { name: 'civil society', n: 2, mean: null, suppressed: true },
      { name: 'knowledge institute', n: 4, mean: null, suppressed: true },
    ]);
    expect(c.suppressedLabel).toBe('suppressed');
  });

  it('knowledge-product reach per type', () => {
    const c = chart('product-reach', 'heatmap');
    // Handreiking: Utrecht, Verwey, <script>; Kennisdossier: Utrecht (4 respondents);
    // @risk-tool: Stichting (2 respondents). Ties on organisations go by respondents.
    expect(c.rows).toEqual(['Handreiking, 2e druk', 'Kennisdossier "Jeugd"', '@risk-tool']);
    expect(c.values).toEqual([
      [1, 0, 0, 2, 0],
      [1, 0, 0, 0, 0],
      [0, 1, 0, 0, 0],
    ]);
  });

  it('community sizes with names, the single-organisation community left out', () => {
    const c = chart('community-sizes', 'bars');
    expect(c.categories).toEqual(["1 · <script>alert('x')</script> & Co +2", '0 · Gemeente Utrecht +1']);
    expect(c.series.map((s) => s.values)).toEqual([[3, 2]]);
  });

  it('network overview from the layout, with communities and relations by node index', () => {
    const c = chart('network', 'network');
    // By id: <script> 0, =sum(1) 1, cafe 2, gemeente utrecht 3, stichting 4, verwey 5.
    expect(c.nodes.map((n) => [n.x, n.y, n.community])).toEqual([
      [22, -40.5, 1],
      [0, 0, 1],
      [100, 100, 2],
      [-12.5, 3, 0],
      [-30, 12.125, 0],
      [40.25, -7, 1],
    ]);
    expect(c.edges).toEqual([
      [0, 1],
      [0, 5],
      [1, 3],
      [3, 4],
      [3, 5],
    ]);
    expect(c.nodes.every((n) => n.label !== undefined)).toBe(true); // fewer than 20: all named
    expect(c.communities.map((x) => x.community)).toEqual([1, 0, 2]);
    expect(c.href).toBe('map.html');
  });
});
