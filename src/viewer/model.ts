/**
 * The map's data in memory: the payload's column arrays plus what the views need often
 * (neighbour lists, community sizes, search keys). Built once at start-up; never mutated.
 */

import type { MapPayload } from '../export/html/payload-types.js';
import type { Strings } from './i18n.js';
import { buildSearchIndex, type SearchIndex } from './search.js';

export interface Model {
  p: MapPayload;
  /** Number of organisations / relations. */
  n: number;
  m: number;
  /** Edge indices per node (CSR: edges of node i are adjEdges[adjStart[i] .. adjStart[i+1])). */
  adjStart: Int32Array;
  adjEdges: Int32Array;
  /** Members per community id in the whole analysed network (also those left off the map). */
  communitySize: Map<number, number>;
  /** Members per community id among the organisations on the map. */
  shownCommunitySize: Map<number, number>;
  /** Community name (communities.csv `name`) per community id. */
  communityName: Map<number, string>;
  /** Labels and other names in search form (search.ts); built on the first search. */
  searchIndex: () => SearchIndex;
  /** Other names (spellings, aliases) per organisation index. */
  aka: Map<number, string[]>;
  /** Engagement shortlist position (index into payload.engagement) per organisation, or -1. */
  engagementAt: Int32Array;
  /** Organisation index by id. */
  indexOf: Map<string, number>;
  /** Products used per node: [product index, respondents] pairs. */
  productsOf: Array<Array<[number, number]>>;
  /** Organisations per product. */
  usersOf: number[][];
  maxWeight: number;
  /** True when at least one relation carries a source of evidence. */
  hasEdgeSources: boolean;
}

export function buildModel(p: MapPayload): Model {
  const n = p.nodes.id.length;
  const m = p.edges.source.length;
  const deg = new Int32Array(n + 1);
  for (let j = 0; j < m; j++) {
    deg[p.edges.source[j]!]!++;
    deg[p.edges.target[j]!]!++;
  }
  const adjStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) adjStart[i + 1] = adjStart[i]! + deg[i]!;
  const fill = adjStart.slice(0, n);
  const adjEdges = new Int32Array(2 * m);
  let maxWeight = 0;
  let hasEdgeSources = false;
  for (let j = 0; j < m; j++) {
    adjEdges[fill[p.edges.source[j]!]!++] = j;
    adjEdges[fill[p.edges.target[j]!]!++] = j;
    if (p.edges.weight[j]! > maxWeight) maxWeight = p.edges.weight[j]!;
    if (p.edges.sources[j]) hasEdgeSources = true;
  }
  const shownCommunitySize = new Map<number, number>();
  for (const c of p.nodes.community) shownCommunitySize.set(c, (shownCommunitySize.get(c) ?? 0) + 1);
  const communitySize = new Map<number, number>();
  (p.communities?.id ?? []).forEach((c, k) => communitySize.set(c, p.communities.size[k]!));
  for (const [c, n] of shownCommunitySize) if (!communitySize.has(c)) communitySize.set(c, n);
  const communityName = new Map<number, string>();
  (p.communities?.id ?? []).forEach((c, k) => {
    const name = p.communities.name?.[k];
    if (name) communityName.set(c, name);
  });
  const indexOf = new Map<string, number>();
  p.nodes.id.forEach((id, i) => indexOf.set(id, i));
  const productsOf: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  const usersOf: number[][] = p.dict.products.map(() => []);
  for (let k = 0; k + 2 < p.productUsage.length; k += 3) {
    const node = p.productUsage[k]!;
    const prod = p.productUsage[k + 1]!;
    productsOf[node]?.push([prod, p.productUsage[k + 2]!]);
    usersOf[prod]?.push(node);
  }
  const engagementAt = new Int32Array(n).fill(-1);
  p.engagement?.node.forEach((i, k) => {
    if (i < n) engagementAt[i] = k;
  });
  let index: SearchIndex | null = null;
  const searchIndex = () => (index ??= buildSearchIndex(p.nodes.label, p.nodes.aka ?? [], p.nodes.metrics.pagerank));
  return {
    p,
    n,
    m,
    adjStart,
    adjEdges,
    communitySize,
    shownCommunitySize,
    communityName,
    indexOf,
    productsOf,
    usersOf,
    maxWeight,
    hasEdgeSources,
    searchIndex,
    aka: new Map(p.nodes.aka ?? []),
    engagementAt,
  };
}

/** A community as the legend, filters, table and side panel show it: "3 · Utrecht · wijkaanpak",
 * or "Gemeenschap 3" / "Community 3" when it has no name. */
export function communityLabel(model: Model, S: Pick<Strings, 'community'>, c: number): string {
  const name = model.communityName.get(c);
  return name ? `${c} · ${name}` : S.community(c);
}

/** The other end of edge j seen from node i. */
export function otherEnd(model: Model, j: number, i: number): number {
  const s = model.p.edges.source[j]!;
  return s === i ? model.p.edges.target[j]! : s;
}
