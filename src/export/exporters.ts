/**
 * The registry of output files: file name → exporter (STYLE habit 9). `io.ts` writes each
 * entry into the output folder; a chunked exporter is written chunk by chunk.
 */

import { exportCommunitiesCsv } from './communities-csv.js';
import { exportEdgesCsv } from './edges-csv.js';
import { exportGexf } from './gexf.js';
import { exportGraphJson } from './graph-json.js';
import { exportGraphml } from './graphml.js';
import { exportNodesCsv } from './nodes-csv.js';
import { exportProductsCsv } from './products-csv.js';
import { exportReportMd } from './report-md.js';
import { exportSummaryJson } from './summary-json.js';
import type { Exporter } from './types.js';

/**
 * Every output file name written from this map. `map.html` is the one output not listed yet:
 * its exporter (`exportMapHtml` in `export/html/`, same `Exporter` signature) is currently
 * called by `cli/analyse.ts` itself, which passes it the output-folder hint. To move it here,
 * add `'map.html'` to this union and to `EXPORTERS`, and drop the explicit entry in the CLI.
 */
export type OutputName =
  | 'nodes.csv'
  | 'edges.csv'
  | 'communities.csv'
  | 'products.csv'
  | 'summary.json'
  | 'report.md'
  | 'graph.json'
  | 'graph.gexf'
  | 'graph.graphml';
// | 'map.html'

/** In write order; iterate with `Object.entries` or `OUTPUT_NAMES`. */
export const EXPORTERS: { readonly [name in OutputName]: Exporter } = {
  'nodes.csv': exportNodesCsv,
  'edges.csv': exportEdgesCsv,
  'communities.csv': exportCommunitiesCsv,
  'products.csv': exportProductsCsv,
  'summary.json': exportSummaryJson,
  'report.md': exportReportMd,
  'graph.json': exportGraphJson,
  'graph.gexf': exportGexf,
  'graph.graphml': exportGraphml,
  // 'map.html': exportMapHtml,  ← from './html/index.js' (see OutputName above)
};

export const OUTPUT_NAMES = Object.keys(EXPORTERS) as OutputName[];
