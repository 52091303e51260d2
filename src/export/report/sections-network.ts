/**
 * The network sections of the report: communities (with their names, composition and member
 * lists as proper lists: names may contain commas), the top stakeholders by each metric the
 * registry marks for the report (betweenness and PageRank), and the isolates.
 */

import { METRICS, type Metric, type ReportMetric } from '../../analyse/registry.js';
import type { CommunitySummary } from '../../result.js';
import type { BarChart } from '../charts/types.js';
import type { NodeItem } from '../attributes.js';
import { formatCount, formatNumber } from '../report-format.js';
import { orderedTypeCounts } from '../type-keys.js';
import { type ReportContext, byLabel, cappedList, describe, label, list, paragraph, ranked, regionCell, typeName } from './context.js';
import { rich } from './inline.js';
import type { Block, ReportSection } from './model.js';

const TOP_N = 10;
const COMMUNITY_CAP = 15;

function composition(ctx: ReportContext, c: CommunitySummary): string {
  return Object.entries(orderedTypeCounts(c.types))
    .map(([type, n]) => `${typeName(ctx, type === 'unknown' ? '' : type)} (${formatCount(n, ctx.lang)})`)
    .join(', ');
}

function communitySizes(ctx: ReportContext, shown: readonly CommunitySummary[]): BarChart {
  const { t } = ctx;
  return {
    kind: 'bars',
    id: 'community-sizes',
    title: t.communitySizesTitle,
    desc: t.communitySizesDesc,
    layout: 'stacked',
    categories: shown.map((c) => `${c.community} · ${c.name}`),
    series: [{ name: t.communitiesHeader[2], values: shown.map((c) => c.size) }],
    valueLabel: t.organisationsWord,
  };
}

export function communitiesSection(ctx: ReportContext): ReportSection {
  const { t, result, lang } = ctx;
  const section = { id: 'communities', title: t.communities };
  if (result.figures.nodes === 0) return { ...section, blocks: [paragraph(t.emptyNetwork)] };
  const count = result.communities.length;
  const blocks: Block[] = [
    paragraph(t.communitiesIntro(count, formatCount(count, lang), formatNumber(result.figures.modularity, lang, 3))),
  ];
  const groups = result.communities.filter((c) => c.size > 1).sort((a, b) => b.size - a.size || a.community - b.community);
  const singletons = result.communities.length - groups.length;
  if (groups.length === 0) blocks.push(paragraph(t.noCommunities));
  else {
    const shown = groups.slice(0, COMMUNITY_CAP);
    blocks.push({
      kind: 'table',
      caption: t.communities,
      header: [...t.communitiesHeader],
      rows: shown.map((c) => [
        String(c.community),
        c.name || '–',
        formatCount(c.size, lang),
        composition(ctx, c) || '–',
        `${formatCount(c.internal_edges, lang)} / ${formatCount(c.external_edges, lang)}`,
      ]),
      align: ['right', 'left', 'right', 'left', 'right'],
    });
    blocks.push({ kind: 'chart', chart: communitySizes(ctx, shown) });
    if (groups.length > COMMUNITY_CAP) {
      blocks.push(paragraph(t.communitiesCapped(formatCount(COMMUNITY_CAP, lang), formatCount(groups.length - COMMUNITY_CAP, lang))));
    }
    // Member and theme lists as lists: names may contain commas.
    for (const c of shown) {
      const sub: Block[] = [];
      if (c.top_members.length > 0) sub.push(paragraph(t.communityMembers), list(c.top_members));
      if (c.themes.length > 0) sub.push(paragraph(t.communityThemes), list(c.themes));
      blocks.push({ kind: 'subsection', id: `community-${c.community}`, title: `${c.community} · ${c.name}`, blocks: sub });
    }
  }
  if (singletons > 0) blocks.push(paragraph(t.singletons(singletons, formatCount(singletons, lang))));
  return { ...section, blocks };
}

/** The metrics the report ranks by, in registry order. */
const REPORT_METRICS = METRICS.filter((m): m is Extract<Metric, { id: ReportMetric }> => 'report' in m);

export function rankingsSection(ctx: ReportContext): ReportSection {
  const { t, lang } = ctx;
  const section = { id: 'key-stakeholders', title: t.keyStakeholders };
  if (ctx.nodes.length === 0) return { ...section, blocks: [paragraph(t.emptyNetwork)] };
  const blocks = REPORT_METRICS.map((m): Block => {
    const text = t.rankings[m.id];
    const value = (n: NodeItem): number => n.attributes[m.id];
    const top = ranked(m.report.positive ? ctx.nodes.filter((n) => value(n) > 0) : ctx.nodes, value, TOP_N);
    const intro = 'allPairs' in m && ctx.result.methods.all_pairs === 'sampled' ? rich`${text.intro} ${t.sampledNote}` : text.intro;
    // The column is headed by the English metric name in both languages.
    const body: Block =
      top.length === 0
        ? paragraph(text.none ?? '')
        : {
            kind: 'table',
            caption: text.title,
            header: [...t.rankHeader(m.label.en)],
            rows: top.map((n, i) => [
              String(i + 1),
              label(n),
              typeName(ctx, n.attributes.type),
              regionCell(n),
              formatNumber(value(n), lang, m.report.decimals),
            ]),
            align: ['right', 'left', 'left', 'left', 'right'],
          };
    return { kind: 'subsection', id: `ranking-${m.id}`, title: text.title, blocks: [paragraph(intro), body] };
  });
  return { ...section, blocks };
}

/**
 * Isolates, described truthfully: in the data with no relation named, which is not the same as
 * out of reach. Split by what is known of them: surveyed but named no partners; never
 * interviewed or surveyed (register only); the rest (named in an interview without a relation).
 */
export function isolatesSection(ctx: ReportContext): ReportSection {
  const { t, lang } = ctx;
  const section = { id: 'isolates', title: t.isolates };
  const isolates = ctx.nodes.filter((n) => n.attributes.degree === 0).sort(byLabel);
  if (isolates.length === 0) return { ...section, blocks: [paragraph(ctx.nodes.length === 0 ? t.emptyNetwork : t.noIsolates)] };
  const surveyed = isolates.filter((n) => n.attributes.respondents > 0);
  const unasked = isolates.filter(
    (n) => n.attributes.respondents === 0 && !n.attributes.sources.includes('interview') && !n.attributes.sources.includes('survey'),
  );
  const known = new Set([...surveyed, ...unasked]);
  const other = isolates.filter((n) => !known.has(n));
  const blocks: Block[] = [paragraph(t.isolatesTruth(isolates.length, formatCount(isolates.length, lang)))];
  const groups = [
    [surveyed, t.isolatesSurveyed],
    [unasked, t.isolatesUnasked],
    [other, t.isolatesOther],
  ] as const;
  for (const [members, intro] of groups) {
    if (members.length === 0) continue;
    blocks.push(paragraph(intro(members.length, formatCount(members.length, lang))));
    blocks.push(
      ...cappedList(
        ctx,
        members.map((n) => describe(ctx, n)),
        'nodes.csv, role = isolate',
      ),
    );
  }
  return { ...section, blocks };
}
