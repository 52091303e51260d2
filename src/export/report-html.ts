/**
 * report.html: the same report as report.md — the report model (report/build-model.ts) — laid
 * out as one self-contained HTML page with inline SVG charts, printable to A4
 * (report/render-html.ts).
 */

import type { AnalysisResult } from '../result.js';
import { buildReportModel } from './report/build-model.js';
import { renderHtml } from './report/render-html.js';
import type { ExportOptions } from './types.js';

export function exportReportHtml(result: AnalysisResult, options: ExportOptions): string {
  return renderHtml(buildReportModel(result, options));
}
