/**
 * Satisfaction by position: the group ratings of `insights.satisfaction` (analyse/
 * satisfaction.ts, suppressed per docs/contract.md §6) per dimension, each with one careful
 * sentence — association, not cause; said plainly when too few means can be shown or a group
 * rests on few ratings — and the rank correlation of rating and PageRank with its n.
 *
 * Wording thresholds: a difference under half a point is "hardly a difference"; a mean on fewer
 * than SMALL_N ratings "may be chance"; Spearman's |ρ| below 0.1 / 0.3 / 0.5 is read as hardly
 * any / weak / moderate association, above as strong (Cohen 1988's conventions), and a
 * correlation over fewer than FEW_ORGANISATIONS organisations is called uncertain.
 */

import type { RatingChart } from '../charts/types.js';
import { publishThreshold } from '../privacy.js';
import { formatCount, formatNumber } from '../report-format.js';
import { SATISFACTION_DIMENSIONS, type SatisfactionDimension, type SatisfactionGroup } from '../../result.js';
import { TYPE_KEYS } from '../type-keys.js';
import { LIST_CAP, type ReportContext, groupName, paragraph } from './context.js';
import { rich } from './inline.js';
import type { Block, Inline, ReportSection } from './model.js';

export const SMALL_N = 10;

const typeOrder = (group: string): number => (TYPE_KEYS.includes(group) ? TYPE_KEYS.indexOf(group) : TYPE_KEYS.length);
export const CLOSE = 0.5;
export const FEW_ORGANISATIONS = 30;

/** The published groups with the highest and the lowest mean (ties: more ratings, then table order). */
export function extremes(groups: readonly SatisfactionGroup[]): { high: SatisfactionGroup; low: SatisfactionGroup } | null {
  const published = groups.filter((g) => g.rating_mean !== null);
  if (published.length < 2) return null;
  let high = published[0]!;
  let low = published[0]!;
  for (const g of published) {
    if (g.rating_mean! > high.rating_mean! || (g.rating_mean === high.rating_mean && g.rating_n > high.rating_n)) high = g;
    if (g.rating_mean! < low.rating_mean! || (g.rating_mean === low.rating_mean && g.rating_n > low.rating_n)) low = g;
  }
  return { high, low };
}

function sentence(ctx: ReportContext, dimension: SatisfactionDimension, groups: readonly SatisfactionGroup[]): Inline[] {
  const { t, lang } = ctx;
  const word = t.dimensionWords[dimension];
  const ends = extremes(groups);
  if (ends === null) {
    const published = groups.filter((g) => g.rating_mean !== null).length;
    return t.satisfactionTooFew(word, published, String(publishThreshold(ctx.options)));
  }
  const { high, low } = ends;
  const name = (g: SatisfactionGroup): string => groupName(ctx, dimension, g.group);
  const mean = (g: SatisfactionGroup): string => formatNumber(g.rating_mean, lang, 1);
  const parts: Array<Inline[] | string> = [
    t.satisfactionSpread(
      word,
      name(high),
      mean(high),
      formatCount(high.rating_n, lang),
      name(low),
      mean(low),
      formatCount(low.rating_n, lang),
    ),
  ];
  if (high.rating_mean! - low.rating_mean! < CLOSE) parts.push(t.satisfactionClose);
  if (Math.min(high.rating_n, low.rating_n) < SMALL_N) parts.push(t.satisfactionSmall(formatCount(SMALL_N, lang)));
  parts.push(t.satisfactionAssociation);
  return parts.reduce<Inline[]>((out, p, i) => (i === 0 ? rich`${p}` : rich`${out} ${p}`), []);
}

function ratingChart(ctx: ReportContext, dimension: SatisfactionDimension, groups: readonly SatisfactionGroup[]): RatingChart {
  const { t } = ctx;
  return {
    kind: 'rating',
    id: `rating-${dimension}`,
    title: t.ratingChartTitle(t.dimensionTitles[dimension]),
    desc: t.ratingChartDesc,
    min: 1,
    max: 10,
    groups: groups.map((g) => ({
      name: groupName(ctx, dimension, g.group),
      n: g.rating_n,
      mean: g.rating_mean,
      suppressed: g.rating_mean === null,
    })),
    suppressedLabel: t.suppressed,
  };
}

function dimensionBlock(ctx: ReportContext, dimension: SatisfactionDimension): Block {
  const { t, lang } = ctx;
  const all = ctx.result.insights.satisfaction[dimension];
  const rated = all.filter((g) => g.rating_n > 0);
  // Types in the report's fixed order (type-keys.ts); the other dimensions in table order.
  if (dimension === 'type') rated.sort((a, b) => typeOrder(a.group) - typeOrder(b.group));
  const shown = rated.slice(0, LIST_CAP);
  const blocks: Block[] = [paragraph(sentence(ctx, dimension, all))];
  if (shown.length > 0) {
    blocks.push({ kind: 'chart', chart: ratingChart(ctx, dimension, shown) });
    blocks.push({
      kind: 'table',
      caption: t.dimensionTitles[dimension],
      header: [...t.satisfactionHeader],
      rows: shown.map((g) => [
        groupName(ctx, dimension, g.group),
        formatCount(g.organisations, lang),
        formatCount(g.rating_n, lang),
        g.rating_mean === null ? t.suppressed : formatNumber(g.rating_mean, lang, 1),
      ]),
      align: ['left', 'right', 'right', 'right'],
    });
  }
  if (rated.length > LIST_CAP) blocks.push(paragraph(t.andMore(formatCount(rated.length - LIST_CAP, lang), 'summary.json')));
  if (rated.length < all.length) blocks.push(paragraph(t.satisfactionOmitted));
  return { kind: 'subsection', id: `satisfaction-${dimension}`, title: t.dimensionTitles[dimension], blocks };
}

/** Spearman's ρ of rating and PageRank (insights.rating_centrality) in words, with its n. */
export function rankCorrelationText(ctx: ReportContext): Inline[] {
  const { t, lang } = ctx;
  const { spearman, n } = ctx.result.insights.rating_centrality;
  if (spearman === null) return t.rankCorrelationNone(n, formatCount(n, lang));
  const size = Math.abs(spearman);
  const strength = size < 0.1 ? 0 : size < 0.3 ? 1 : size < 0.5 ? 2 : 3;
  return t.rankCorrelation(formatNumber(spearman, lang, 2), formatCount(n, lang), strength, spearman > 0, n < FEW_ORGANISATIONS);
}

export function satisfactionSection(ctx: ReportContext): ReportSection {
  const { t } = ctx;
  const section = { id: 'satisfaction', title: t.satisfaction };
  const ratings = ctx.nodes.reduce((n, o) => n + o.attributes.ratings, 0);
  if (ratings === 0) return { ...section, blocks: [paragraph(t.noRatings)] };
  return {
    ...section,
    blocks: [
      paragraph(t.satisfactionIntro(String(publishThreshold(ctx.options)))),
      paragraph(rankCorrelationText(ctx)),
      ...SATISFACTION_DIMENSIONS.map((d) => dimensionBlock(ctx, d)),
    ],
  };
}
