/**
 * edges.csv: one row per relation, `source,target,weight,mentions,sources` then
 * `interviews,respondents,relations,themes`; source < target by id (code units), rows sorted by
 * (source, target); list cells `|`-joined (`interview|survey`).
 */

import type { AnalysisResult } from '../result.js';
import { EDGE_FIELDS } from './attributes.js';
import { csvTableChunks } from './csv.js';
import { sortedEdges } from './sorted.js';
import type { Table } from './table.js';
import type { ExportOptions } from './types.js';

export const EDGE_COLUMNS: readonly string[] = ['source', 'target', ...EDGE_FIELDS.map((f) => f.name)];

/** The rows of edges.csv (and of the workbook's relations sheet). */
export function edgesTable(result: AnalysisResult): Table {
  const graph = result.graph;
  return {
    columns: EDGE_COLUMNS,
    rowCount: graph.size,
    *rows() {
      for (const edge of sortedEdges(graph)) yield [edge.source, edge.target, ...EDGE_FIELDS.map((f) => f.get(edge.attributes))];
    },
  };
}

export function exportEdgesCsv(result: AnalysisResult, _options: ExportOptions): Iterable<string> {
  return csvTableChunks(edgesTable(result));
}
