/**
 * The charts of the report, as data: what the report model (report/model.ts) puts in a `chart`
 * block and what the SVG renderers in this folder draw. Every text is already in the report's
 * language; numbers are raw (the renderer formats them for `lang`). Pure data, no markup: the
 * Markdown renderer can skip a chart or print its data, the HTML renderer draws inline SVG.
 */

import type { Lang } from '../../config/options.js';

interface ChartBase {
  /** Stable id within the report, used for the SVG ids (`<title id>`, `aria-labelledby`). */
  id: string;
  title: string;
  /** One or two sentences that say what the chart shows (the SVG `<desc>`). */
  desc: string;
}

/** Horizontal bars per category, one bar per series (grouped) or one bar of segments (stacked). */
export interface BarChart extends ChartBase {
  kind: 'bars';
  layout: 'grouped' | 'stacked';
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
  /** Axis label of the values, e.g. "organisations". */
  valueLabel: string;
}

/** A matrix of counts (mixing, product reach): rows × columns, the count in each cell. */
export interface HeatmapChart extends ChartBase {
  kind: 'heatmap';
  rows: string[];
  columns: string[];
  /** values[r][c]. */
  values: number[][];
  rowLabel: string;
  columnLabel: string;
}

/** A power/interest-style grid: one dot per organisation, split into four named quadrants. */
export interface QuadrantChart extends ChartBase {
  kind: 'quadrant';
  xLabel: string;
  yLabel: string;
  /** Both axes run from 0 to 1 (percentiles or shares). */
  xSplit: number;
  ySplit: number;
  /** Quadrant names: top-left, top-right, bottom-left, bottom-right. */
  quadrants: [string, string, string, string];
  points: Array<{ x: number; y: number; label?: string; highlight: boolean }>;
}

/** Mean rating per group with its n; a suppressed group is drawn as suppressed, never as 0. */
export interface RatingChart extends ChartBase {
  kind: 'rating';
  /** Scale of the rating, e.g. 1–10. */
  min: number;
  max: number;
  groups: Array<{ name: string; n: number; mean: number | null; suppressed: boolean }>;
  /** The word for a suppressed value in the report's language. */
  suppressedLabel: string;
}

/** A small static drawing of the network from the computed layout, linking to the map. */
export interface NetworkChart extends ChartBase {
  kind: 'network';
  nodes: Array<{ x: number; y: number; community: number; size: number; label?: string }>;
  /** Node index pairs. */
  edges: Array<[number, number]>;
  /** Community legend: number → name, in legend order. */
  communities: Array<{ community: number; name: string }>;
  href: string;
}

export type Chart = BarChart | HeatmapChart | QuadrantChart | RatingChart | NetworkChart;

export interface ChartOptions {
  lang: Lang;
}
