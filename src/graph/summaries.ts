/**
 * The community and knowledge-product tables (communities.csv, products.csv) derived from an
 * analysed graph: size, type and region composition, most central members, themes.
 */

import { STAKEHOLDER_TYPES } from '../config/stakeholder-types.js';
import { compareCodeUnits } from '../compare.js';
import { communityNames } from './community-names.js';
import type { OrgGraph } from './types.js';

export interface CommunitySummary {
  community: number;
  size: number;
  /** Short deterministic description from the members (src/graph/community-names.ts). */
  name: string;
  /** Members per stakeholder type (`unknown` for no type). */
  types: Record<string, number>;
  /** Members per region (`unknown` for none). */
  regions: Record<string, number>;
  /** Labels of the most central members (by PageRank), at most 5. */
  top_members: string[];
  /** Most frequent themes among members, at most 5. */
  themes: string[];
  internal_edges: number;
  external_edges: number;
  internal_weight: number;
  kis_contacts: number;
}

export interface ProductSummary {
  product: string;
  organisations: number;
  respondents: number;
  by_type: Record<string, number>;
  /** Organisations using the product per region (`unknown` for none), keys by code unit. */
  by_region: Record<string, number>;
  by_community: Record<string, number>;
}

/** The groups with organisations of which none uses any product, per dimension, sorted. */
export interface ProductsUnreached {
  /** Stakeholder types (`unknown` for none), by code unit. */
  type: string[];
  /** Regions (`unknown` for none), by code unit. */
  region: string[];
  /** Communities, by number. */
  community: number[];
}

function inc(rec: Record<string, number>, key: string, by = 1): void {
  rec[key] = (rec[key] ?? 0) + by;
}

function emptyTypes(): Record<string, number> {
  const rec: Record<string, number> = {};
  for (const t of STAKEHOLDER_TYPES) rec[t] = 0;
  rec.unknown = 0;
  return rec;
}

export function communityTable(graph: OrgGraph): CommunitySummary[] {
  const rows = new Map<
    number,
    Omit<CommunitySummary, 'name'> & {
      members: Array<[string, number]>;
      themeCount: Record<string, number>;
      regionCount: Record<string, number>;
    }
  >();
  graph.forEachNode((_id, a) => {
    let row = rows.get(a.community);
    if (!row) {
      row = {
        community: a.community,
        size: 0,
        types: emptyTypes(),
        regions: {},
        top_members: [],
        themes: [],
        internal_edges: 0,
        external_edges: 0,
        internal_weight: 0,
        kis_contacts: 0,
        members: [],
        themeCount: {},
        regionCount: {},
      };
      rows.set(a.community, row);
    }
    row.size++;
    inc(row.types, a.type || 'unknown');
    inc(row.regions, a.region || 'unknown');
    if (a.region) inc(row.regionCount, a.region);
    row.members.push([a.label, a.pagerank]);
    row.kis_contacts += a.kis_contacts ?? 0;
    for (const t of a.themes) inc(row.themeCount, t);
  });
  graph.forEachEdge((_e, attr, s, t, sa, ta) => {
    if (sa.community === ta.community) {
      const row = rows.get(sa.community)!;
      row.internal_edges++;
      row.internal_weight += attr.weight;
    } else {
      rows.get(sa.community)!.external_edges++;
      rows.get(ta.community)!.external_edges++;
    }
    void s;
    void t;
  });
  const sorted = [...rows.values()].sort((a, b) => a.community - b.community);
  for (const row of sorted) row.members.sort((x, y) => y[1] - x[1] || compareCodeUnits(x[0], y[0]));
  const names = communityNames(
    sorted.map((r) => ({
      community: r.community,
      size: r.size,
      regions: r.regionCount,
      themes: r.themeCount,
      central: r.members[0]?.[0] ?? '',
    })),
  );
  return sorted.map(({ members, themeCount, regionCount: _regionCount, community, size, ...row }) => ({
    community,
    size,
    name: names.get(community)!,
    ...row,
    regions: Object.fromEntries(Object.entries(row.regions).sort(([a], [b]) => compareCodeUnits(a, b))),
    top_members: members.slice(0, 5).map((m) => m[0]),
    themes: Object.entries(themeCount)
      .sort((x, y) => y[1] - x[1] || compareCodeUnits(x[0], y[0]))
      .slice(0, 5)
      .map((t) => t[0]),
  }));
}

export function productTable(
  graph: OrgGraph,
  usage: ReadonlyArray<{ organisation: string; product: string; respondents: number }>,
): ProductSummary[] {
  const rows = new Map<string, ProductSummary>();
  for (const u of usage) {
    let row = rows.get(u.product);
    if (!row)
      rows.set(
        u.product,
        (row = { product: u.product, organisations: 0, respondents: 0, by_type: emptyTypes(), by_region: {}, by_community: {} }),
      );
    const a = graph.getNodeAttributes(u.organisation);
    row.organisations++;
    row.respondents += u.respondents;
    inc(row.by_type, a.type || 'unknown');
    inc(row.by_region, a.region || 'unknown');
    inc(row.by_community, String(a.community));
  }
  return [...rows.values()]
    .sort((a, b) => compareCodeUnits(a.product, b.product))
    .map((r) => ({
      ...r,
      by_region: Object.fromEntries(Object.entries(r.by_region).sort(([a], [b]) => compareCodeUnits(a, b))),
      by_community: Object.fromEntries(Object.entries(r.by_community).sort(([a], [b]) => Number(a) - Number(b))),
    }));
}

/**
 * The groups no product reaches: per dimension (type, region, community of `graph`), the groups
 * that have organisations of which none uses any product in `usage`. Null when there is no
 * product usage at all (no products data, so nothing to say about reach).
 */
export function productsUnreached(
  graph: OrgGraph,
  usage: ReadonlyArray<{ organisation: string; product: string }>,
): ProductsUnreached | null {
  if (usage.length === 0) return null;
  const users = new Set(usage.map((u) => u.organisation));
  const types = new Map<string, boolean>();
  const regions = new Map<string, boolean>();
  const communities = new Map<number, boolean>();
  const mark = <K>(groups: Map<K, boolean>, key: K, uses: boolean): void => {
    groups.set(key, (groups.get(key) ?? false) || uses);
  };
  graph.forEachNode((id, a) => {
    const uses = users.has(id);
    mark(types, a.type || 'unknown', uses);
    mark(regions, a.region || 'unknown', uses);
    mark(communities, a.community, uses);
  });
  const unreached = <K>(groups: Map<K, boolean>): K[] => [...groups].filter(([, reached]) => !reached).map(([k]) => k);
  return {
    type: unreached(types).sort(compareCodeUnits),
    region: unreached(regions).sort(compareCodeUnits),
    community: unreached(communities).sort((a, b) => a - b),
  };
}
