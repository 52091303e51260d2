/**
 * edges.csv: one row per relation, `source,target,weight,mentions,sources` then
 * `interviews,respondents,relations,themes`; source < target by id (code units), rows sorted by
 * (source, target); list cells `|`-joined (`interview|survey`).
 */

import type { AnalysisResult } from '../result.js';
import { EDGE_FIELDS } from './attributes.js';
import { ChunkBuffer, reiterable } from './chunks.js';
import { BOM, csvRow, csvText } from './csv.js';
import { sortedEdges, sortedNodeIds } from './sorted.js';
import type { ExportOptions } from './types.js';

export const EDGE_COLUMNS: readonly string[] = ['source', 'target', ...EDGE_FIELDS.map((f) => f.name)];

export function exportEdgesCsv(result: AnalysisResult, _options: ExportOptions): Iterable<string> {
  const graph = result.graph;
  return reiterable(function* () {
    const ids = sortedNodeIds(graph);
    const cells = ids.map(csvText); // each id is escaped once, not once per edge
    const buffer = new ChunkBuffer();
    buffer.push(BOM + csvRow(EDGE_COLUMNS));
    for (const edge of sortedEdges(graph, ids)) {
      const rest = csvRow(EDGE_FIELDS.map((f) => f.get(edge.attributes)));
      const chunk = buffer.push(`${cells[edge.sourceIndex]},${cells[edge.targetIndex]},${rest}`);
      if (chunk !== undefined) yield chunk;
    }
    const last = buffer.flush();
    if (last !== undefined) yield last;
  });
}
