/**
 * What to do first: three to five plain findings that follow from the figures, each only when
 * the figures support it, in this order of priority (at most MAX_FINDINGS):
 *
 * 1. the least-reached stakeholder type and 2. region — among groups of at least
 *    MIN_GROUP organisations (not `unknown`, not the catch-all type `other`), the one with the
 *    lowest share reached (coverage.ts: a KIS contact or a survey response), named only when
 *    that share is at most REACH_RATIO times the share over all organisations;
 * 3. the top of the engagement shortlist, with its reasons;
 * 4. the brokers without a data-quality flag that have no KIS contact (0 or not recorded);
 * 5. the lowest satisfaction by type or region: the published group means of
 *    insights.satisfaction, both ends resting on at least SMALL_N ratings and at least CLOSE
 *    apart (the dimension with the larger gap); worded as an association;
 * 6. the stakeholder types and regions no knowledge product reaches;
 * 7. isolates that answered the survey but named no partners.
 */

import { productsUnreached } from '../../graph/summaries.js';
import type { EngagementRow } from '../engagement.js';
import { formatCount, formatNumber } from '../report-format.js';
import { type ReportContext, groupName, label, paragraph, percent, ranked } from './context.js';
import type { Coverage, CoverageRow } from './coverage.js';
import type { Block, Inline, ReportSection } from './model.js';
import { CLOSE, SMALL_N, extremes } from './sections-satisfaction.js';

export const MAX_FINDINGS = 5;
export const MIN_GROUP = 5;
export const REACH_RATIO = 0.75;

function leastReached(ctx: ReportContext, cov: Coverage, dimension: 'type' | 'region'): Inline[] | null {
  const candidates = cov[dimension].filter(
    (r) => r.organisations >= MIN_GROUP && r.group !== 'unknown' && !(dimension === 'type' && r.group === 'other'),
  );
  if (candidates.length < 2 || cov.overall === 0) return null;
  const share = (r: CoverageRow): number => r.reached / r.organisations;
  const low = candidates.reduce((a, b) => (share(b) < share(a) || (share(b) === share(a) && b.organisations > a.organisations) ? b : a));
  if (share(low) > REACH_RATIO * cov.overall) return null;
  return ctx.t.findingLeastReached(
    dimension,
    groupName(ctx, dimension, low.group),
    formatCount(low.organisations, ctx.lang),
    percent(ctx, share(low)),
    percent(ctx, cov.overall),
  );
}

function brokersWithoutContact(ctx: ReportContext): Inline[] | null {
  const brokers = ranked(
    ctx.nodes.filter(
      (n) => n.attributes.role === 'broker' && n.attributes.data_quality_flag.length === 0 && (n.attributes.kis_contacts ?? 0) === 0,
    ),
    (n) => n.attributes.betweenness,
  );
  if (brokers.length === 0) return null;
  return ctx.t.findingBrokersNoContact(brokers.length, formatCount(brokers.length, ctx.lang), label(brokers[0]!));
}

function lowSatisfaction(ctx: ReportContext): Inline[] | null {
  let best: { dimension: 'type' | 'region'; gap: number; ends: NonNullable<ReturnType<typeof extremes>> } | null = null;
  for (const dimension of ['type', 'region'] as const) {
    const groups = ctx.result.insights.satisfaction[dimension].filter((g) => g.rating_n >= SMALL_N);
    const ends = extremes(groups);
    if (ends === null) continue;
    const gap = ends.high.rating_mean! - ends.low.rating_mean!;
    if (gap >= CLOSE && (best === null || gap > best.gap)) best = { dimension, gap, ends };
  }
  if (best === null) return null;
  const { dimension, ends } = best;
  const { t, lang } = ctx;
  return t.findingLowSatisfaction(
    t.dimensionWords[dimension],
    groupName(ctx, dimension, ends.low.group),
    formatNumber(ends.low.rating_mean, lang, 1),
    formatCount(ends.low.rating_n, lang),
    groupName(ctx, dimension, ends.high.group),
    formatNumber(ends.high.rating_mean, lang, 1),
  );
}

function unreached(ctx: ReportContext): Inline[] | null {
  const u = productsUnreached(ctx.result.graph, ctx.result.productUsage);
  if (u === null) return null;
  const names = [
    ...u.type.filter((g) => g !== 'unknown').map((g) => groupName(ctx, 'type', g)),
    ...u.region.filter((g) => g !== 'unknown').map((g) => groupName(ctx, 'region', g)),
  ];
  return names.length > 0 ? ctx.t.findingUnreached(names.join(', ')) : null;
}

function isolatesSurveyed(ctx: ReportContext): Inline[] | null {
  const n = ctx.nodes.filter((o) => o.attributes.degree === 0 && o.attributes.respondents > 0).length;
  return n > 0 ? ctx.t.findingIsolatesSurveyed(n, formatCount(n, ctx.lang)) : null;
}

export function findings(ctx: ReportContext, cov: Coverage, shortlist: readonly EngagementRow[]): Inline[][] {
  const top = shortlist[0];
  const all = [
    leastReached(ctx, cov, 'type'),
    leastReached(ctx, cov, 'region'),
    top ? ctx.t.findingShortlist(top.attributes.label || top.id, top.reasons) : null,
    brokersWithoutContact(ctx),
    lowSatisfaction(ctx),
    unreached(ctx),
    isolatesSurveyed(ctx),
  ];
  return all.filter((f): f is Inline[] => f !== null).slice(0, MAX_FINDINGS);
}

export function findingsSection(ctx: ReportContext, cov: Coverage, shortlist: readonly EngagementRow[]): ReportSection {
  const { t } = ctx;
  const section = { id: 'findings', title: t.findings };
  if (ctx.nodes.length === 0) return { ...section, blocks: [paragraph(t.emptyNetwork)] };
  const items = findings(ctx, cov, shortlist);
  const blocks: Block[] =
    items.length === 0 ? [paragraph(t.noFindings)] : [paragraph(t.findingsIntro), { kind: 'list', items, ordered: true }];
  return { ...section, blocks };
}
