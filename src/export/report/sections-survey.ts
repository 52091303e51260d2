/**
 * The survey section of the report: respondents, the mean rating over the organisations whose
 * mean may be published (docs/contract.md §6; suppressed ones named as such), and the knowledge
 * products used with the groups no product reaches.
 */

import { compareCodeUnits } from '../../compare.js';
import { productsUnreached } from '../../graph/summaries.js';
import type { NodeItem } from '../attributes.js';
import { publishThreshold, publishedRatingMean } from '../privacy.js';
import { formatCount, formatNumber } from '../report-format.js';
import { LIST_CAP, type ReportContext, byLabel, label, paragraph, typeName } from './context.js';
import type { Block, Inline, ReportSection } from './model.js';

const PRODUCT_CAP = 10;

/** The groups no product reaches, one sentence per dimension that has any (at most LIST_CAP groups named each). */
function unreachedBlocks(ctx: ReportContext): Block[] {
  const { t, result, lang } = ctx;
  const unreached = productsUnreached(result.graph, result.productUsage);
  if (unreached === null) return [];
  const names = new Map(result.communities.map((c) => [c.community, c.name]));
  const join = (items: readonly string[]): string =>
    items.length > LIST_CAP
      ? `${items.slice(0, LIST_CAP).join(', ')}, … (+${formatCount(items.length - LIST_CAP, lang)})`
      : items.join(', ');
  const lines: Inline[][] = [];
  if (unreached.type.length > 0) lines.push(t.unreachedTypes(join(unreached.type.map((k) => typeName(ctx, k === 'unknown' ? '' : k)))));
  if (unreached.region.length > 0)
    lines.push(t.unreachedRegions(join(unreached.region.map((k) => (k === 'unknown' ? t.noRegionGroup : k)))));
  if (unreached.community.length > 0)
    lines.push(t.unreachedCommunities(join(unreached.community.map((c) => (names.has(c) ? `${c} · ${names.get(c)!}` : String(c))))));
  return lines.length > 0 ? lines.map((l) => paragraph(l)) : [paragraph(t.allReached)];
}

function productsBlock(ctx: ReportContext): Block {
  const { t, result, lang } = ctx;
  const products = [...result.products].sort(
    (a, b) => b.organisations - a.organisations || b.respondents - a.respondents || compareCodeUnits(a.product, b.product),
  );
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: t.products,
      header: [...t.productsHeader],
      rows: products.slice(0, PRODUCT_CAP).map((p) => [p.product, formatCount(p.organisations, lang), formatCount(p.respondents, lang)]),
      align: ['left', 'right', 'right'],
    },
  ];
  if (products.length > PRODUCT_CAP) blocks.push(paragraph(t.andMore(formatCount(products.length - PRODUCT_CAP, lang), 'products.csv')));
  blocks.push(...unreachedBlocks(ctx));
  return { kind: 'subsection', id: 'products', title: t.products, blocks };
}

export function surveySection(ctx: ReportContext): ReportSection {
  const { t, lang, options, result } = ctx;
  const section = { id: 'survey', title: t.survey };
  const min = String(publishThreshold(options));
  const answered = ctx.nodes.filter((n) => n.attributes.respondents > 0);
  if (answered.length === 0) return { ...section, blocks: [paragraph(t.noSurvey)] };
  const respondents = answered.reduce((sum, n) => sum + n.attributes.respondents, 0);
  const blocks: Block[] = [paragraph(t.surveyIntro(formatCount(respondents, lang), formatCount(answered.length, lang), min))];
  let ratingSum = 0;
  let ratingCount = 0;
  for (const n of answered) {
    const mean = publishedRatingMean(n.attributes, options);
    if (mean === null) continue;
    ratingSum += mean * n.attributes.ratings;
    ratingCount += n.attributes.ratings;
  }
  blocks.push(paragraph(ratingCount > 0 ? t.overallRating(formatNumber(ratingSum / ratingCount, lang, 1), min) : t.noPublishedRating(min)));
  const rows = [...answered].sort((a, b) => b.attributes.respondents - a.attributes.respondents || byLabel(a, b));
  const cell = (n: NodeItem): string => {
    const mean = publishedRatingMean(n.attributes, options);
    if (mean !== null) return formatNumber(mean, lang, 1);
    return n.attributes.ratings > 0 || n.attributes.rating_mean !== null ? t.suppressed : t.noRating;
  };
  blocks.push({
    kind: 'table',
    caption: t.survey,
    header: [...t.surveyHeader],
    rows: rows.slice(0, LIST_CAP).map((n) => [label(n), formatCount(n.attributes.respondents, lang), cell(n)]),
    align: ['left', 'right', 'right'],
  });
  if (rows.length > LIST_CAP) blocks.push(paragraph(t.andMore(formatCount(rows.length - LIST_CAP, lang), 'nodes.csv')));
  if (result.products.length > 0) blocks.push(productsBlock(ctx));
  return { ...section, blocks };
}
