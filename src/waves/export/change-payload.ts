/**
 * The `change` block of compare's map (docs/contract.md §8; MapPayload.change): for each
 * organisation the NEW map shows, whether it is new or, by its strength (the sum of its relation
 * weights), stayed the same, grew stronger or weaker; for each relation shown, new, stronger,
 * weaker or the same by weight; and what OLD had that NEW has not. The gone lists are capped
 * (the most central organisations, the heaviest relations) so a big comparison keeps a light
 * map; organisations.csv and relations.csv hold all of them.
 */

import { compareCodeUnits } from '../../compare.js';
import { EDGE_CHANGE_IDS, type MapPayload, NODE_CHANGE_IDS, type PayloadChange } from '../../export/html/payload-types.js';
import type { CompareResult } from '../compare-waves.js';
import { relationStatus } from '../relation-changes.js';
import type { Wave } from '../wave.js';

/** At most this many gone organisations and gone relations are listed in the map. */
export const GONE_ORGANISATIONS_CAP = 10_000;
export const GONE_RELATIONS_CAP = 20_000;

/** The weight of relation (a, b) in `wave` (indices into its ids), NaN when absent: binary search. */
function weightOf(wave: Wave, a: number, b: number): number {
  const s = Math.min(a, b);
  const t = Math.max(a, b);
  const e = wave.edges;
  let lo = 0;
  let hi = e.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (e.source[mid]! < s || (e.source[mid] === s && e.target[mid]! < t)) lo = mid + 1;
    else hi = mid;
  }
  return lo < e.count && e.source[lo] === s && e.target[lo] === t ? e.weight[lo]! : Number.NaN;
}

export function changeBlock(r: CompareResult, payload: MapPayload): PayloadChange {
  const { old, new: now, orgs } = r;
  const newIndex = new Map<string, number>();
  now.ids.forEach((id, j) => newIndex.set(id, j));
  // Per node of the map: its position in OLD (-1 when new).
  const oldPos = payload.nodes.id.map((id) => {
    const j = newIndex.get(id);
    return j === undefined ? -1 : orgs.oldIx[orgs.newToUnion[j]!]!;
  });
  const node = payload.nodes.id.map((id, k) => {
    const i = oldPos[k]!;
    if (i < 0) return NODE_CHANGE_IDS.indexOf('new');
    const before = old.strength[i]!;
    const after = now.strength[newIndex.get(id)!]!;
    return NODE_CHANGE_IDS.indexOf(after > before ? 'stronger' : after < before ? 'weaker' : 'stayed');
  });
  // The payload's weights are rounded for the map: the waves' own weights are compared.
  const newPos = payload.nodes.id.map((id) => newIndex.get(id)!);
  const edge = payload.edges.source.map((s, k) => {
    const t = payload.edges.target[k]!;
    const a = oldPos[s]!;
    const b = oldPos[t]!;
    const before = a < 0 || b < 0 ? Number.NaN : weightOf(old, a, b);
    const after = weightOf(now, newPos[s]!, newPos[t]!);
    const status = relationStatus(before, Number.isNaN(after) ? payload.edges.weight[k]! : after);
    return EDGE_CHANGE_IDS.indexOf(status as (typeof EDGE_CHANGE_IDS)[number]);
  });

  const goneOrgs: number[] = [];
  for (let u = 0; u < orgs.ids.length; u++) if (orgs.newIx[u]! < 0) goneOrgs.push(orgs.oldIx[u]!);
  const keptOrgs = goneOrgs
    .sort((x, y) => old.pagerank[y]! - old.pagerank[x]! || compareCodeUnits(old.ids[x]!, old.ids[y]!))
    .slice(0, GONE_ORGANISATIONS_CAP)
    .sort((x, y) => compareCodeUnits(old.ids[x]!, old.ids[y]!));

  const rel = r.relations;
  const goneRel: number[] = [];
  for (let k = 0; k < rel.count; k++) if (Number.isNaN(rel.weightNew[k]!)) goneRel.push(k);
  const keptRel = goneRel
    .sort((x, y) => rel.weightOld[y]! - rel.weightOld[x]! || x - y)
    .slice(0, GONE_RELATIONS_CAP)
    .sort((x, y) => x - y);
  const labelOf = (u: number) => {
    const i = orgs.oldIx[u]!;
    return i >= 0 ? old.labels[i]! : now.labels[orgs.newIx[u]!]!;
  };
  return {
    node,
    edge,
    gone: {
      organisations: keptOrgs.map((i) => ({ id: old.ids[i]!, label: old.labels[i]!, type: old.types[i]!, region: old.regions[i]! })),
      relations: keptRel.map((k) => ({
        source: orgs.ids[rel.source[k]!]!,
        target: orgs.ids[rel.target[k]!]!,
        sourceLabel: labelOf(rel.source[k]!),
        targetLabel: labelOf(rel.target[k]!),
        weight: rel.weightOld[k]!,
      })),
    },
    waves: { old: old.name, new: now.name },
  };
}
