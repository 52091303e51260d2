/**
 * What the summary and the report single out of a comparison: the organisations that rose and
 * fell most in PageRank rank (among those in both waves; ties by the NEW rank, then id), the new
 * and gone organisations by PageRank, and the groups whose coverage changed (by the change in
 * organisations with a relation, then in organisations).
 */

import { compareCodeUnits } from '../compare.js';
import type { CompareResult } from './compare-waves.js';
import type { GroupChange } from './group-changes.js';

/** Organisations listed per highlight. */
export const HIGHLIGHT_COUNT = 10;

export interface Mover {
  id: string;
  label: string;
  rankOld: number;
  rankNew: number;
  /** rankOld − rankNew: positive = rose. */
  change: number;
}

export interface Arrival {
  id: string;
  label: string;
  pagerank: number;
  rank: number;
}

/** The HIGHLIGHT_COUNT organisations that rose most (`rose`) and fell most (`fell`). */
export function movers(r: CompareResult, count = HIGHLIGHT_COUNT): { rose: Mover[]; fell: Mover[] } {
  const all: Mover[] = [];
  for (let u = 0; u < r.orgs.ids.length; u++) {
    const i = r.orgs.oldIx[u]!;
    const j = r.orgs.newIx[u]!;
    if (i < 0 || j < 0) continue;
    const change = r.rankOld[i]! - r.rankNew[j]!;
    if (change !== 0) all.push({ id: r.orgs.ids[u]!, label: r.new.labels[j]!, rankOld: r.rankOld[i]!, rankNew: r.rankNew[j]!, change });
  }
  const rose = all
    .filter((m) => m.change > 0)
    .sort((a, b) => b.change - a.change || a.rankNew - b.rankNew || compareCodeUnits(a.id, b.id))
    .slice(0, count);
  const fell = all
    .filter((m) => m.change < 0)
    .sort((a, b) => a.change - b.change || a.rankNew - b.rankNew || compareCodeUnits(a.id, b.id))
    .slice(0, count);
  return { rose, fell };
}

/** Organisations only in NEW (`new`) or only in OLD (`gone`), most central first (PageRank of their wave). */
export function arrivals(r: CompareResult, side: 'new' | 'gone'): Arrival[] {
  const out: Arrival[] = [];
  const wave = side === 'new' ? r.new : r.old;
  const rank = side === 'new' ? r.rankNew : r.rankOld;
  for (let u = 0; u < r.orgs.ids.length; u++) {
    const i = r.orgs.oldIx[u]!;
    const j = r.orgs.newIx[u]!;
    const k = side === 'new' ? (i < 0 ? j : -1) : j < 0 ? i : -1;
    if (k < 0) continue;
    out.push({ id: wave.ids[k]!, label: wave.labels[k]!, pagerank: wave.pagerank[k]!, rank: rank[k]! });
  }
  return out.sort((a, b) => a.rank - b.rank || compareCodeUnits(a.id, b.id));
}

const COVERAGE = ['organisations', 'in_network', 'surveyed', 'kis_contacted'] as const;

/** Groups whose coverage (organisations, with a relation, surveyed, in contact with KIS) changed. */
export function coverageChanges(r: CompareResult): GroupChange[] {
  const delta = (g: GroupChange, c: string) => (g.new?.[c] ?? 0) - (g.old?.[c] ?? 0);
  return r.groups
    .filter((g) => COVERAGE.some((c) => delta(g, c) !== 0))
    .sort(
      (a, b) =>
        Math.abs(delta(b, 'in_network')) - Math.abs(delta(a, 'in_network')) ||
        Math.abs(delta(b, 'organisations')) - Math.abs(delta(a, 'organisations')) ||
        compareCodeUnits(a.dimension, b.dimension) ||
        compareCodeUnits(a.group, b.group),
    );
}
