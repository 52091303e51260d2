/**
 * edges.csv: one row per relation, `source,target,weight,mentions,sources` then
 * `interviews,respondents,relations,themes`; source < target by id (code units), rows sorted by
 * (source, target); list cells `|`-joined (`interview|survey`).
 */

import type { AnalysisResult } from '../result.js';
import { EDGE_FIELDS } from './attributes.js';
import { csvChunks, type CsvValue } from './csv.js';
import { sortedEdges } from './sorted.js';
import type { ExportOptions } from './types.js';

export function exportEdgesCsv(result: AnalysisResult, _options: ExportOptions): Iterable<string> {
  const graph = result.graph;
  return csvChunks(
    ['source', 'target', ...EDGE_FIELDS.map((f) => f.name)],
    function* () {
      for (const edge of sortedEdges(graph)) {
        const row: CsvValue[] = [edge.source, edge.target];
        for (const field of EDGE_FIELDS) row.push(field.get(edge.attributes));
        yield row;
      }
    },
  );
}
