/**
 * report.md: the plain-language report for programme staff, in Dutch (default) or English:
 * what was analysed, the network at a glance, communities, key stakeholders, brokers, isolates,
 * whom to involve (engagement.ts), gaps (stakeholder types and provinces with no organisation), survey figures (suppressed ones
 * named as such), data accounting, names to check, privacy (what was recognised as personal
 * data in name cells and left out, by kind and count) and the method. Organisation-level only:
 * no person-level data, and input files by name only (docs/contract.md §6). Wording lives in
 * report-text.ts; the stakeholder sections in report-sections.ts.
 */

import { PERSONAL_DATA_KINDS } from '../resolve/personal-data.js';
import type { AnalysisResult } from '../result.js';
import { compareCodeUnits } from '../compare.js';
import { mdCode, mdList, mdTable, mdText } from './markdown.js';
import { fileName, isoFromEpoch } from './paths.js';
import { publishThreshold } from './privacy.js';
import { formatCount, formatNumber } from './report-format.js';
import {
  brokersSection,
  communitiesSection,
  engagementSection,
  gapsSection,
  isolatesSection,
  rankingsSection,
  surveySection,
  type ReportContext,
} from './report-sections.js';
import { reportText } from './report-text.js';
import { sortedNodes } from './sorted.js';
import type { ExportOptions } from './types.js';

/** Below this many relations between organisations of known type, the mixing line adds a caution. */
const FEW_MIXING_RELATIONS = 30;

/** Near-duplicate pairs listed before "and N more". */
const DUPLICATE_CAP = 50;

function countsInWords(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || compareCodeUnits(a, b))
    .map(([type, n]) => `${mdCode(type)}: ${n}`)
    .join(', ');
}

function header(ctx: ReportContext): string {
  const { t, result } = ctx;
  const date = isoFromEpoch(ctx.options.sourceDateEpoch)?.slice(0, 10);
  let out = `# ${t.title}\n\n${mdText(t.madeBy(result.version, date))} ${t.noPersonalData}\n`;
  if (result.parameters.example) out += `\n> ${t.example}\n`;
  return out;
}

function analysed(ctx: ReportContext): string {
  const { t, result, lang } = ctx;
  let out = `## ${t.analysed}\n\n`;
  if (result.accounting.length === 0) out += `${t.noInputs}\n`;
  else {
    out += `${t.inputsIntro(result.accounting.length, formatCount(result.accounting.length, lang))}\n\n`;
    out += mdTable(
      t.inputsHeader,
      result.accounting.map((a) => [
        mdText(fileName(a.path)),
        t.roles[a.role] ?? mdText(a.role),
        formatCount(a.rows_read, lang),
        formatCount(a.rows_used, lang),
        formatCount(a.rows_rejected, lang),
      ]),
      ['left', 'left', 'right', 'right', 'right'],
    );
  }
  out += `\n${result.parameters.network === 'co-usage' ? t.networkCoUsage : t.networkRelations}\n`;
  return out;
}

/** Type assortativity in words, with the number of relations it rests on (docs/contract.md §4). */
function mixingLine(ctx: ReportContext): string {
  const { t, result, lang } = ctx;
  const graph = result.graph;
  let n = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (graph.getNodeAttribute(source, 'type') !== '' && graph.getNodeAttribute(target, 'type') !== '') n++;
  });
  const r = result.insights.assortativity.type;
  const line = t.mixingType(r === null ? null : formatNumber(r, lang, 2), n, formatCount(n, lang));
  return r !== null && n < FEW_MIXING_RELATIONS ? `${line} ${t.mixingFew}` : line;
}

function glance(ctx: ReportContext): string {
  const { t, result, lang } = ctx;
  const f = result.figures;
  const out = `## ${t.glance}\n\n`;
  if (f.nodes === 0) return `${out}${t.emptyNetwork}\n`;
  const lines = [
    t.size(f.nodes, f.edges, formatCount(f.nodes, lang), formatCount(f.edges, lang)),
    t.density(formatNumber(f.density, lang, 3)),
    t.components(f.components, f.largest_component, formatCount(f.components, lang), formatCount(f.largest_component, lang)),
    t.isolatesLine(f.isolates, formatCount(f.isolates, lang)),
    t.clustering(formatNumber(f.average_clustering, lang, 3), formatNumber(f.transitivity, lang, 3)),
    mixingLine(ctx),
  ];
  return out + mdList(lines);
}

function accounting(ctx: ReportContext): string {
  const { t, result, lang } = ctx;
  let out = `## ${t.accounting}\n\n`;
  if (result.accounting.length === 0) out += `${t.noRows}\n`;
  else {
    out += `${t.accountingIntro}\n\n`;
    out += mdTable(
      t.accountingHeader,
      result.accounting.map((a) => [
        mdText(fileName(a.path)),
        formatCount(a.rows_read, lang),
        formatCount(a.rows_used, lang),
        formatCount(a.rows_rejected, lang),
        countsInWords(a.rejected_by_type) || '–',
      ]),
      ['left', 'right', 'right', 'right', 'left'],
    );
    const total = result.accounting.reduce((sum, a) => sum + a.rows_rejected, 0);
    out += `\n${t.rejectedTotal(formatCount(total, lang))}\n`;
  }
  const warnings: Record<string, number> = {};
  for (const issue of result.issues) if (issue.severity === 'warning') warnings[issue.type] = (warnings[issue.type] ?? 0) + 1;
  const list = countsInWords(warnings);
  if (list !== '') out += `\n${t.warningsLine(list)}\n`;
  return out;
}

function duplicates(ctx: ReportContext): string {
  const { t, result, lang } = ctx;
  let out = `## ${t.duplicates}\n\n`;
  if (result.nearDuplicates.length === 0) return `${out}${t.noDuplicates}\n`;
  const pairs = [...result.nearDuplicates].sort(
    (x, y) => y.similarity - x.similarity || compareCodeUnits(x.a, y.a) || compareCodeUnits(x.b, y.b),
  );
  out += `${t.duplicatesIntro}\n\n`;
  out += mdTable(
    t.duplicatesHeader,
    pairs.slice(0, DUPLICATE_CAP).map((d) => [mdText(d.a_label), mdText(d.b_label), formatNumber(d.similarity, lang, 2)]),
    ['left', 'left', 'right'],
  );
  if (pairs.length > DUPLICATE_CAP)
    out += `\n${t.andMore(formatCount(pairs.length - DUPLICATE_CAP, lang), mdCode('kis-network validate'))}\n`;
  return out;
}

function method(ctx: ReportContext): string {
  const { t, result, lang } = ctx;
  const m = result.methods;
  const lines = [
    t.methodNetwork(t.networkKinds[result.parameters.network] ?? mdText(result.parameters.network)),
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
  return `## ${t.method}\n\n${mdList(lines)}`;
}

/** What was recognised as personal data and left out, by kind and count (docs/contract.md §6). */
function privacy(ctx: ReportContext): string {
  const { t, result, lang } = ctx;
  const p = result.privacy;
  const kinds = PERSONAL_DATA_KINDS.filter((k) => p.personal_data_left_out[k] > 0).map((k) => {
    const n = p.personal_data_left_out[k];
    return `**${formatCount(n, lang)}** ${t.privacyKinds[k][n === 1 ? 0 : 1]}`;
  });
  const names = p.possible_person_names;
  const lines = [
    t.privacyGroups(String(publishThreshold(ctx.options))),
    t.privacySubtraction,
    t.privacyColumns,
    kinds.length > 0 ? t.privacyLeftOut(kinds.join(', ')) : t.privacyNoneFound,
    names > 0 ? t.privacyPersonNames(names, formatCount(names, lang), mdCode('kis-network validate')) : t.privacyNoPersonNames,
  ];
  return `## ${t.privacy}

${mdList(lines)}`;
}

export function exportReportMd(result: AnalysisResult, options: ExportOptions): string {
  const ctx: ReportContext = {
    result,
    options,
    lang: options.lang,
    t: reportText(options.lang),
    nodes: [...sortedNodes(result.graph)].map(([id, attributes]) => ({ id, attributes })),
  };
  const sections = [
    header(ctx),
    analysed(ctx),
    glance(ctx),
    communitiesSection(ctx),
    rankingsSection(ctx),
    brokersSection(ctx),
    isolatesSection(ctx),
    engagementSection(ctx),
    gapsSection(ctx),
    surveySection(ctx),
    accounting(ctx),
    duplicates(ctx),
    privacy(ctx),
    method(ctx),
  ];
  return sections.join('\n');
}
