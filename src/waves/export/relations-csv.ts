/**
 * compare's relations.csv (docs/contract.md §8): `source,target,status,weight_old,weight_new`,
 * one row per relation of either wave; source < target by id, sorted; weights empty where the
 * relation is absent. Written in chunks: two waves of a million relations never make one string.
 */

import { reiterable } from '../../export/chunks.js';
import { BOM, csvCell, csvRow, csvText } from '../../export/csv.js';
import type { CompareResult } from '../compare-waves.js';
import { RELATION_STATUSES } from '../relation-changes.js';

export const RELATION_COLUMNS: readonly string[] = ['source', 'target', 'status', 'weight_old', 'weight_new'];

export function exportRelationsCsv(r: CompareResult): Iterable<string> {
  const rel = r.relations;
  return reiterable(function* () {
    const cells = r.orgs.ids.map(csvText); // each id escaped once, not once per relation
    yield BOM + csvRow(RELATION_COLUMNS);
    for (let k = 0; k < rel.count; k++) {
      const wo = rel.weightOld[k]!;
      const wn = rel.weightNew[k]!;
      const line = `${cells[rel.source[k]!]},${cells[rel.target[k]!]},${RELATION_STATUSES[rel.status[k]!]},${csvCell(Number.isNaN(wo) ? null : wo)},${csvCell(Number.isNaN(wn) ? null : wn)}\n`;
      yield line;
    }
  });
}
