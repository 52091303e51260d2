/**
 * What every section builder of the report model gets: the result, the export options, the
 * language and its wording, every organisation sorted by id; and small helpers that turn
 * organisations into plain text (labels, types, regions) and rank them.
 */

import type { Lang } from '../../config/options.js';
import type { AnalysisResult } from '../../result.js';
import { compareCodeUnits } from '../../compare.js';
import type { NodeItem } from '../attributes.js';
import { formatCount, formatNumber } from '../report-format.js';
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
  /** Community number → name. */
  communityNames: Map<string, string>;
}

export function reportContext(result: AnalysisResult, options: ExportOptions): ReportContext {
  return {
    result,
    options,
    lang: options.lang,
    t: reportText(options.lang),
    nodes: [...sortedNodes(result.graph)].map(([id, attributes]) => ({ id, attributes })),
    communityNames: new Map(result.communities.map((c) => [String(c.community), c.name])),
  };
}

/** Items listed in the report before "and N more". */
export const LIST_CAP = 20;

export const label = (n: NodeItem): string => n.attributes.label || n.id;
export const typeName = (ctx: ReportContext, type: string): string => ctx.t.types[type || 'unknown'] ?? type;
export const regionCell = (n: NodeItem): string => n.attributes.region || '–';
export const byLabel = (a: NodeItem, b: NodeItem): number =>
  compareCodeUnits(a.attributes.label, b.attributes.label) || compareCodeUnits(a.id, b.id);

/** How a group of a dimension is named in the report (types and roles in words, communities with their name). */
export function groupName(ctx: ReportContext, dimension: string, group: string): string {
  const { t } = ctx;
  switch (dimension) {
    case 'type':
      return typeName(ctx, group === 'unknown' ? '' : group);
    case 'region':
      return group === 'unknown' ? t.noRegionGroup : group;
    case 'community': {
      const name = ctx.communityNames.get(group);
      return name ? `${group} · ${name}` : group;
    }
    case 'role':
      return t.roleNames[group] ?? group;
    case 'core':
      return t.coreName(group);
    default:
      return group;
  }
}

/** A share as a whole percentage, e.g. "45%". */
export const percent = (ctx: ReportContext, share: number): string => `${formatNumber(share * 100, ctx.lang, 0)}%`;

/** "Label (type, region)". */
export const describe = (ctx: ReportContext, n: NodeItem): string =>
  `${label(n)} (${[typeName(ctx, n.attributes.type), n.attributes.region].filter(Boolean).join(', ')})`;

/** Nodes by a metric, highest first, ties by id (the first `limit` of them). */
export function ranked(nodes: readonly NodeItem[], metric: (n: NodeItem) => number, limit = Number.POSITIVE_INFINITY): NodeItem[] {
  const value = (n: NodeItem): number => (Number.isFinite(metric(n)) ? metric(n) : -Infinity);
  const before = (a: NodeItem, b: NodeItem): number => value(b) - value(a) || compareCodeUnits(a.id, b.id);
  if (limit >= nodes.length) return [...nodes].sort(before);
  if (limit <= 0) return [];
  // The first `limit` only: kept sorted while the nodes pass once (ids are unique, so the order
  // is total and this is the head of the full sort), instead of sorting 100,000 for ten.
  const top: NodeItem[] = [];
  for (const n of nodes) {
    if (top.length < limit) top.push(n);
    else if (before(n, top[limit - 1]!) < 0) top[limit - 1] = n;
    else continue;
    for (let i = top.length - 1; i > 0 && before(top[i]!, top[i - 1]!) < 0; i--) [top[i], top[i - 1]] = [top[i - 1]!, top[i]!];
  }
  return top;
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
