/**
 * How the communities of OLD map onto those of NEW (docs/contract.md §8), by the Jaccard overlap
 * of their members, |A ∩ B| / |A ∪ B| (Jaccard 1912), as Greene, Doyle & Cunningham (2010,
 * "Tracking the evolution of communities in dynamic social networks", ASONAM) match a community
 * to its successors across time steps; the kinds follow the events of Palla, Barabási & Vicsek
 * (2007, "Quantifying social group evolution", Nature 446):
 *
 * - a pair (A, B) *matches* when J(A, B) ≥ MATCH_THRESHOLD (0.3, the threshold Greene et al.
 *   found to work across their data sets);
 * - a matching pair is `merged` when B matches two or more communities of OLD, else `split` when A
 *   matches two or more communities of NEW, else `stable`;
 * - a community of OLD that matches none is `dissolved`; one of NEW that matches none is `new`.
 *
 * Organisations that are in one wave only count in the union: a community that lost half its
 * members to nowhere has J = 0.5 with what is left of it. An even split in two (J = 0.5 each)
 * or three (about 0.33) is seen as a split; a community spread over four or more pieces has no
 * successor above the threshold and is dissolved.
 */

import type { OrgMatch } from './match-organisations.js';
import type { Wave } from './wave.js';

export const MATCH_THRESHOLD = 0.3;

export const COMMUNITY_KINDS = ['stable', 'split', 'merged', 'new', 'dissolved'] as const;
export type CommunityKind = (typeof COMMUNITY_KINDS)[number];

export interface CommunityMatch {
  /** null for a `new` community. */
  old: number | null;
  /** null for a `dissolved` community. */
  new: number | null;
  /** null for `new` and `dissolved`. */
  jaccard: number | null;
  kind: CommunityKind;
  /** Members in both communities (0 for new and dissolved). */
  shared: number;
  sizeOld: number | null;
  sizeNew: number | null;
}

function sizes(community: Int32Array): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of community) out.set(c, (out.get(c) ?? 0) + 1);
  return out;
}

export function matchCommunities(old: Wave, now: Wave, match: OrgMatch): CommunityMatch[] {
  const sizeOld = sizes(old.community);
  const sizeNew = sizes(now.community);
  // Members shared per (old, new) pair: one pass over the organisations in both waves.
  const shared = new Map<number, Map<number, number>>();
  for (let u = 0; u < match.ids.length; u++) {
    const i = match.oldIx[u]!;
    const j = match.newIx[u]!;
    if (i < 0 || j < 0) continue;
    const a = old.community[i]!;
    const b = now.community[j]!;
    let row = shared.get(a);
    if (!row) shared.set(a, (row = new Map()));
    row.set(b, (row.get(b) ?? 0) + 1);
  }
  const pairs: Array<{ a: number; b: number; jaccard: number; shared: number }> = [];
  for (const [a, row] of shared)
    for (const [b, both] of row) {
      const jaccard = both / (sizeOld.get(a)! + sizeNew.get(b)! - both);
      if (jaccard >= MATCH_THRESHOLD) pairs.push({ a, b, jaccard, shared: both });
    }
  const perOld = new Map<number, number>();
  const perNew = new Map<number, number>();
  for (const p of pairs) {
    perOld.set(p.a, (perOld.get(p.a) ?? 0) + 1);
    perNew.set(p.b, (perNew.get(p.b) ?? 0) + 1);
  }
  const out: CommunityMatch[] = pairs.map((p) => ({
    old: p.a,
    new: p.b,
    jaccard: p.jaccard,
    kind: perNew.get(p.b)! >= 2 ? 'merged' : perOld.get(p.a)! >= 2 ? 'split' : 'stable',
    shared: p.shared,
    sizeOld: sizeOld.get(p.a)!,
    sizeNew: sizeNew.get(p.b)!,
  }));
  for (const [a, size] of sizeOld)
    if (!perOld.has(a)) out.push({ old: a, new: null, jaccard: null, kind: 'dissolved', shared: 0, sizeOld: size, sizeNew: null });
  for (const [b, size] of sizeNew)
    if (!perNew.has(b)) out.push({ old: null, new: b, jaccard: null, kind: 'new', shared: 0, sizeOld: null, sizeNew: size });
  // OLD's communities in number order (their successors by number), then the new ones.
  const key = (x: number | null) => (x === null ? Number.POSITIVE_INFINITY : x);
  return out.sort((p, q) => key(p.old) - key(q.old) || key(p.new) - key(q.new));
}
