/**
 * compare's organisations.csv (docs/contract.md §8): one row per organisation of either wave,
 * sorted by id: `id,label,status,degree_old,degree_new,pagerank_old,pagerank_new,rank_old,
 * rank_new,community_old,community_new`, then `type,region,strength_old,strength_new,rank_change`
 * (rank_old − rank_new: positive = rose). Label, type and region are NEW's where the
 * organisation is in NEW; a value of a wave the organisation is absent from is empty.
 */

import { csvChunks, type CsvValue } from '../../export/csv.js';
import type { CompareResult } from '../compare-waves.js';
import { orgStatus } from '../match-organisations.js';

export const ORGANISATION_COLUMNS: readonly string[] = [
  'id',
  'label',
  'status',
  'degree_old',
  'degree_new',
  'pagerank_old',
  'pagerank_new',
  'rank_old',
  'rank_new',
  'community_old',
  'community_new',
  'type',
  'region',
  'strength_old',
  'strength_new',
  'rank_change',
];

export function exportOrganisationsCsv(r: CompareResult): Iterable<string> {
  const { old, new: now, orgs } = r;
  return csvChunks(ORGANISATION_COLUMNS, function* () {
    for (let u = 0; u < orgs.ids.length; u++) {
      const i = orgs.oldIx[u]!;
      const j = orgs.newIx[u]!;
      const o = i >= 0;
      const n = j >= 0;
      const row: CsvValue[] = [
        orgs.ids[u]!,
        n ? now.labels[j]! : old.labels[i]!,
        orgStatus(orgs, u),
        o ? old.degree[i]! : null,
        n ? now.degree[j]! : null,
        o ? old.pagerank[i]! : null,
        n ? now.pagerank[j]! : null,
        o ? r.rankOld[i]! : null,
        n ? r.rankNew[j]! : null,
        o ? old.community[i]! : null,
        n ? now.community[j]! : null,
        n ? now.types[j]! : old.types[i]!,
        n ? now.regions[j]! : old.regions[i]!,
        o ? old.strength[i]! : null,
        n ? now.strength[j]! : null,
        o && n ? r.rankOld[i]! - r.rankNew[j]! : null,
      ];
      yield row;
    }
  });
}
