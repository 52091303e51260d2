/**
 * nodes.csv: one row per organisation, sorted by id (code-unit order). Columns: the docs/contract.md §5
 * metric columns, then `kis_contacts,respondents,rating_mean,themes,sources` (rating_mean empty
 * when suppressed), then the config-listed extra attributes in key order.
 */

import type { AnalysisResult } from '../result.js';
import { extraNodeFields, nodeTableFields, type NodeItem } from './attributes.js';
import { csvTableChunks } from './csv.js';
import { sortedNodeIds } from './sorted.js';
import type { Table } from './table.js';
import type { ExportOptions } from './types.js';

/** The rows of nodes.csv (and of the workbook's organisations sheet). */
export function nodesTable(result: AnalysisResult, options: Pick<ExportOptions, 'minGroupSize'>): Table {
  const graph = result.graph;
  const fields = [...nodeTableFields(options), ...extraNodeFields(graph)];
  return {
    columns: fields.map((f) => f.name),
    rowCount: graph.order,
    *rows() {
      for (const id of sortedNodeIds(graph)) {
        const item: NodeItem = { id, attributes: graph.getNodeAttributes(id) };
        yield fields.map((f) => f.get(item));
      }
    },
  };
}

export function exportNodesCsv(result: AnalysisResult, options: ExportOptions): Iterable<string> {
  return csvTableChunks(nodesTable(result, options));
}
