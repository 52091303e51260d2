/**
 * The influence × involvement grid of report.html (a QuadrantChart), a stakeholder
 * power/interest grid (Mendelow 1991): one dot per organisation with at least one relation;
 * x = its PageRank percentile among those organisations (engagement.ts's percentiles), y = its
 * involvement with KIS (engagement.ts: 0.25 for 1–2 KIS contacts or 0.5 for 3 or more, plus
 * 0.5 for a survey response). The split lines: x at 0.75 (the top quarter by PageRank is
 * "influential"), y at 0.45 (involved = 0.5 or more: a survey response, or 3 or more contacts).
 * The engagement shortlist shown in the report is highlighted and labelled. Above POINT_CAP
 * organisations only the most influential are drawn (plus the shortlist), and the description
 * says so.
 */

import type { QuadrantChart } from '../charts/types.js';
import { ENGAGEMENT_REPORT_CAP, type EngagementRow, involvement, percentiles } from '../engagement.js';
import { formatCount } from '../report-format.js';
import type { ReportContext } from './context.js';

export const X_SPLIT = 0.75;
export const Y_SPLIT = 0.45;
export const POINT_CAP = 2000;

export function quadrantChart(ctx: ReportContext, shortlist: readonly EngagementRow[]): QuadrantChart | null {
  const { t, lang, result } = ctx;
  const inNetwork = ctx.nodes.filter((n) => result.graph.degree(n.id) > 0);
  if (inNetwork.length === 0) return null;
  const pr = percentiles(inNetwork.map((n) => n.attributes.pagerank));
  const listed = new Set(shortlist.slice(0, ENGAGEMENT_REPORT_CAP).map((r) => r.id));
  let keep = inNetwork.map((_, i) => i);
  const capped = keep.length > POINT_CAP;
  if (capped) {
    const top = new Set([...keep].sort((a, b) => pr[b]! - pr[a]! || a - b).slice(0, POINT_CAP));
    keep = keep.filter((i) => top.has(i) || listed.has(inNetwork[i]!.id));
  }
  return {
    kind: 'quadrant',
    id: 'influence-involvement',
    title: t.quadrantTitle,
    desc: t.quadrantDesc(formatCount(POINT_CAP, lang), formatCount(inNetwork.length, lang), capped),
    xLabel: t.quadrantX,
    yLabel: t.quadrantY,
    xSplit: X_SPLIT,
    ySplit: Y_SPLIT,
    quadrants: [...t.quadrants],
    points: keep.map((i) => {
      const n = inNetwork[i]!;
      const highlight = listed.has(n.id);
      return { x: pr[i]!, y: involvement(n.attributes), highlight, ...(highlight ? { label: n.attributes.label || n.id } : {}) };
    }),
  };
}
