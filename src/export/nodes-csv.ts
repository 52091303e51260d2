/**
 * nodes.csv: one row per organisation, sorted by id (code-unit order). Columns: the docs/contract.md §5
 * metric columns, then `kis_contacts,respondents,rating_mean,themes,sources` (rating_mean empty
 * when suppressed), then the config-listed extra attributes in key order.
 */

import type { AnalysisResult } from '../result.js';
import { extraNodeFields, nodeTableFields, type NodeItem } from './attributes.js';
import { csvChunks } from './csv.js';
import { sortedNodeIds } from './sorted.js';
import type { ExportOptions } from './types.js';

export function exportNodesCsv(result: AnalysisResult, options: ExportOptions): Iterable<string> {
  const graph = result.graph;
  const fields = [...nodeTableFields(options), ...extraNodeFields(graph)];
  return csvChunks(
    fields.map((f) => f.name),
    function* () {
      for (const id of sortedNodeIds(graph)) {
        const item: NodeItem = { id, attributes: graph.getNodeAttributes(id) };
        yield fields.map((f) => f.get(item));
      }
    },
  );
}
