/**
 * Every chart's data as plain tables (WCAG 2.2 §1.1.1: a text alternative that serves the same
 * purpose): the HTML report prints them under the chart, and the Markdown report may print
 * them instead of the chart. Numbers are formatted for the language like in the drawing; a
 * suppressed rating is the word for suppressed, never 0.
 */

import { formatNumber } from '../report-format.js';
import { decimalsFor } from './bars.js';
import { CHART_WORDS } from './i18n.js';
import { percent } from './quadrant.js';
import type { Chart, ChartOptions } from './types.js';

/** The shape of the report model's table block (without its `kind`). */
export interface ChartTable {
  caption: string;
  header: string[];
  rows: string[][];
  align: Array<'left' | 'right'>;
}

const right = (n: number): Array<'left' | 'right'> => ['left', ...Array<'right'>(n).fill('right')];

/** Which quadrant (0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right) a point falls in; on a split line counts as high. */
export function quadrantOf(x: number, y: number, xSplit: number, ySplit: number): number {
  return (y >= ySplit ? 0 : 2) + (x >= xSplit ? 1 : 0);
}

export function chartTables(chart: Chart, { lang }: ChartOptions): ChartTable[] {
  const w = CHART_WORDS[lang];
  switch (chart.kind) {
    case 'bars': {
      const d = decimalsFor(chart.series.flatMap((s) => s.values));
      const stacked = chart.layout === 'stacked' && chart.series.length > 1;
      const header = [w.category, ...chart.series.map((s) => s.name), ...(stacked ? [w.total] : [])];
      const rows = chart.categories.map((name, k) => {
        const values = chart.series.map((s) => s.values[k] ?? 0);
        const cells = values.map((v) => formatNumber(v, lang, d));
        if (stacked)
          cells.push(
            formatNumber(
              values.reduce((a, b) => a + b, 0),
              lang,
              d,
            ),
          );
        return [name, ...cells];
      });
      return [{ caption: chart.title, header, rows, align: right(header.length - 1) }];
    }
    case 'heatmap': {
      const d = decimalsFor(chart.values.flat());
      const header = [`${chart.rowLabel} \\ ${chart.columnLabel}`, ...chart.columns];
      const rows = chart.rows.map((name, r) => [name, ...chart.columns.map((_c, k) => formatNumber(chart.values[r]?.[k] ?? 0, lang, d))]);
      return [{ caption: chart.title, header, rows, align: right(chart.columns.length) }];
    }
    case 'quadrant': {
      const counts = [0, 0, 0, 0];
      for (const p of chart.points) counts[quadrantOf(p.x, p.y, chart.xSplit, chart.ySplit)]!++;
      const order = [1, 0, 3, 2]; // high–high first, as the grid is usually read
      const tables: ChartTable[] = [
        {
          caption: chart.title,
          header: [w.quadrant, w.organisations],
          rows: order.map((q) => [chart.quadrants[q]!, formatNumber(counts[q]!, lang, 0)]),
          align: right(1),
        },
      ];
      const marked = chart.points.filter((p) => p.highlight);
      if (marked.length > 0) {
        tables.push({
          caption: `${chart.title}: ${w.highlighted.toLowerCase()}`,
          header: [w.label, chart.xLabel, chart.yLabel, w.quadrant],
          rows: marked.map((p) => [
            p.label ?? '',
            percent(p.x, lang),
            percent(p.y, lang),
            chart.quadrants[quadrantOf(p.x, p.y, chart.xSplit, chart.ySplit)]!,
          ]),
          align: ['left', 'right', 'right', 'left'],
        });
      }
      return tables;
    }
    case 'rating':
      return [
        {
          caption: chart.title,
          header: [w.group, 'n', w.mean],
          rows: chart.groups.map((g) => [
            g.name,
            formatNumber(g.n, lang, 0),
            g.suppressed ? chart.suppressedLabel : g.mean === null ? w.noRatings : formatNumber(g.mean, lang, 1),
          ]),
          align: right(2),
        },
      ];
    case 'network': {
      const sizes = new Map<number, number>();
      for (const n of chart.nodes) sizes.set(n.community, (sizes.get(n.community) ?? 0) + 1);
      const tables: ChartTable[] = [
        {
          caption: chart.title,
          header: [w.community, w.name, w.inDrawing],
          rows: chart.communities.map((e) => [
            formatNumber(e.community, lang, 0),
            e.name,
            formatNumber(sizes.get(e.community) ?? 0, lang, 0),
          ]),
          align: ['right', 'left', 'right'],
        },
      ];
      const names = new Map(chart.communities.map((e) => [e.community, e.name] as const));
      const labelled = chart.nodes.filter((n) => n.label);
      if (labelled.length > 0) {
        tables.push({
          caption: `${chart.title}: ${w.label.toLowerCase()}`,
          header: [w.label, w.community],
          rows: labelled.map((n) => [n.label!, names.get(n.community) ?? formatNumber(n.community, lang, 0)]),
          align: ['left', 'left'],
        });
      }
      return tables;
    }
  }
}
