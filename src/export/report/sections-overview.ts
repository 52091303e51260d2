/**
 * The opening sections of the report: what was analysed (input files and rows, the kind of
 * network) and the network at a glance (size, density, components, isolates, clustering and
 * mixing by type, docs/contract.md §4).
 */

import { fileName } from '../paths.js';
import { formatCount, formatNumber } from '../report-format.js';
import { type ReportContext, list, paragraph } from './context.js';
import { rich } from './inline.js';
import type { Block, Inline, ReportSection } from './model.js';

/** Below this many relations between organisations of known type, the mixing line adds a caution. */
const FEW_MIXING_RELATIONS = 30;

export function analysedSection(ctx: ReportContext): ReportSection {
  const { t, result, lang } = ctx;
  const blocks: Block[] = [];
  if (result.accounting.length === 0) blocks.push(paragraph(t.noInputs));
  else {
    blocks.push(paragraph(t.inputsIntro(result.accounting.length, formatCount(result.accounting.length, lang))));
    blocks.push({
      kind: 'table',
      caption: t.analysed,
      header: [...t.inputsHeader],
      rows: result.accounting.map((a) => [
        fileName(a.path),
        t.roles[a.role] ?? a.role,
        formatCount(a.rows_read, lang),
        formatCount(a.rows_used, lang),
        formatCount(a.rows_rejected, lang),
      ]),
      align: ['left', 'left', 'right', 'right', 'right'],
    });
  }
  blocks.push(paragraph(result.parameters.network === 'co-usage' ? t.networkCoUsage : t.networkRelations));
  return { id: 'analysed', title: t.analysed, blocks };
}

/** Type assortativity in words, with the number of relations it rests on (docs/contract.md §4). */
function mixingLine(ctx: ReportContext): Inline[] {
  const { t, result, lang } = ctx;
  const graph = result.graph;
  let n = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (graph.getNodeAttribute(source, 'type') !== '' && graph.getNodeAttribute(target, 'type') !== '') n++;
  });
  const r = result.insights.assortativity.type;
  const line = t.mixingType(r === null ? null : formatNumber(r, lang, 2), n, formatCount(n, lang));
  return r !== null && n < FEW_MIXING_RELATIONS ? rich`${line} ${t.mixingFew}` : line;
}

export function glanceSection(ctx: ReportContext): ReportSection {
  const { t, result, lang } = ctx;
  const f = result.figures;
  const section = { id: 'glance', title: t.glance };
  if (f.nodes === 0) return { ...section, blocks: [paragraph(t.emptyNetwork)] };
  const lines = [
    t.size(f.nodes, f.edges, formatCount(f.nodes, lang), formatCount(f.edges, lang)),
    t.density(formatNumber(f.density, lang, 3)),
    t.components(f.components, f.largest_component, formatCount(f.components, lang), formatCount(f.largest_component, lang)),
    t.isolatesLine(f.isolates, formatCount(f.isolates, lang)),
    t.clustering(formatNumber(f.average_clustering, lang, 3), formatNumber(f.transitivity, lang, 3)),
    mixingLine(ctx),
  ];
  return { ...section, blocks: [list(lines)] };
}
