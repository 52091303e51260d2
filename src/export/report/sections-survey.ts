/**
 * The survey section of the report: respondents, the mean rating over the organisations whose
 * mean may be published (docs/contract.md §6; suppressed ones named as such). The knowledge
 * products have a section of their own (sections-products.ts).
 */

import type { NodeItem } from '../attributes.js';
import { publishThreshold, publishedRatingMean } from '../privacy.js';
import { formatCount, formatNumber } from '../report-format.js';
import { LIST_CAP, type ReportContext, byLabel, label, paragraph } from './context.js';
import type { Block, ReportSection } from './model.js';

export function surveySection(ctx: ReportContext): ReportSection {
  const { t, lang, options } = ctx;
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
  return { ...section, blocks };
}
