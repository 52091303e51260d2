/**
 * Bridges between groups: the brokers (analyse/roles.ts) with the stakeholder types each links
 * (`brokers_between`: neighbours of different types that are not tied to each other) and their
 * KIS contacts; brokers that may be data-quality artefacts (`data_quality_flag`) listed apart,
 * to be checked rather than celebrated; and the type × type mixing matrix (mixing.csv's counts)
 * as a table and a heatmap.
 */

import type { HeatmapChart } from '../charts/types.js';
import { TYPE_KEYS } from '../type-keys.js';
import { formatCount } from '../report-format.js';
import { LIST_CAP, type ReportContext, cappedList, label, paragraph, ranked, regionCell, typeName } from './context.js';
import type { Block, ReportSection } from './model.js';

/** Relations between (and, on the diagonal, within) stakeholder types; organisations without a type are `unknown`. */
export function typeMixing(ctx: ReportContext): { types: string[]; counts: number[][] } {
  const graph = ctx.result.graph;
  const index = new Map(TYPE_KEYS.map((k, i) => [k, i]));
  const full = TYPE_KEYS.map(() => TYPE_KEYS.map(() => 0));
  graph.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    const i = index.get(sa.type || 'unknown');
    const j = index.get(ta.type || 'unknown');
    if (i === undefined || j === undefined) return;
    full[i]![j]!++;
    if (i !== j) full[j]![i]!++;
  });
  const present = new Set<string>(ctx.nodes.map((n) => n.attributes.type || 'unknown'));
  const keep = TYPE_KEYS.map((k, i) => [k, i] as const).filter(([k]) => present.has(k));
  return { types: keep.map(([k]) => k), counts: keep.map(([, i]) => keep.map(([, j]) => full[i]![j]!)) };
}

function mixingBlocks(ctx: ReportContext): Block[] {
  const { t, lang } = ctx;
  const { types, counts } = typeMixing(ctx);
  if (types.length === 0 || ctx.result.graph.size === 0) return [];
  const names = types.map((k) => typeName(ctx, k === 'unknown' ? '' : k));
  const chart: HeatmapChart = {
    kind: 'heatmap',
    id: 'mixing-type',
    title: t.mixingTitle,
    desc: t.mixingDesc,
    rows: names,
    columns: names,
    values: counts,
    rowLabel: t.typeWord,
    columnLabel: t.typeWord,
  };
  return [
    {
      kind: 'subsection',
      id: 'mixing-type',
      title: t.mixingTitle,
      blocks: [
        paragraph(t.mixingDesc),
        { kind: 'chart', chart },
        {
          kind: 'table',
          caption: t.mixingTitle,
          header: ['', ...names],
          rows: counts.map((row, i) => [names[i]!, ...row.map((v) => formatCount(v, lang))]),
          align: ['left', ...names.map((): 'right' => 'right')],
        },
      ],
    },
  ];
}

export function bridgesSection(ctx: ReportContext): ReportSection {
  const { t, lang } = ctx;
  const section = { id: 'bridges', title: t.bridges };
  const brokers = ranked(
    ctx.nodes.filter((n) => n.attributes.role === 'broker'),
    (n) => n.attributes.betweenness,
  );
  const blocks: Block[] = [];
  if (brokers.length === 0) blocks.push(paragraph(t.noBrokers));
  else {
    const clean = brokers.filter((n) => n.attributes.data_quality_flag.length === 0);
    const flagged = brokers.filter((n) => n.attributes.data_quality_flag.length > 0);
    if (clean.length > 0) {
      blocks.push(paragraph(t.bridgesIntro(clean.length, formatCount(clean.length, lang))));
      const contacts = (k: number | null): string => (k === null ? '–' : k === 0 ? t.noContactsCell : formatCount(k, lang));
      blocks.push({
        kind: 'table',
        caption: t.bridges,
        header: [...t.bridgesHeader],
        rows: clean
          .slice(0, LIST_CAP)
          .map((n) => [
            label(n),
            typeName(ctx, n.attributes.type),
            regionCell(n),
            n.attributes.brokers_between.map((k) => typeName(ctx, k)).join(', ') || '–',
            contacts(n.attributes.kis_contacts),
          ]),
        align: ['left', 'left', 'left', 'left', 'right'],
      });
      if (clean.length > LIST_CAP)
        blocks.push(paragraph(t.andMore(formatCount(clean.length - LIST_CAP, lang), 'nodes.csv, role = broker')));
    }
    if (flagged.length > 0) {
      blocks.push(paragraph(t.bridgesFlagged(flagged.length, formatCount(flagged.length, lang))));
      blocks.push(
        ...cappedList(
          ctx,
          flagged.map((n) => `${label(n)} (${n.attributes.data_quality_flag.map((f) => t.flagWords[f] ?? f).join('; ')})`),
          'nodes.csv, data_quality_flag',
        ),
      );
    }
  }
  blocks.push(...mixingBlocks(ctx));
  return { ...section, blocks };
}
