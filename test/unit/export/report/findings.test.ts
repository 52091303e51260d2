/**
 * The report's "What to do first" findings appear only when the figures support them, and the
 * isolates are described by what is known of them. Small hand-made networks; the expected
 * shares and means are worked out in the comments.
 */

import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeSatisfaction } from '../../../../src/analyse/satisfaction.js';
import type { OrgAttributes, OrgGraph, RelationAttributes } from '../../../../src/graph/types.js';
import { exportReportMd } from '../../../../src/export/report-md.js';
import type { AnalysisResult } from '../../../../src/result.js';
import { OPTIONS_EN, emptyResult, org } from '../fixture.js';

function result(orgs: Array<Partial<OrgAttributes> & { label: string }>): AnalysisResult {
  const graph: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
  orgs.forEach(({ label, ...over }, i) => graph.addNode(`o${String(i).padStart(2, '0')}`, org(label, over)));
  const r = { ...emptyResult(), graph };
  r.figures = { ...r.figures, nodes: graph.order };
  r.insights = { ...r.insights, satisfaction: computeSatisfaction(graph, OPTIONS_EN) };
  return r;
}

const section = (md: string, title: string): string => {
  const start = md.indexOf(`## ${title}\n`);
  const end = md.indexOf('\n## ', start + 1);
  return md.slice(start, end < 0 ? undefined : end);
};

/** `n` organisations of a type, the first `reached` with 2 KIS contacts. */
const group = (type: OrgAttributes['type'], n: number, reached: number, region = 'Utrecht') =>
  Array.from({ length: n }, (_, i) => ({ label: `${type} ${i}`, type, region, kis_contacts: i < reached ? 2 : 0 }));

describe('what to do first', () => {
  it('names the least-reached type when its share is at most ¾ of the overall share', () => {
    // 10 government, 8 reached; 6 civil society, 1 reached: overall 9 / 16 = 56%, civil society
    // 1 / 6 = 17% ≤ 0.75 × 56%. One region only: no regional finding.
    const md = exportReportMd(result([...group('government', 10, 8), ...group('civil_society', 6, 1)]), OPTIONS_EN);
    expect(section(md, 'What to do first')).toContain(
      '1. Least reached stakeholder type: **civil society**. Of its 6 organisations, 17% had contact with KIS or answered the survey, against 56% of all organisations.',
    );
    expect(md).not.toContain('Least reached region');
  });

  it('names none when the lowest share is close to the overall share, or the group is small', () => {
    // Civil society 4 / 6 = 67% against (8 + 4) / 16 = 75%: 67% > 0.75 × 75%.
    const close = exportReportMd(result([...group('government', 10, 8), ...group('civil_society', 6, 4)]), OPTIONS_EN);
    expect(close).not.toContain('Least reached');
    // Civil society 0 / 4, but fewer than 5 organisations.
    const small = exportReportMd(result([...group('government', 10, 8), ...group('civil_society', 4, 0)]), OPTIONS_EN);
    expect(small).not.toContain('Least reached');
    expect(section(small, 'What to do first')).toContain('No clear first point of attention follows from these figures');
  });

  it('names the lowest satisfaction only between published means on at least 10 ratings each', () => {
    // Region A: two organisations with 5 ratings each, sums 30 and 30 → 6.0 (n = 10);
    // region B: 5 + 5 ratings, sums 38 and 38 → 7.6 (n = 10). All own means published (≥ 3).
    const rated = (label: string, region: string, sum: number) => ({
      label,
      type: 'government' as const,
      region,
      kis_contacts: 2,
      respondents: 5,
      ratings: 5,
      rating_sum: sum,
      rating_mean: sum / 5,
    });
    const md = exportReportMd(result([rated('a1', 'A', 30), rated('a2', 'A', 30), rated('b1', 'B', 38), rated('b2', 'B', 38)]), OPTIONS_EN);
    expect(section(md, 'What to do first')).toContain(
      'Lowest satisfaction by region: **A** gives 6.0 on average (n = 10), against 7.6 for B. That is an association, not a cause',
    );
    // With 4 ratings in B (sums 30.4 → still 7.6), B rests on fewer than 10: no finding.
    const few = exportReportMd(
      result([rated('a1', 'A', 30), rated('a2', 'A', 30), { ...rated('b1', 'B', 30.4), ratings: 4, respondents: 4, rating_mean: 7.6 }]),
      OPTIONS_EN,
    );
    expect(few).not.toContain('Lowest satisfaction');
    // The satisfaction section says the same, carefully.
    expect(section(md, 'Satisfaction by position')).toContain(
      'By region, the mean rating is highest for B (7.6, n = 10) and lowest for A (6.0, n = 10). This is an association, not a cause.',
    );
  });
});

describe('isolates', () => {
  it('tells surveyed-but-named-no-partners apart from never asked', () => {
    const md = exportReportMd(
      result([
        { label: 'Answered', type: 'government', region: 'Utrecht', respondents: 29, sources: ['register', 'survey'] },
        { label: 'Register only', type: 'civil_society', region: 'Zeeland', sources: ['register'] },
        { label: 'Linked', type: 'government', region: 'Utrecht', degree: 1, sources: ['interview'] },
      ]),
      OPTIONS_EN,
    );
    const isolates = section(md, 'Isolated organisations');
    expect(isolates).toContain('**2** organisations are in the data without a single relation named with another organisation.');
    expect(isolates).toContain('That does not mean they are out of reach: no relation was named.');
    expect(isolates).toContain('**1** answered the survey but named no partners:\n\n- Answered (government, Utrecht)\n');
    expect(isolates).toContain(
      '**1** was never interviewed or surveyed (known from the register only); nothing is known about its relations:\n\n- Register only (civil society, Zeeland)\n',
    );
    expect(isolates).not.toContain('out of the network');
    expect(section(md, 'What to do first')).toContain('**1** organisation answered the survey but named no partners');
  });
});
