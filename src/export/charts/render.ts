/** One entry point for the chart renderers: a chart of any kind → its inline SVG. */

import { renderBars } from './bars.js';
import { renderHeatmap } from './heatmap.js';
import { renderNetwork } from './network.js';
import { renderQuadrant } from './quadrant.js';
import { renderRating } from './rating.js';
import type { Chart, ChartOptions } from './types.js';

/** The chart as a standalone `<svg>` element (well-formed XML, no script, no external reference). */
export function renderChartSvg(chart: Chart, options: ChartOptions): string {
  switch (chart.kind) {
    case 'bars':
      return renderBars(chart, options);
    case 'heatmap':
      return renderHeatmap(chart, options);
    case 'quadrant':
      return renderQuadrant(chart, options);
    case 'rating':
      return renderRating(chart, options);
    case 'network':
      return renderNetwork(chart, options);
  }
}
