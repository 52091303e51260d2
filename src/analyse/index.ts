/**
 * The analysis stage (docs/contract.md §4): node metrics, communities, roles and graph figures.
 * Re-exports only; see `analyse-graph.ts` for the entry point and `registry.ts` for the list
 * of metric columns.
 */

export { analyseGraph, type AnalyseOptions, type ProgressFn } from './analyse-graph.js';
export { computeInsights, type InsightOptions } from './insights.js';
export { METRICS, type MetricSpec, type MetricId } from './registry.js';
