/**
 * compare's groups.csv (docs/contract.md §8): per `dimension,group` (type and region) every
 * column of analyse's groups.csv twice, `<column>_old,<column>_new`, then `rating_mean_change`
 * (published only where both means are); means suppressed per wave (group-changes.ts).
 */

import { csvString, type CsvValue } from '../../export/csv.js';
import type { CompareResult } from '../compare-waves.js';
import { groupValueColumns } from '../group-changes.js';

export function groupColumns(r: CompareResult): string[] {
  const cols = groupValueColumns(r.old, r.new);
  return ['dimension', 'group', ...cols.flatMap((c) => [`${c}_old`, `${c}_new`]), 'rating_mean_change'];
}

export function exportCompareGroupsCsv(r: CompareResult): string {
  const cols = groupValueColumns(r.old, r.new);
  const rows = r.groups.map((g): CsvValue[] => [
    g.dimension,
    g.group,
    ...cols.flatMap((c) => [g.old?.[c] ?? null, g.new?.[c] ?? null]),
    g.ratingChange,
  ]);
  return csvString(groupColumns(r), rows);
}
