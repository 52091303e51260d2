/**
 * What every section builder of the report model gets: the result, the export options, the
 * language and its wording, every organisation sorted by id; and small helpers that turn
 * organisations into plain text (labels, types, regions) and rank them.
 */

import type { Lang } from '../../config/options.js';
import type { AnalysisResult } from '../../result.js';
import { compareCodeUnits } from '../../compare.js';
import type { NodeItem } from '../attributes.js';
import { formatCount } from '../report-format.js';
import type { ReportText } from '../report-text.js';
import { reportText } from '../report-text.js';
import { sortedNodes } from '../sorted.js';
import type { ExportOptions } from '../types.js';
import type { Block, Inline } from './model.js';

export interface ReportContext {
  result: AnalysisResult;
  options: ExportOptions;
  lang: Lang;
  t: ReportText;
  /** Every organisation, sorted by id. */
  nodes: NodeItem[];
}

export function reportContext(result: AnalysisResult, options: ExportOptions): ReportContext {
  return {
    result,
    options,
    lang: options.lang,
    t: reportText(options.lang),
    nodes: [...sortedNodes(result.graph)].map(([id, attributes]) => ({ id, attributes })),
  };
}

/** Items listed in the report before "and N more". */
export const LIST_CAP = 20;

export const label = (n: NodeItem): string => n.attributes.label || n.id;
export const typeName = (ctx: ReportContext, type: string): string => ctx.t.types[type || 'unknown'] ?? type;
export const regionCell = (n: NodeItem): string => n.attributes.region || '–';
export const byLabel = (a: NodeItem, b: NodeItem): number =>
  compareCodeUnits(a.attributes.label, b.attributes.label) || compareCodeUnits(a.id, b.id);

/** "Label (type, region)". */
export const describe = (ctx: ReportContext, n: NodeItem): string =>
  `${label(n)} (${[typeName(ctx, n.attributes.type), n.attributes.region].filter(Boolean).join(', ')})`;

/** Nodes by a metric, highest first, ties by id. */
export function ranked(nodes: readonly NodeItem[], metric: (n: NodeItem) => number): NodeItem[] {
  const value = (n: NodeItem): number => (Number.isFinite(metric(n)) ? metric(n) : -Infinity);
  return [...nodes].sort((a, b) => value(b) - value(a) || compareCodeUnits(a.id, b.id));
}

export const paragraph = (text: Inline[] | string): Block => ({ kind: 'paragraph', text: typeof text === 'string' ? [text] : text });
export const list = (items: ReadonlyArray<Inline[] | string>): Block => ({
  kind: 'list',
  items: items.map((i) => (typeof i === 'string' ? [i] : i)),
});

/** A list capped at LIST_CAP items, with "and N more" pointing at `where`. */
export function cappedList(ctx: ReportContext, items: ReadonlyArray<Inline[] | string>, where: string): Block[] {
  const out = [list(items.slice(0, LIST_CAP))];
  if (items.length > LIST_CAP) out.push(paragraph(ctx.t.andMore(formatCount(items.length - LIST_CAP, ctx.lang), where)));
  return out;
}
