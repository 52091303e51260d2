/**
 * Organisations that may have been renamed between the waves: a name that is gone and a new name
 * that look alike, found with the project's near-duplicate detection (resolve/near-duplicates.ts:
 * OpenRefine's fingerprint and nearest-neighbour methods) over the gone and the new names. Reported
 * only, never joined: an aliases file (`--aliases`) joins them when the user decides so.
 */

import { compareCodeUnits } from '../compare.js';
import { findNearDuplicates } from '../resolve/near-duplicates.js';
import { orgKey } from '../resolve/org-key.js';
import type { OrgMatch } from './match-organisations.js';
import type { Wave } from './wave.js';

export interface RenamedCandidate {
  oldId: string;
  oldLabel: string;
  newId: string;
  newLabel: string;
  similarity: number;
}

export function renamedCandidates(old: Wave, now: Wave, match: OrgMatch): RenamedCandidate[] {
  const names: Array<{ side: 'old' | 'new'; id: string; label: string }> = [];
  for (let u = 0; u < match.ids.length; u++) {
    const i = match.oldIx[u]!;
    const j = match.newIx[u]!;
    if (j < 0) names.push({ side: 'old', id: old.ids[i]!, label: old.labels[i]! });
    else if (i < 0) names.push({ side: 'new', id: now.ids[j]!, label: now.labels[j]! });
  }
  const out: RenamedCandidate[] = [];
  for (const p of findNearDuplicates(names.map((n) => orgKey(n.label)))) {
    const a = names[p.a]!;
    const b = names[p.b]!;
    if (a.side === b.side) continue;
    const [o, n] = a.side === 'old' ? [a, b] : [b, a];
    out.push({ oldId: o.id, oldLabel: o.label, newId: n.id, newLabel: n.label, similarity: p.similarity });
  }
  return out.sort((p, q) => compareCodeUnits(p.oldId, q.oldId) || compareCodeUnits(p.newId, q.newId));
}
