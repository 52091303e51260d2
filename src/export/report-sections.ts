/**
 * The stakeholder sections of report.md: communities, the top stakeholders by each metric the
 * registry marks for the report (betweenness and PageRank), brokers, isolates, whom to involve (engagement.csv), gaps (types and provinces with no organisation) and the survey.
 * Lists are capped, with "and N more" pointing at the CSV that has them all.
 */

import { METRICS, type Metric, type ReportMetric } from '../analyse/registry.js';
import type { Lang } from '../config/options.js';
import type { AnalysisResult, CommunitySummary } from '../result.js';
import type { NodeItem } from './attributes.js';
import { mdList, mdTable, mdText } from './markdown.js';
import { publishThreshold, publishedRatingMean } from './privacy.js';
import { PROVINCES, provinceOf } from '../resolve/provinces.js';
import { formatCount, formatNumber } from './report-format.js';
import type { ReportText } from './report-text.js';
import { compareCodeUnits } from '../compare.js';
import { ENGAGEMENT_REPORT_CAP, engagementRows } from './engagement.js';
import { orderedTypeCounts } from './type-keys.js';
import { productsUnreached } from '../graph/summaries.js';
import type { ExportOptions } from './types.js';

export interface ReportContext {
  result: AnalysisResult;
  options: ExportOptions;
  lang: Lang;
  t: ReportText;
  /** Every organisation, sorted by id. */
  nodes: NodeItem[];
}

const TOP_N = 10;
const LIST_CAP = 20;
const COMMUNITY_CAP = 15;
const PRODUCT_CAP = 10;

const label = (n: NodeItem): string => mdText(n.attributes.label || n.id);
const typeName = (ctx: ReportContext, type: string): string => ctx.t.types[type || 'unknown'] ?? mdText(type);
const region = (n: NodeItem): string => (n.attributes.region ? mdText(n.attributes.region) : '–');
const byLabel = (a: NodeItem, b: NodeItem): number =>
  compareCodeUnits(a.attributes.label, b.attributes.label) || compareCodeUnits(a.id, b.id);

/** Nodes by a metric, highest first, ties by id. */
function ranked(nodes: readonly NodeItem[], metric: (n: NodeItem) => number): NodeItem[] {
  const value = (n: NodeItem): number => (Number.isFinite(metric(n)) ? metric(n) : -Infinity);
  return [...nodes].sort((a, b) => value(b) - value(a) || compareCodeUnits(a.id, b.id));
}

function capped(ctx: ReportContext, items: readonly string[], where: string): string {
  let out = mdList(items.slice(0, LIST_CAP));
  if (items.length > LIST_CAP) out += `\n${ctx.t.andMore(formatCount(items.length - LIST_CAP, ctx.lang), where)}\n`;
  return out;
}

function composition(ctx: ReportContext, c: CommunitySummary): string {
  return Object.entries(orderedTypeCounts(c.types))
    .map(([type, n]) => `${typeName(ctx, type === 'unknown' ? '' : type)} (${formatCount(n, ctx.lang)})`)
    .join(', ');
}

export function communitiesSection(ctx: ReportContext): string {
  const { t, result, lang } = ctx;
  let out = `## ${t.communities}\n\n`;
  if (result.figures.nodes === 0) return `${out}${t.emptyNetwork}\n`;
  const count = result.communities.length;
  out += `${t.communitiesIntro(count, formatCount(count, lang), formatNumber(result.figures.modularity, lang, 3))}\n\n`;
  const groups = result.communities.filter((c) => c.size > 1).sort((a, b) => b.size - a.size || a.community - b.community);
  const singletons = result.communities.length - groups.length;
  if (groups.length === 0) out += `${t.noCommunities}\n`;
  else {
    const shown = groups.slice(0, COMMUNITY_CAP);
    out += mdTable(
      t.communitiesHeader,
      shown.map((c) => [
        String(c.community),
        mdText(c.name) || '–',
        formatCount(c.size, lang),
        composition(ctx, c) || '–',
        `${formatCount(c.internal_edges, lang)} / ${formatCount(c.external_edges, lang)}`,
      ]),
      ['right', 'left', 'right', 'left', 'right'],
    );
    if (groups.length > COMMUNITY_CAP) {
      out += `\n${t.communitiesCapped(formatCount(COMMUNITY_CAP, lang), formatCount(groups.length - COMMUNITY_CAP, lang))}\n`;
    }
    // Member and theme lists as Markdown lists: names may contain commas.
    for (const c of shown) {
      out += `\n### ${c.community} · ${mdText(c.name)}\n\n`;
      if (c.top_members.length > 0) out += `${t.communityMembers}\n\n${mdList(c.top_members.map(mdText))}`;
      if (c.themes.length > 0) out += `\n${t.communityThemes}\n\n${mdList(c.themes.map(mdText))}`;
    }
  }
  if (singletons > 0) out += `\n${t.singletons(singletons, formatCount(singletons, lang))}\n`;
  return out;
}

function rankingTable(ctx: ReportContext, nodes: NodeItem[], metricName: string, value: (n: NodeItem) => number, decimals: number): string {
  return mdTable(
    ctx.t.rankHeader(metricName),
    nodes.map((n, i) => [String(i + 1), label(n), typeName(ctx, n.attributes.type), region(n), formatNumber(value(n), ctx.lang, decimals)]),
    ['right', 'left', 'left', 'left', 'right'],
  );
}

/** The metrics the report ranks by, in registry order. */
const REPORT_METRICS = METRICS.filter((m): m is Extract<Metric, { id: ReportMetric }> => 'report' in m);

export function rankingsSection(ctx: ReportContext): string {
  const { t } = ctx;
  const out = `## ${t.keyStakeholders}\n\n`;
  if (ctx.nodes.length === 0) return `${out}${t.emptyNetwork}\n`;
  const rankings = REPORT_METRICS.map((m) => {
    const text = t.rankings[m.id];
    const value = (n: NodeItem): number => n.attributes[m.id];
    const top = ranked(m.report.positive ? ctx.nodes.filter((n) => value(n) > 0) : ctx.nodes, value).slice(0, TOP_N);
    const sampled = 'allPairs' in m && ctx.result.methods.all_pairs === 'sampled' ? ` ${t.sampledNote}` : '';
    // The column is headed by the English metric name in both languages.
    const body = top.length === 0 ? `${text.none ?? ''}\n` : rankingTable(ctx, top, m.label.en, value, m.report.decimals);
    return `### ${text.title}\n\n${text.intro}${sampled}\n\n${body}`;
  });
  return out + rankings.join('\n');
}

const describe = (ctx: ReportContext, n: NodeItem): string =>
  `${label(n)} (${[typeName(ctx, n.attributes.type), n.attributes.region ? mdText(n.attributes.region) : ''].filter(Boolean).join(', ')})`;

export function brokersSection(ctx: ReportContext): string {
  const { t, lang } = ctx;
  const brokers = ranked(
    ctx.nodes.filter((n) => n.attributes.role === 'broker'),
    (n) => n.attributes.betweenness,
  );
  let out = `## ${t.brokers}\n\n`;
  if (brokers.length === 0) return `${out}${t.noBrokers}\n`;
  out += `${t.brokersIntro(brokers.length, formatCount(brokers.length, lang))}\n\n`;
  return (
    out +
    capped(
      ctx,
      brokers.map((n) => describe(ctx, n)),
      'nodes.csv, role = broker',
    )
  );
}

export function isolatesSection(ctx: ReportContext): string {
  const { t, lang } = ctx;
  const isolates = ctx.nodes.filter((n) => n.attributes.degree === 0).sort(byLabel);
  let out = `## ${t.isolates}\n\n`;
  if (isolates.length === 0) return `${out}${ctx.nodes.length === 0 ? t.emptyNetwork : t.noIsolates}\n`;
  out += `${t.isolatesIntro(isolates.length, formatCount(isolates.length, lang))}\n\n`;
  return (
    out +
    capped(
      ctx,
      isolates.map((n) => describe(ctx, n)),
      'nodes.csv, role = isolate',
    )
  );
}

/** Whom to involve: the first rows of engagement.csv, with the formula (engagement.ts). */
export function engagementSection(ctx: ReportContext): string {
  const { t, lang } = ctx;
  const out = `## ${t.engagement}\n\n`;
  if (ctx.nodes.length === 0) return `${out}${t.emptyNetwork}\n`;
  const rows = engagementRows(ctx.result, lang);
  if (rows.length === 0) return `${out}${t.noEngagement}\n`;
  const shown = rows.slice(0, ENGAGEMENT_REPORT_CAP);
  return `${out}${t.engagementIntro(formatCount(shown.length, lang))}\n\n${mdTable(
    t.engagementHeader,
    shown.map((r) => {
      const n: NodeItem = { id: r.id, attributes: r.attributes };
      return [String(r.rank), label(n), typeName(ctx, r.attributes.type), region(n), mdText(r.reasons) || '–'];
    }),
    ['right', 'left', 'left', 'left', 'left'],
  )}`;
}

export function gapsSection(ctx: ReportContext): string {
  const { t, lang } = ctx;
  if (ctx.nodes.length === 0) return `## ${t.gaps}\n\n${t.emptyNetwork}\n`;
  const types = new Set(ctx.nodes.map((n) => n.attributes.type));
  const provinces = new Set<string>();
  for (const n of ctx.nodes) {
    const p = n.attributes.region ? provinceOf(n.attributes.region) : undefined;
    if (p) provinces.add(p);
  }
  // `other` is a catch-all, not a stakeholder group one can miss.
  const missingTypes = Object.keys(t.types).filter((k) => k !== 'other' && k !== 'unknown' && !types.has(k as never));
  const missingProvinces = PROVINCES.filter((p) => !provinces.has(p));
  const untyped = ctx.nodes.filter((n) => !n.attributes.type).length;
  const noRegion = ctx.nodes.filter((n) => !n.attributes.region).length;
  const lines = [
    missingTypes.length > 0 ? t.missingTypes(missingTypes.map((k) => typeName(ctx, k)).join(', ')) : t.allTypes,
    ...(untyped > 0 ? [t.noType(untyped, formatCount(untyped, lang))] : []),
    missingProvinces.length > 0 ? t.missingProvinces(missingProvinces.join(', ')) : t.allProvinces,
    ...(noRegion > 0 ? [t.noRegion(noRegion, formatCount(noRegion, lang))] : []),
  ];
  return `## ${t.gaps}\n\n${mdList(lines)}`;
}

/** The groups no product reaches, one sentence per dimension that has any (at most LIST_CAP groups named each). */
function unreachedText(ctx: ReportContext): string {
  const { t, result, lang } = ctx;
  const unreached = productsUnreached(result.graph, result.productUsage);
  if (unreached === null) return '';
  const names = new Map(result.communities.map((c) => [c.community, c.name]));
  const list = (items: readonly string[]): string =>
    items.length > LIST_CAP
      ? `${items.slice(0, LIST_CAP).join(', ')}, … (+${formatCount(items.length - LIST_CAP, lang)})`
      : items.join(', ');
  const lines: string[] = [];
  if (unreached.type.length > 0) lines.push(t.unreachedTypes(list(unreached.type.map((k) => typeName(ctx, k === 'unknown' ? '' : k)))));
  if (unreached.region.length > 0)
    lines.push(t.unreachedRegions(list(unreached.region.map((k) => (k === 'unknown' ? t.noRegionGroup : mdText(k))))));
  if (unreached.community.length > 0)
    lines.push(
      t.unreachedCommunities(list(unreached.community.map((c) => (names.has(c) ? `${c} · ${mdText(names.get(c)!)}` : String(c))))),
    );
  return `\n${lines.length > 0 ? lines.join('\n\n') : t.allReached}\n`;
}

export function surveySection(ctx: ReportContext): string {
  const { t, lang, options, result } = ctx;
  const min = String(publishThreshold(options));
  let out = `## ${t.survey}\n\n`;
  const answered = ctx.nodes.filter((n) => n.attributes.respondents > 0);
  if (answered.length === 0) return `${out}${t.noSurvey}\n`;
  const respondents = answered.reduce((sum, n) => sum + n.attributes.respondents, 0);
  out += `${t.surveyIntro(formatCount(respondents, lang), formatCount(answered.length, lang), min)}\n\n`;
  let ratingSum = 0;
  let ratingCount = 0;
  for (const n of answered) {
    const mean = publishedRatingMean(n.attributes, options);
    if (mean === null) continue;
    ratingSum += mean * n.attributes.ratings;
    ratingCount += n.attributes.ratings;
  }
  out += `${ratingCount > 0 ? t.overallRating(formatNumber(ratingSum / ratingCount, lang, 1), min) : t.noPublishedRating(min)}\n\n`;
  const rows = [...answered].sort((a, b) => b.attributes.respondents - a.attributes.respondents || byLabel(a, b));
  const cell = (n: NodeItem): string => {
    const mean = publishedRatingMean(n.attributes, options);
    if (mean !== null) return formatNumber(mean, lang, 1);
    return n.attributes.ratings > 0 || n.attributes.rating_mean !== null ? t.suppressed : t.noRating;
  };
  out += mdTable(
    t.surveyHeader,
    rows.slice(0, LIST_CAP).map((n) => [label(n), formatCount(n.attributes.respondents, lang), cell(n)]),
    ['left', 'right', 'right'],
  );
  if (rows.length > LIST_CAP) out += `\n${t.andMore(formatCount(rows.length - LIST_CAP, lang), 'nodes.csv')}\n`;
  if (result.products.length > 0) {
    const products = [...result.products].sort(
      (a, b) => b.organisations - a.organisations || b.respondents - a.respondents || compareCodeUnits(a.product, b.product),
    );
    out += `\n### ${t.products}\n\n`;
    out += mdTable(
      t.productsHeader,
      products.slice(0, PRODUCT_CAP).map((p) => [mdText(p.product), formatCount(p.organisations, lang), formatCount(p.respondents, lang)]),
      ['left', 'right', 'right'],
    );
    if (products.length > PRODUCT_CAP) out += `\n${t.andMore(formatCount(products.length - PRODUCT_CAP, lang), 'products.csv')}\n`;
    out += unreachedText(ctx);
  }
  return out;
}
