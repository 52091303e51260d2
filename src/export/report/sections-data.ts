/**
 * The closing sections of the report: data accounting (every row counted, rejection reasons and
 * warnings by type), names to check (near-duplicates), privacy (what was recognised as personal
 * data in name cells and left out, by kind and count; docs/contract.md §6) and the method.
 */

import { compareCodeUnits } from '../../compare.js';
import { PERSONAL_DATA_KINDS } from '../../resolve/personal-data.js';
import { fileName } from '../paths.js';
import { publishThreshold } from '../privacy.js';
import { formatCount, formatNumber } from '../report-format.js';
import { type ReportContext, list, paragraph } from './context.js';
import { joinInline, plainText, rich } from './inline.js';
import type { Block, Inline, ReportSection } from './model.js';

/** Near-duplicate pairs listed before "and N more". */
const DUPLICATE_CAP = 50;

/** "`type`: n, …", most frequent first. */
function countsInWords(counts: Readonly<Record<string, number>>): Inline[] {
  return joinInline(
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .sort(([a, x], [b, y]) => y - x || compareCodeUnits(a, b))
      .map(([type, n]) => [{ code: type }, `: ${n}`]),
    ', ',
  );
}

export function accountingSection(ctx: ReportContext): ReportSection {
  const { t, result, lang } = ctx;
  const blocks: Block[] = [];
  if (result.accounting.length === 0) blocks.push(paragraph(t.noRows));
  else {
    blocks.push(paragraph(t.accountingIntro));
    const reasons = result.accounting.map((a) => countsInWords(a.rejected_by_type));
    const rows = result.accounting.map((a, i) => [
      fileName(a.path),
      formatCount(a.rows_read, lang),
      formatCount(a.rows_used, lang),
      formatCount(a.rows_rejected, lang),
      plainText(reasons[i]!) || '–',
    ]);
    blocks.push({
      kind: 'table',
      caption: t.accounting,
      header: [...t.accountingHeader],
      rows,
      align: ['left', 'right', 'right', 'right', 'left'],
      richRows: rows.map((row, i) => [...row.slice(0, 4).map((cell) => [cell]), reasons[i]!.length > 0 ? reasons[i]! : ['–']]),
    });
    const total = result.accounting.reduce((sum, a) => sum + a.rows_rejected, 0);
    blocks.push(paragraph(t.rejectedTotal(formatCount(total, lang))));
  }
  const warnings: Record<string, number> = {};
  for (const issue of result.issues) if (issue.severity === 'warning') warnings[issue.type] = (warnings[issue.type] ?? 0) + 1;
  const words = countsInWords(warnings);
  if (words.length > 0) blocks.push(paragraph(t.warningsLine(words)));
  return { id: 'accounting', title: t.accounting, blocks };
}

export function duplicatesSection(ctx: ReportContext): ReportSection {
  const { t, result, lang } = ctx;
  const section = { id: 'duplicates', title: t.duplicates };
  if (result.nearDuplicates.length === 0) return { ...section, blocks: [paragraph(t.noDuplicates)] };
  const pairs = [...result.nearDuplicates].sort(
    (x, y) => y.similarity - x.similarity || compareCodeUnits(x.a, y.a) || compareCodeUnits(x.b, y.b),
  );
  const blocks: Block[] = [
    paragraph(t.duplicatesIntro),
    {
      kind: 'table',
      caption: t.duplicates,
      header: [...t.duplicatesHeader],
      rows: pairs.slice(0, DUPLICATE_CAP).map((d) => [d.a_label, d.b_label, formatNumber(d.similarity, lang, 2)]),
      align: ['left', 'left', 'right'],
    },
  ];
  if (pairs.length > DUPLICATE_CAP)
    blocks.push(paragraph(t.andMore(formatCount(pairs.length - DUPLICATE_CAP, lang), [{ code: 'kis-network validate' }])));
  return { ...section, blocks };
}

export function methodSection(ctx: ReportContext): ReportSection {
  const { t, result, lang } = ctx;
  const m = result.methods;
  const lines: Array<Inline[] | string> = [
    t.methodNetwork(t.networkKinds[result.parameters.network] ?? result.parameters.network),
    t.methodMetrics,
    t.methodCommunities(
      lang === 'nl' ? String(m.communities.resolution).replace('.', ',') : String(m.communities.resolution),
      formatCount(m.communities.restarts, lang),
      String(m.communities.seed),
      m.communities.restarts,
    ),
    m.all_pairs === 'sampled'
      ? t.methodSampled(
          m.samples === null ? '?' : formatCount(m.samples, lang),
          m.reason === 'auto' ? t.sampledAuto(formatCount(m.exact_limit, lang)) : t.sampledRequested,
        )
      : t.methodExact,
    ...(m.sample_check
      ? [
          t.sampleCheck(
            formatNumber(m.sample_check.betweenness_split_half_spearman, lang, 3),
            formatNumber(m.sample_check.betweenness_estimated_spearman, lang, 3),
          ),
        ]
      : []),
    t.methodPagerank(formatNumber(m.pagerank.alpha, lang, 2)),
    ...(m.pagerank.converged ? [] : [t.notConverged('PageRank', formatCount(m.pagerank.iterations, lang))]),
    ...(m.eigenvector.converged ? [] : [t.notConverged(t.eigenvectorLabel, formatCount(m.eigenvector.iterations, lang))]),
  ];
  return { id: 'method', title: t.method, blocks: [list(lines)] };
}

/** What was recognised as personal data and left out, by kind and count (docs/contract.md §6). */
export function privacySection(ctx: ReportContext): ReportSection {
  const { t, result, lang } = ctx;
  const p = result.privacy;
  const kinds = PERSONAL_DATA_KINDS.filter((k) => p.personal_data_left_out[k] > 0).map((k) => {
    const n = p.personal_data_left_out[k];
    return rich`**${formatCount(n, lang)}** ${t.privacyKinds[k][n === 1 ? 0 : 1]}`;
  });
  const names = p.possible_person_names;
  const lines: Array<Inline[] | string> = [
    t.privacyGroups(String(publishThreshold(ctx.options))),
    t.privacySubtraction,
    t.privacyColumns,
    kinds.length > 0 ? t.privacyLeftOut(joinInline(kinds, ', ')) : t.privacyNoneFound,
    names > 0 ? t.privacyPersonNames(names, formatCount(names, lang), [{ code: 'kis-network validate' }]) : t.privacyNoPersonNames,
  ];
  return { id: 'privacy', title: t.privacy, blocks: [list(lines)] };
}
