/**
 * Organisations of two waves joined on their id (docs/contract.md §8: the organisation key of §3,
 * or the register id, after aliases): one merge of the two id lists, both in code-unit order,
 * gives the union in that order with each organisation's position in OLD and in NEW (-1 where
 * it is absent) — `new`, `gone` or `stayed`.
 */

import type { Wave } from './wave.js';

export const ORG_STATUSES = ['new', 'gone', 'stayed'] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];

export interface OrgMatch {
  /** Every organisation of either wave, in code-unit order. */
  ids: string[];
  /** Position in OLD's / NEW's ids, -1 when absent. */
  oldIx: Int32Array;
  newIx: Int32Array;
  /** For each OLD / NEW position, the position in `ids` (monotonic: the order is kept). */
  oldToUnion: Uint32Array;
  newToUnion: Uint32Array;
}

export function orgStatus(m: OrgMatch, u: number): OrgStatus {
  return m.oldIx[u]! < 0 ? 'new' : m.newIx[u]! < 0 ? 'gone' : 'stayed';
}

export function matchOrganisations(old: Wave, now: Wave): OrgMatch {
  const a = old.ids;
  const b = now.ids;
  const ids: string[] = [];
  const oldIx: number[] = [];
  const newIx: number[] = [];
  const oldToUnion = new Uint32Array(a.length);
  const newToUnion = new Uint32Array(b.length);
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const u = ids.length;
    if (y === undefined || (x !== undefined && x < y)) {
      ids.push(x!);
      oldIx.push(i);
      newIx.push(-1);
      oldToUnion[i++] = u;
    } else if (x === undefined || y < x) {
      ids.push(y);
      oldIx.push(-1);
      newIx.push(j);
      newToUnion[j++] = u;
    } else {
      ids.push(x);
      oldIx.push(i);
      newIx.push(j);
      oldToUnion[i++] = u;
      newToUnion[j++] = u;
    }
  }
  return { ids, oldIx: Int32Array.from(oldIx), newIx: Int32Array.from(newIx), oldToUnion, newToUnion };
}
