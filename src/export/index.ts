/**
 * The exporters: pure `(result, options) → string | Iterable<string>` functions, one per output
 * file, and the `EXPORTERS` map that `io.ts` writes from. Re-exports only.
 */

export type { ExportOptions, ExportOutput, Exporter } from './types.js';
export { DATA_OUTPUT_NAMES, EXPORTERS, OUTPUT_NAMES, type OutputName } from './exporters.js';
export { outputToBytes, outputToString } from './chunks.js';
export { exportNodesCsv } from './nodes-csv.js';
export { exportEdgesCsv } from './edges-csv.js';
export { exportCommunitiesCsv } from './communities-csv.js';
export { exportProductsCsv } from './products-csv.js';
export { exportSummaryJson, buildSummary } from './summary-json.js';
export { exportReportMd } from './report-md.js';
export { exportGraphJson, graphJsonEdgeKey } from './graph-json.js';
export { exportGexf } from './gexf.js';
export { exportGraphml } from './graphml.js';
export { BOM, csvCell, csvRow, csvText } from './csv.js';
