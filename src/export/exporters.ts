/**
 * The registry of output files: file name → exporter (see CONTRIBUTING.md, "Add an output file"). `io.ts` writes each
 * entry into the output folder; a streamed exporter (an iterable of pieces) is written piece by piece.
 */

import { exportCommunitiesCsv } from './communities-csv.js';
import { exportEdgesCsv } from './edges-csv.js';
import { exportEngagementCsv } from './engagement.js';
import { exportGexf } from './gexf.js';
import { exportGraphJson } from './graph-json.js';
import { exportGraphml } from './graphml.js';
import { exportGroupsCsv } from './groups-csv.js';
import { exportMapHtml } from './html/render-map-html.js';
import { exportMixingCsv } from './mixing-csv.js';
import { exportNodesCsv } from './nodes-csv.js';
import { exportProductsCsv } from './products-csv.js';
import { exportReportHtml } from './report-html.js';
import { exportReportMd } from './report-md.js';
import { exportSummaryJson } from './summary-json.js';
import type { Exporter } from './types.js';
import { exportWorkbookXlsx } from './workbook-xlsx.js';

/** Every output file of `analyse`, the map included. */
export type OutputName =
  | 'nodes.csv'
  | 'edges.csv'
  | 'communities.csv'
  | 'products.csv'
  | 'mixing.csv'
  | 'groups.csv'
  | 'engagement.csv'
  | 'summary.json'
  | 'report.md'
  | 'report.html'
  | 'graph.json'
  | 'graph.gexf'
  | 'graph.graphml'
  | 'map.html'
  | 'kis-network.xlsx';

/** In write order; iterate with `Object.entries` or `OUTPUT_NAMES`. */
export const EXPORTERS: { readonly [name in OutputName]: Exporter } = {
  'nodes.csv': exportNodesCsv,
  'edges.csv': exportEdgesCsv,
  'communities.csv': exportCommunitiesCsv,
  'products.csv': exportProductsCsv,
  'mixing.csv': exportMixingCsv,
  'groups.csv': exportGroupsCsv,
  'engagement.csv': exportEngagementCsv,
  'summary.json': exportSummaryJson,
  'report.md': exportReportMd,
  'report.html': exportReportHtml,
  'graph.json': exportGraphJson,
  'graph.gexf': exportGexf,
  'graph.graphml': exportGraphml,
  'map.html': exportMapHtml,
  'kis-network.xlsx': exportWorkbookXlsx,
};

export const OUTPUT_NAMES = Object.keys(EXPORTERS) as OutputName[];

/** The data and graph files: every output but the map, whose bytes carry the viewer bundle
 * (the map has its own unit and browser tests). The writer golden files cover these. */
export const DATA_OUTPUT_NAMES = OUTPUT_NAMES.filter((name) => name !== 'map.html');
