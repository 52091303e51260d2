/**
 * The compare report (report.md and report.html) as one model: the figures of both waves and
 * their change, who joined and left, who rose and fell most in rank, how the communities
 * carried over, the groups whose coverage changed, the rating per group (suppressed per wave,
 * a change only where both means are published), possible renames and the method. The model is
 * the analyse report's (export/report/model.ts), laid out by the same Markdown and HTML renderers.
 */

import type { Lang } from '../../config/options.js';
import { isoFromEpoch } from '../../export/paths.js';
import { formatCount, formatNumber } from '../../export/report-format.js';
import { reportText } from '../../export/report-text.js';
import { VERSION } from '../../version.js';
import { MATCH_THRESHOLD } from '../community-matching.js';
import type { CompareResult } from '../compare-waves.js';
import { arrivals, coverageChanges, HIGHLIGHT_COUNT, movers } from '../highlights.js';
import { communityNames } from '../export/communities-csv.js';
import type { BarChart } from '../../export/charts/types.js';
import type { Block, ReportModel, ReportSection } from '../../export/report/model.js';
import { compareText } from './texts.js';

/** Rows of a long table before "and N more". */
const TABLE_CAP = 25;

export interface ReportOptions {
  lang: Lang;
  sourceDateEpoch?: number;
}

function signed(x: number, lang: Lang, decimals: number): string {
  const s = formatNumber(x, lang, decimals);
  return x > 0 && s !== formatNumber(0, lang, decimals) ? `+${s}` : s;
}

export function buildCompareReport(r: CompareResult, options: ReportOptions): ReportModel {
  const { lang } = options;
  const tx = compareText(lang);
  const types = reportText(lang).types;
  const n = (x: number) => formatCount(x, lang);
  const date = isoFromEpoch(options.sourceDateEpoch)?.slice(0, 10);
  const intro: Block[] = [{ kind: 'paragraph', text: [`${tx.madeBy(VERSION, date)} ${tx.organisationLevel}`] }];
  const notes = [...r.differences.map((d) => d.text[lang]), ...(r.aliasJoined > 0 ? [tx.aliasJoined(r.aliasJoined)] : [])];
  for (const note of notes) intro.push({ kind: 'note', text: [`${tx.warnings}: ${note}`] });
  const sections: ReportSection[] = [];

  // At a glance.
  const f = [
    ['nodes', 0],
    ['edges', 0],
    ['communities', 0],
    ['modularity', 3],
    ['density', 3],
    ['components', 0],
    ['isolates', 0],
  ] as const;
  const c = r.counts;
  sections.push({
    id: 'glance',
    title: tx.glance,
    blocks: [
      {
        kind: 'table',
        caption: tx.glanceCaption,
        header: [tx.figure, r.old.name, r.new.name, tx.change],
        rows: f.map(([k, d]) => [
          tx.figures[k],
          formatNumber(r.old.figures[k], lang, d),
          formatNumber(r.new.figures[k], lang, d),
          signed(r.new.figures[k] - r.old.figures[k], lang, d),
        ]),
        align: ['left', 'right', 'right', 'right'],
      },
      {
        kind: 'list',
        items: [
          [tx.orgCounts(n(c.organisations.new), n(c.organisations.gone), n(c.organisations.stayed))],
          [
            tx.relCounts({
              new: n(c.relations.new),
              gone: n(c.relations.gone),
              stronger: n(c.relations.stronger),
              weaker: n(c.relations.weaker),
              same: n(c.relations.same),
            }),
          ],
        ],
      },
    ],
  });

  // New and gone organisations.
  const arrivalBlocks: Block[] = [];
  for (const side of ['new', 'gone'] as const) {
    const list = arrivals(r, side);
    if (list.length === 0) {
      arrivalBlocks.push({ kind: 'paragraph', text: [side === 'new' ? tx.noNew : tx.noGone] });
      continue;
    }
    arrivalBlocks.push({ kind: 'paragraph', text: [side === 'new' ? tx.newOrgs(n(list.length)) : tx.goneOrgs(n(list.length))] });
    const items = list.slice(0, TABLE_CAP).map((a) => [`${a.label} (${tx.rank.toLowerCase()} ${n(a.rank)})`]);
    if (list.length > TABLE_CAP) items.push([tx.more(n(list.length - TABLE_CAP))]);
    arrivalBlocks.push({ kind: 'list', items });
  }
  sections.push({ id: 'arrivals', title: tx.arrivals, blocks: arrivalBlocks });

  // Rose and fell.
  const { rose, fell } = movers(r, HIGHLIGHT_COUNT);
  const moverBlocks: Block[] = [{ kind: 'paragraph', text: [tx.moversIntro] }];
  if (rose.length + fell.length === 0) moverBlocks.push({ kind: 'paragraph', text: [tx.noMovers] });
  for (const [title, list] of [
    [tx.rose, rose],
    [tx.fell, fell],
  ] as const) {
    if (list.length === 0) continue;
    moverBlocks.push({ kind: 'paragraph', text: [{ strong: title }] });
    moverBlocks.push({
      kind: 'table',
      caption: title,
      header: [tx.organisation, tx.rankOld, tx.rankNew, tx.change],
      rows: list.map((m) => [m.label, n(m.rankOld), n(m.rankNew), signed(m.change, lang, 0)]),
      align: ['left', 'right', 'right', 'right'],
    });
  }
  sections.push({ id: 'movers', title: tx.movers, blocks: moverBlocks });

  // Communities.
  const names = communityNames(r);
  const label = (num: number | null, map: Map<number, string>) => (num === null ? '–' : `${num} · ${map.get(num) ?? ''}`);
  const rows = r.communities.map((m) => [
    label(m.old, names.old),
    label(m.new, names.new),
    m.jaccard === null ? '–' : formatNumber(m.jaccard, lang, 2),
    tx.kinds[m.kind],
  ]);
  const commBlocks: Block[] = [
    { kind: 'paragraph', text: [tx.communitiesIntro(formatNumber(MATCH_THRESHOLD, lang, 1))] },
    {
      kind: 'paragraph',
      text: [
        tx.kindCounts({
          stable: n(c.communities.stable),
          split: n(c.communities.split),
          merged: n(c.communities.merged),
          new: n(c.communities.new),
          dissolved: n(c.communities.dissolved),
        }),
      ],
    },
    {
      kind: 'table',
      caption: tx.communities,
      header: [tx.communityOld, tx.communityNew, tx.jaccard, tx.kind],
      rows: rows.slice(0, TABLE_CAP * 2),
      align: ['left', 'left', 'right', 'left'],
    },
  ];
  if (rows.length > TABLE_CAP * 2)
    commBlocks.push({ kind: 'paragraph', text: [tx.more(n(rows.length - TABLE_CAP * 2)).replace('organisations.csv', 'communities.csv')] });
  sections.push({ id: 'communities', title: tx.communities, blocks: commBlocks });

  // Coverage per group.
  const groupName = (dimension: string, group: string) =>
    dimension === 'type' ? (types[group] ?? group) : group === 'unknown' ? tx.unknown : group;
  const pair = (a: number | null | undefined, b: number | null | undefined) => `${a == null ? '–' : n(a)} → ${b == null ? '–' : n(b)}`;
  const coverage = coverageChanges(r);
  sections.push({
    id: 'coverage',
    title: tx.coverage,
    blocks:
      coverage.length === 0
        ? [{ kind: 'paragraph', text: [tx.noCoverage] }]
        : [
            { kind: 'paragraph', text: [tx.coverageIntro] },
            { kind: 'chart', chart: coverageChart(r, lang) },
            {
              kind: 'table',
              caption: tx.coverage,
              header: [tx.dimension, tx.group, tx.orgsOldNew, tx.inNetworkOldNew, tx.surveyedOldNew, tx.kisOldNew],
              rows: coverage
                .slice(0, TABLE_CAP)
                .map((g) => [
                  tx.dimensions[g.dimension] ?? g.dimension,
                  groupName(g.dimension, g.group),
                  pair(g.old?.organisations, g.new?.organisations),
                  pair(g.old?.in_network, g.new?.in_network),
                  pair(g.old?.surveyed, g.new?.surveyed),
                  pair(g.old?.kis_contacted, g.new?.kis_contacted),
                ]),
              align: ['left', 'left', 'right', 'right', 'right', 'right'],
            },
          ],
  });

  // Rating per group.
  const rated = r.groups.filter((g) => (g.old?.rating_n ?? 0) > 0 || (g.new?.rating_n ?? 0) > 0);
  const mean = (w: Record<string, number | null> | null) => {
    if (!w || !(w.rating_n ?? 0)) return '–';
    return w.rating_mean === null || w.rating_mean === undefined ? tx.suppressed : formatNumber(w.rating_mean, lang, 2);
  };
  sections.push({
    id: 'rating',
    title: tx.rating,
    blocks:
      rated.length === 0
        ? [{ kind: 'paragraph', text: [tx.noRatings] }]
        : [
            { kind: 'paragraph', text: [tx.ratingIntro(n(r.minGroupSize))] },
            {
              kind: 'table',
              caption: tx.rating,
              header: [tx.dimension, tx.group, tx.nOld, tx.ratingOld, tx.nNew, tx.ratingNew, tx.change],
              rows: rated.map((g) => [
                tx.dimensions[g.dimension] ?? g.dimension,
                groupName(g.dimension, g.group),
                n(g.old?.rating_n ?? 0),
                mean(g.old),
                n(g.new?.rating_n ?? 0),
                mean(g.new),
                g.ratingChange === null
                  ? (g.old?.rating_n ?? 0) > 0 && (g.new?.rating_n ?? 0) > 0
                    ? tx.suppressed
                    : '–'
                  : signed(g.ratingChange, lang, 2),
              ]),
              align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
            },
          ],
  });

  // Possibly renamed.
  sections.push({
    id: 'renamed',
    title: tx.renamed,
    blocks:
      r.renamed.length === 0
        ? [{ kind: 'paragraph', text: [tx.noRenamed] }]
        : [
            { kind: 'paragraph', text: [tx.renamedIntro] },
            { kind: 'list', items: r.renamed.map((p) => [tx.renamedItem(p.oldLabel, p.newLabel)]) },
          ],
  });

  sections.push({
    id: 'method',
    title: tx.method,
    blocks: [{ kind: 'list', items: tx.methodItems(formatNumber(MATCH_THRESHOLD, lang, 1), n(r.minGroupSize)).map((s) => [s]) }],
  });
  const facts = [
    { label: tx.factOld, value: r.old.name },
    { label: tx.factNew, value: r.new.name },
    { label: tx.factNetwork, value: r.new.parameters.network },
    {
      label: tx.factSeed,
      value:
        r.old.parameters.seed === r.new.parameters.seed
          ? String(r.new.parameters.seed)
          : `${r.old.parameters.seed} / ${r.new.parameters.seed}`,
    },
    { label: tx.factMinGroup, value: n(r.minGroupSize) },
  ];
  return { lang, title: tx.title(r.old.name, r.new.name), intro, sections, facts };
}

/** Organisations with a relation per stakeholder type, OLD next to NEW. */
function coverageChart(r: CompareResult, lang: Lang): BarChart {
  const tx = compareText(lang);
  const types = reportText(lang).types;
  const rows = r.groups.filter((g) => g.dimension === 'type');
  return {
    kind: 'bars',
    id: 'compare-coverage-type',
    title: tx.coverageChartTitle,
    desc: tx.coverageChartDesc(r.old.name, r.new.name),
    layout: 'grouped',
    categories: rows.map((g) => types[g.group] ?? g.group),
    series: [
      { name: r.old.name, values: rows.map((g) => g.old?.in_network ?? 0) },
      { name: r.new.name, values: rows.map((g) => g.new?.in_network ?? 0) },
    ],
    valueLabel: tx.inNetworkOldNew.toLowerCase(),
  };
}
