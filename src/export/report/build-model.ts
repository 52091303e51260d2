/**
 * Builds the report model (model.ts) from the analysis result: every finding and sentence of
 * the report, computed once, in the report's language (wording in ../report-text.ts). The
 * Markdown renderer (render-md.ts) and the HTML renderer lay it out. Organisation-level only:
 * no person-level data, and input files by name only (docs/contract.md §6).
 */

import type { AnalysisResult } from '../../result.js';
import { isoFromEpoch } from '../paths.js';
import { perResult } from '../per-result.js';
import { publishThreshold } from '../privacy.js';
import type { ExportOptions } from '../types.js';
import { type ReportContext, paragraph, reportContext } from './context.js';
import { rich } from './inline.js';
import type { Block, ReportModel } from './model.js';
import { accountingSection, duplicatesSection, methodSection, privacySection } from './sections-data.js';
import { engagementRows } from '../engagement.js';
import { coverage } from './coverage.js';
import { bridgesSection } from './sections-bridges.js';
import { coverageSection } from './sections-coverage.js';
import { findingsSection } from './sections-findings.js';
import { engagementSection, gapsSection } from './sections-involve.js';
import { productsSection } from './sections-products.js';
import { satisfactionSection } from './sections-satisfaction.js';
import { communitiesSection, isolatesSection, rankingsSection } from './sections-network.js';
import { analysedSection, glanceSection } from './sections-overview.js';
import { surveySection } from './sections-survey.js';

function intro(ctx: ReportContext): Block[] {
  const { t, result } = ctx;
  const date = isoFromEpoch(ctx.options.sourceDateEpoch)?.slice(0, 10);
  const blocks: Block[] = [paragraph(rich`${t.madeBy(result.version, date)} ${t.noPersonalData}`)];
  if (result.parameters.example) blocks.push({ kind: 'note', text: typeof t.example === 'string' ? [t.example] : t.example });
  return blocks;
}

/** The run's parameters and the date of the data, for a first page. */
function facts(ctx: ReportContext): ReportModel['facts'] {
  const { t, result, options } = ctx;
  const p = result.parameters;
  const date = isoFromEpoch(options.sourceDateEpoch)?.slice(0, 10);
  return [
    { label: t.facts.tool, value: `kis-network ${result.version}` },
    ...(date ? [{ label: t.facts.date, value: date }] : []),
    { label: t.facts.network, value: t.networkKinds[p.network] ?? p.network },
    { label: t.facts.seed, value: String(p.seed) },
    { label: t.facts.minGroupSize, value: String(publishThreshold(options)) },
    ...(p.example ? [{ label: t.facts.data, value: t.facts.exampleData }] : []),
  ];
}

/** The report model; built once per result and export options (report.md and report.html share it). */
export function buildReportModel(result: AnalysisResult, options: ExportOptions): ReportModel {
  return perResult(result, `report-model:${JSON.stringify(options)}`, () => makeReportModel(result, options));
}

function makeReportModel(result: AnalysisResult, options: ExportOptions): ReportModel {
  const ctx = reportContext(result, options);
  const cov = coverage(ctx);
  const shortlist = ctx.nodes.length > 0 ? engagementRows(result, ctx.lang) : [];
  return {
    lang: ctx.lang,
    title: ctx.t.title,
    intro: intro(ctx),
    facts: facts(ctx),
    // What to do first, coverage, whom to involve, bridges, satisfaction,
    // knowledge products; then what was analysed and the network in detail.
    sections: [
      findingsSection(ctx, cov, shortlist),
      coverageSection(ctx, cov),
      engagementSection(ctx, shortlist),
      bridgesSection(ctx),
      satisfactionSection(ctx),
      productsSection(ctx),
      analysedSection(ctx),
      glanceSection(ctx),
      communitiesSection(ctx),
      rankingsSection(ctx),
      isolatesSection(ctx),
      gapsSection(ctx),
      surveySection(ctx),
      accountingSection(ctx),
      duplicatesSection(ctx),
      privacySection(ctx),
      methodSection(ctx),
    ],
  };
}
