/**
 * compare's communities.csv (docs/contract.md §8): how OLD's communities map onto NEW's,
 * `community_old,community_new,jaccard,kind`, then `shared,size_old,size_new,name_old,name_new`;
 * OLD's communities in number order, then the new ones (community-matching.ts has the rules).
 */

import { csvString, type CsvValue } from '../../export/csv.js';
import type { CompareResult } from '../compare-waves.js';

export const COMMUNITY_MATCH_COLUMNS: readonly string[] = [
  'community_old',
  'community_new',
  'jaccard',
  'kind',
  'shared',
  'size_old',
  'size_new',
  'name_old',
  'name_new',
];

export function communityNames(r: CompareResult): { old: Map<number, string>; new: Map<number, string> } {
  return {
    old: new Map(r.old.communities.map((c) => [c.community, c.name])),
    new: new Map(r.new.communities.map((c) => [c.community, c.name])),
  };
}

export function exportCompareCommunitiesCsv(r: CompareResult): string {
  const names = communityNames(r);
  const rows = r.communities.map((c): CsvValue[] => [
    c.old,
    c.new,
    c.jaccard,
    c.kind,
    c.shared,
    c.sizeOld,
    c.sizeNew,
    c.old === null ? null : (names.old.get(c.old) ?? ''),
    c.new === null ? null : (names.new.get(c.new) ?? ''),
  ]);
  return csvString(COMMUNITY_MATCH_COLUMNS, rows);
}
