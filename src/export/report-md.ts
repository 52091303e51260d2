/**
 * report.md: the plain-language report for programme staff, in Dutch (default) or English —
 * the report model (report/build-model.ts) laid out as Markdown (report/render-md.ts).
 */

import type { AnalysisResult } from '../result.js';
import { buildReportModel } from './report/build-model.js';
import { renderMd } from './report/render-md.js';
import type { ExportOptions } from './types.js';

export function exportReportMd(result: AnalysisResult, options: ExportOptions): string {
  return renderMd(buildReportModel(result, options));
}
