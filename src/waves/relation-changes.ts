/**
 * Relations of two waves side by side (docs/contract.md §8): each wave's relations, in
 * (source, target) order of the joined organisation list, merged in one pass — `new` (only in
 * NEW), `gone` (only in OLD), else `stronger`, `weaker` or `same` by `weight`. Typed arrays
 * throughout: two million relations cost about 50 MB.
 */

import type { OrgMatch } from './match-organisations.js';
import type { Wave } from './wave.js';

export const RELATION_STATUSES = ['new', 'gone', 'stronger', 'weaker', 'same'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

export interface RelationChanges {
  count: number;
  /** Positions in OrgMatch.ids; source < target. */
  source: Uint32Array;
  target: Uint32Array;
  /** NaN where the relation is absent from that wave. */
  weightOld: Float64Array;
  weightNew: Float64Array;
  /** Index into RELATION_STATUSES. */
  status: Uint8Array;
}

export const STATUS_CODE: Readonly<Record<RelationStatus, number>> = { new: 0, gone: 1, stronger: 2, weaker: 3, same: 4 };

/** The status of a relation with these weights (NaN = absent). */
export function relationStatus(weightOld: number, weightNew: number): RelationStatus {
  if (Number.isNaN(weightOld)) return 'new';
  if (Number.isNaN(weightNew)) return 'gone';
  return weightNew > weightOld ? 'stronger' : weightNew < weightOld ? 'weaker' : 'same';
}

export function relationChanges(old: Wave, now: Wave, match: OrgMatch): RelationChanges {
  const a = old.edges;
  const b = now.edges;
  const cap = a.count + b.count;
  const source = new Uint32Array(cap);
  const target = new Uint32Array(cap);
  const weightOld = new Float64Array(cap);
  const weightNew = new Float64Array(cap);
  const status = new Uint8Array(cap);
  const ou = match.oldToUnion;
  const nu = match.newToUnion;
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.count || j < b.count) {
    const as = i < a.count ? ou[a.source[i]!]! : Infinity;
    const at = i < a.count ? ou[a.target[i]!]! : Infinity;
    const bs = j < b.count ? nu[b.source[j]!]! : Infinity;
    const bt = j < b.count ? nu[b.target[j]!]! : Infinity;
    let wo = Number.NaN;
    let wn = Number.NaN;
    if (as < bs || (as === bs && at < bt)) {
      source[k] = as;
      target[k] = at;
      wo = a.weight[i++]!;
    } else if (bs < as || (as === bs && bt < at)) {
      source[k] = bs;
      target[k] = bt;
      wn = b.weight[j++]!;
    } else {
      source[k] = as;
      target[k] = at;
      wo = a.weight[i++]!;
      wn = b.weight[j++]!;
    }
    weightOld[k] = wo;
    weightNew[k] = wn;
    status[k] = STATUS_CODE[relationStatus(wo, wn)];
    k++;
  }
  return {
    count: k,
    source: source.subarray(0, k),
    target: target.subarray(0, k),
    weightOld: weightOld.subarray(0, k),
    weightNew: weightNew.subarray(0, k),
    status: status.subarray(0, k),
  };
}
