/**
 * mixing.csv (docs/contract.md §5): how the relations run between and within groups of
 * organisations, by stakeholder `type` and by `region`: `dimension,group_a,group_b,relations,weight`,
 * the number of relations with one end in group a and the other in group b (both ends in it where
 * a = b) and the sum of their `weight`. An organisation without a value is in the group
 * `unknown`. group_a ≤ group_b by code unit; sorted by dimension (type, region), group_a,
 * group_b; pairs without a relation are left out.
 */

import { compareCodeUnits } from '../compare.js';
import type { OrgAttributes } from '../graph/types.js';
import type { AnalysisResult } from '../result.js';
import { csvTableString, type CsvValue } from './csv.js';
import { perResult } from './per-result.js';
import { arrayTable, type Table } from './table.js';
import type { ExportOptions } from './types.js';

export const MIXING_COLUMNS: readonly string[] = ['dimension', 'group_a', 'group_b', 'relations', 'weight'];

/** The dimensions, in output order. */
export const MIXING_DIMENSIONS = ['type', 'region'] as const satisfies readonly (keyof OrgAttributes)[];

export const UNKNOWN_GROUP = 'unknown';

function groupOf(value: string): string {
  return value === '' ? UNKNOWN_GROUP : value;
}

/** The rows of mixing.csv (and of the workbook's mixing sheet), counted once per result. */
export function mixingTable(result: AnalysisResult): Table {
  return perResult(result, 'mixing', () => countMixing(result));
}

function countMixing(result: AnalysisResult): Table {
  const { graph } = result;
  const rows: CsvValue[][] = [];
  for (const dimension of MIXING_DIMENSIONS) {
    // group_a → group_b → the weights of the relations between them. Both lookups per relation
    // are of groups already seen, so the ordered pair is kept per (source group, target group).
    const pairs = new Map<string, Map<string, number[]>>();
    const byPair = new Map<string, Map<string, number[]>>();
    graph.forEachEdge((_edge, attributes, _source, _target, sa, ta) => {
      const x = groupOf(sa[dimension]);
      const y = groupOf(ta[dimension]);
      let fromX = byPair.get(x);
      if (fromX === undefined) byPair.set(x, (fromX = new Map()));
      let weights = fromX.get(y);
      if (weights === undefined) {
        const [a, b] = compareCodeUnits(x, y) <= 0 ? [x, y] : [y, x];
        let row = pairs.get(a);
        if (row === undefined) {
          row = new Map();
          pairs.set(a, row);
        }
        weights = row.get(b);
        if (weights === undefined) row.set(b, (weights = []));
        fromX.set(y, weights);
      }
      weights.push(attributes.weight);
    });
    const sorted = [...pairs]
      .flatMap(([a, row]) => [...row].map(([b, weights]) => ({ a, b, weights })))
      .sort((p, q) => compareCodeUnits(p.a, q.a) || compareCodeUnits(p.b, q.b));
    for (const { a, b, weights } of sorted) {
      // Summed in ascending order, so the total does not depend on the order of the edges.
      const weight = weights.sort((u, v) => u - v).reduce((sum, w) => sum + w, 0);
      rows.push([dimension, a, b, weights.length, weight]);
    }
  }
  return arrayTable(MIXING_COLUMNS, rows);
}

export function exportMixingCsv(result: AnalysisResult, _options: ExportOptions): string {
  return csvTableString(mixingTable(result));
}
