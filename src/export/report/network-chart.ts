/**
 * The network overview chart of report.html (a NetworkChart): the organisations at their
 * computed layout positions (x, y of the map), coloured by community, sized by their map size,
 * the LABELLED organisations with the highest PageRank named, linking to map.html. Large
 * networks are capped to the NETWORK_CAP organisations with the highest PageRank (ties by id)
 * and the relations among them; the description says so.
 */

import { compareCodeUnits } from '../../compare.js';
import type { NetworkChart } from '../charts/types.js';
import { formatCount } from '../report-format.js';
import type { ReportContext } from './context.js';

export const NETWORK_CAP = 2000;
export const LABELLED = 20;

/** The organisations by PageRank, highest first, ties by id. */
export function byPagerank(ctx: ReportContext): string[] {
  return [...ctx.nodes].sort((a, b) => b.attributes.pagerank - a.attributes.pagerank || compareCodeUnits(a.id, b.id)).map((n) => n.id);
}

export function networkChart(ctx: ReportContext): NetworkChart | null {
  const { t, result, lang } = ctx;
  const graph = result.graph;
  if (graph.order === 0) return null;
  const order = byPagerank(ctx);
  const kept = order.slice(0, NETWORK_CAP);
  const labelled = new Set(order.slice(0, LABELLED));
  // Nodes in id order (ctx.nodes), so that the drawing does not depend on the ranking's ties.
  const keptSet = new Set(kept);
  const ids = ctx.nodes.map((n) => n.id).filter((id) => keptSet.has(id));
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges: Array<[number, number]> = [];
  graph.forEachEdge((_e, _a, source, target) => {
    const i = index.get(source);
    const j = index.get(target);
    if (i !== undefined && j !== undefined) edges.push(i < j ? [i, j] : [j, i]);
  });
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const present = new Set(ids.map((id) => graph.getNodeAttribute(id, 'community')));
  const communities = [...result.communities]
    .filter((c) => present.has(c.community))
    .sort((a, b) => b.size - a.size || a.community - b.community)
    .map((c) => ({ community: c.community, name: c.name }));
  const capped = kept.length < order.length;
  return {
    kind: 'network',
    id: 'network',
    title: t.networkTitle,
    desc: t.networkDesc(formatCount(kept.length, lang), formatCount(order.length, lang), capped),
    nodes: ids.map((id) => {
      const a = graph.getNodeAttributes(id);
      return { x: a.x, y: a.y, community: a.community, size: a.size, ...(labelled.has(id) ? { label: a.label || id } : {}) };
    }),
    edges,
    communities,
    href: 'map.html',
  };
}
