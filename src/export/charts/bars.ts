/**
 * Horizontal bar charts (grouped: one bar per series in each category; stacked: the series as
 * segments of one bar) as inline SVG. Bar length is proportional to the value on an axis from 0
 * (Cleveland & McGill 1984: position along a common scale reads best); every bar ends in its
 * value, written for the report's language, and a stacked bar in its total.
 */

import type { Lang } from '../../config/options.js';
import { formatNumber } from '../report-format.js';
import { niceAxis } from './axis.js';
import { CHART_WORDS } from './i18n.js';
import { legend } from './legend.js';
import { GRID, INK, MUTED_INK, seriesColor } from './palette.js';
import { c, esc, FONT, svgDocument, text, textWidth, truncate } from './svg.js';
import type { BarChart, ChartOptions } from './types.js';

export const WIDTH = 640;
const BAR = 14;
const STACK = 18;
const GAP = 10;
const PAD = 8;

/** Decimals for a set of values: 0 when all are whole, else 1. */
export function decimalsFor(values: readonly number[]): number {
  return values.every((v) => Number.isInteger(v)) ? 0 : 1;
}

export function fmt(value: number, lang: Lang, decimals: number): string {
  return formatNumber(value, lang, decimals);
}

/** The "no data" drawing every chart kind falls back to. */
export function emptyChart(chart: Parameters<typeof svgDocument>[0], lang: Lang): string {
  return svgDocument(chart, WIDTH, 40, text(WIDTH / 2, 24, CHART_WORDS[lang].noData, `text-anchor="middle" fill="${MUTED_INK}"`));
}

export function renderBars(chart: BarChart, { lang }: ChartOptions): string {
  const { categories, series } = chart;
  if (categories.length === 0 || series.length === 0) return emptyChart(chart, lang);
  const stacked = chart.layout === 'stacked';
  const value = (s: number, k: number): number => Math.max(0, series[s]!.values[k] ?? 0);
  const totals = categories.map((_, k) => series.reduce((sum, _s, s) => sum + value(s, k), 0));
  const all = series.flatMap((_, s) => categories.map((_c, k) => value(s, k)));
  const decimals = decimalsFor(all);
  const largest = stacked ? Math.max(0, ...totals) : Math.max(0, ...all);
  const axis = niceAxis(largest, 5, decimals === 0);

  const labelW = Math.min(230, Math.max(...categories.map((name) => textWidth(name))) + 6);
  const endLabelW = textWidth(fmt(largest, lang, decimals)) + 8;
  const x0 = PAD + labelW + 6;
  const plotW = WIDTH - x0 - PAD - endLabelW;
  const scale = (v: number): number => (v / axis.max) * plotW;

  const parts: string[] = [];
  const key = legend(
    series.map((s, i) => ({ name: s.name, fill: seriesColor(i) })),
    x0,
    PAD,
    WIDTH - x0 - PAD,
  );
  const multi = series.length > 1;
  if (multi) parts.push(key.svg);
  const top = PAD + (multi ? key.height + 4 : 0);
  const band = stacked ? STACK : series.length * BAR;
  const plotH = categories.length * (band + GAP);
  const bottom = top + plotH;

  // Grid lines and tick labels.
  parts.push('<g class="axis">');
  for (const t of axis.ticks) {
    const x = x0 + scale(t);
    parts.push(`<line x1="${c(x)}" y1="${c(top)}" x2="${c(x)}" y2="${c(bottom)}" stroke="${GRID}" stroke-width="1"/>`);
    parts.push(text(x, bottom + 14, fmt(t, lang, axis.decimals), `text-anchor="middle" fill="${MUTED_INK}"`));
  }
  parts.push(text(x0 + plotW / 2, bottom + 32, chart.valueLabel, `text-anchor="middle" fill="${INK}"`), '</g>');

  // Bars.
  parts.push('<g class="bars">');
  categories.forEach((name, k) => {
    const y = top + k * (band + GAP) + GAP / 2;
    parts.push(text(x0 - 6, y + band / 2 + FONT * 0.35, truncate(name, labelW), `text-anchor="end" fill="${INK}"`, name));
    if (stacked) {
      let x = x0;
      series.forEach((s, i) => {
        const w = scale(value(i, k));
        if (w > 0) {
          parts.push(
            `<rect x="${c(x)}" y="${c(y)}" width="${c(w)}" height="${STACK}" fill="${seriesColor(i)}" class="seg"><title>${esc(s.name)}: ${fmt(value(i, k), lang, decimals)}</title></rect>`,
          );
        }
        x += w;
      });
      parts.push(text(x + 4, y + STACK / 2 + FONT * 0.35, fmt(totals[k]!, lang, decimals), `fill="${INK}"`));
    } else {
      series.forEach((_s, i) => {
        const v = value(i, k);
        const by = y + i * BAR;
        const w = scale(v);
        parts.push(`<rect x="${c(x0)}" y="${c(by + 1)}" width="${c(w)}" height="${BAR - 2}" fill="${seriesColor(i)}"/>`);
        parts.push(text(x0 + w + 4, by + BAR / 2 + FONT * 0.35 - 0.5, fmt(v, lang, decimals), `fill="${INK}" font-size="${FONT - 1}"`));
      });
    }
  });
  parts.push(`<line x1="${c(x0)}" y1="${c(top)}" x2="${c(x0)}" y2="${c(bottom)}" stroke="${INK}" stroke-width="1"/>`, '</g>');
  return svgDocument(chart, WIDTH, bottom + 40, parts.join('\n'));
}
