/** The report's charts: data shapes, SVG renderers and their data tables. */
export type { BarChart, Chart, ChartOptions, HeatmapChart, NetworkChart, QuadrantChart, RatingChart } from './types.js';
export { renderChartSvg } from './render.js';
export { chartTables, type ChartTable } from './data-table.js';
export { chartDomId } from './svg.js';
