/**
 * The output files of `compare` (docs/contract.md §8): file name → pure exporter of the
 * comparison. `io.ts` writes them, atomically, into `--out`.
 */

import type { Lang } from '../../config/options.js';
import type { MapPayload } from '../../export/html/payload-types.js';
import type { ExportOutput } from '../../export/types.js';
import type { CompareResult } from '../compare-waves.js';
import { renderHtml } from '../../export/report/render-html.js';
import { renderMd } from '../../export/report/render-md.js';
import { buildCompareReport } from '../report/build-report.js';
import { exportCompareCommunitiesCsv } from './communities-csv.js';
import { exportCompareGroupsCsv } from './groups-csv.js';
import { comparePayload, renderCompareMap } from './map-html.js';
import { exportOrganisationsCsv } from './organisations-csv.js';
import { exportRelationsCsv } from './relations-csv.js';
import { exportCompareSummaryJson } from './summary-json.js';

export interface CompareExportOptions {
  lang: Lang;
  sourceDateEpoch?: number;
  /** NEW's map payload (read or made once). */
  map: MapPayload;
}

export type CompareOutputName =
  | 'organisations.csv'
  | 'relations.csv'
  | 'groups.csv'
  | 'communities.csv'
  | 'summary.json'
  | 'report.md'
  | 'report.html'
  | 'map.html';

export const COMPARE_EXPORTERS: { readonly [name in CompareOutputName]: (r: CompareResult, o: CompareExportOptions) => ExportOutput } = {
  'organisations.csv': (r) => exportOrganisationsCsv(r),
  'relations.csv': (r) => exportRelationsCsv(r),
  'groups.csv': (r) => exportCompareGroupsCsv(r),
  'communities.csv': (r) => exportCompareCommunitiesCsv(r),
  'summary.json': (r, o) => exportCompareSummaryJson(r, o),
  'report.md': (r, o) => renderMd(buildCompareReport(r, o)),
  'report.html': (r, o) => renderHtml(buildCompareReport(r, o)),
  'map.html': (r, o) => renderCompareMap(comparePayload(r, o.map, o.lang)),
};

export const COMPARE_OUTPUT_NAMES = Object.keys(COMPARE_EXPORTERS) as CompareOutputName[];
