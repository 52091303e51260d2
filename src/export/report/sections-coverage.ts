/**
 * Coverage and reach (issue-level question: which stakeholder groups and regions are
 * under-reached?): per type and per region a table of coverage.ts's counts, and the same counts
 * as a grouped bar chart for report.html.
 */

import type { BarChart } from '../charts/types.js';
import { formatCount } from '../report-format.js';
import type { Coverage, CoverageRow } from './coverage.js';
import { LIST_CAP, type ReportContext, groupName, paragraph, percent } from './context.js';
import type { Block, ReportSection } from './model.js';

function chart(ctx: ReportContext, id: string, by: string, dimension: string, rows: readonly CoverageRow[]): BarChart {
  const { t } = ctx;
  return {
    kind: 'bars',
    id,
    title: t.coverageChartTitle(by),
    desc: t.coverageChartDesc,
    layout: 'grouped',
    categories: rows.map((r) => groupName(ctx, dimension, r.group)),
    series: [
      { name: t.coverageSeries[0], values: rows.map((r) => r.register) },
      { name: t.coverageSeries[1], values: rows.map((r) => r.interviewed) },
      { name: t.coverageSeries[2], values: rows.map((r) => r.surveyed) },
      { name: t.coverageSeries[3], values: rows.map((r) => r.kis_contacted) },
    ],
    valueLabel: t.organisationsWord,
  };
}

function part(ctx: ReportContext, dimension: 'type' | 'region', rows: readonly CoverageRow[]): Block {
  const { t, lang } = ctx;
  const by = dimension === 'type' ? t.coverageByType : t.coverageByRegion;
  const shown = rows.slice(0, LIST_CAP);
  const blocks: Block[] = [
    { kind: 'chart', chart: chart(ctx, `coverage-${dimension}`, by, dimension, shown) },
    {
      kind: 'table',
      caption: by,
      header: t.coverageHeader(dimension === 'type' ? t.typeWord : t.regionWord),
      rows: shown.map((r) => [
        groupName(ctx, dimension, r.group),
        formatCount(r.organisations, lang),
        formatCount(r.in_network, lang),
        formatCount(r.register, lang),
        formatCount(r.interviewed, lang),
        formatCount(r.surveyed, lang),
        formatCount(r.kis_contacted, lang),
        percent(ctx, r.organisations > 0 ? r.reached / r.organisations : 0),
      ]),
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    },
  ];
  if (rows.length > LIST_CAP) blocks.push(paragraph(t.andMore(formatCount(rows.length - LIST_CAP, lang), 'groups.csv')));
  return { kind: 'subsection', id: `coverage-${dimension}`, title: by, blocks };
}

export function coverageSection(ctx: ReportContext, cov: Coverage): ReportSection {
  const { t } = ctx;
  const section = { id: 'coverage', title: t.coverage };
  if (ctx.nodes.length === 0) return { ...section, blocks: [paragraph(t.emptyNetwork)] };
  return { ...section, blocks: [paragraph(t.coverageIntro), part(ctx, 'type', cov.type), part(ctx, 'region', cov.region)] };
}
