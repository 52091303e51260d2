/**
 * The influence × involvement grid: one dot per organisation on two 0–1 axes, split into four
 * named quadrants, like the stakeholder power/interest grid (Mendelow 1991; Eden & Ackermann
 * 1998). Highlighted organisations (the engagement shortlist) are drawn larger, in a contrasting
 * colour with an outline, and labelled without overlap (labels.ts). All other dots share one
 * path of round-capped zero-length segments, so ten thousand organisations stay small.
 */

import type { Lang } from '../../config/options.js';
import { formatNumber } from '../report-format.js';
import { emptyChart, WIDTH } from './bars.js';
import { CHART_WORDS } from './i18n.js';
import { type Box, labelParts, placeLabels } from './labels.js';
import { GRID, INK, MUTED_INK, WHITE } from './palette.js';
import { c, esc, FONT, svgDocument, text, textWidth, truncate } from './svg.js';
import type { ChartOptions, QuadrantChart } from './types.js';

const PAD = 8;
const LEFT = 56;
const BOTTOM = 48;
const PLOT_H = 420;
/** Dots of highlighted organisations (Okabe–Ito vermillion) and of all others (blue, translucent). */
const HIGHLIGHT = '#D55E00';
const DOT = '#0072B2';
/** Tints of the quadrants: top-left, top-right, bottom-left, bottom-right. */
const TINTS = ['#f4f4f4', '#fdf0e6', '#fafafa', '#f4f4f4'];
/** At most this many labels are tried (the rest are in the table). */
export const MAX_LABELS = 30;
/** Labels longer than this (viewBox units) are shortened; the full name is in the tooltip and the table. */
const LABEL_W = 130;

/** A share 0–1 as a whole percentage. */
export function percent(value: number, lang: Lang): string {
  return `${formatNumber(value * 100, lang, 0)}%`;
}

const clamp = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);

export function renderQuadrant(chart: QuadrantChart, { lang }: ChartOptions): string {
  if (chart.points.length === 0) return emptyChart(chart, lang);
  const x0 = PAD + LEFT;
  const y0 = PAD + 4;
  const plotW = WIDTH - x0 - PAD - 16;
  const plotH = PLOT_H;
  // Dots at 0 % and 100 % stay whole inside the frame.
  const inset = 6;
  const px = (v: number): number => x0 + inset + clamp(v) * (plotW - 2 * inset);
  const py = (v: number): number => y0 + inset + (1 - clamp(v)) * (plotH - 2 * inset);
  const sx = px(chart.xSplit);
  const sy = py(chart.ySplit);

  const parts: string[] = [];
  // Quadrant backgrounds and names (top-left, top-right, bottom-left, bottom-right).
  const boxes = [
    [x0, y0, sx, sy],
    [sx, y0, x0 + plotW, sy],
    [x0, sy, sx, y0 + plotH],
    [sx, sy, x0 + plotW, y0 + plotH],
  ] as const;
  parts.push('<g class="quadrants">');
  /** The quadrant names' boxes: labels of points keep clear of them. */
  const nameBoxes: Box[] = [];
  /** The names, drawn over the dots (with a white halo) so a crowded edge cannot hide them. */
  const names: string[] = ['<g class="quadrant-names">'];
  boxes.forEach(([a, b, cx, d], i) => {
    parts.push(`<rect x="${c(a)}" y="${c(b)}" width="${c(cx - a)}" height="${c(d - b)}" fill="${TINTS[i]}"/>`);
  });
  boxes.forEach(([a, b, cx, d], i) => {
    const name = chart.quadrants[i]!;
    const right = i % 2 === 1;
    const topRow = i < 2;
    const tx = right ? cx - 6 : a + 6;
    const ty = topRow ? b + FONT + 4 : d - 6;
    const shown = truncate(name, Math.max(40, cx - a - 12));
    const w = textWidth(shown) * 1.08; // bold is a little wider
    nameBoxes.push({ x0: right ? tx - w : tx, y0: ty - FONT, x1: right ? tx : tx + w, y1: ty + 3 });
    names.push(
      text(
        tx,
        ty,
        shown,
        `text-anchor="${right ? 'end' : 'start'}" fill="${MUTED_INK}" font-weight="bold" stroke="${WHITE}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`,
        name,
      ),
    );
  });
  parts.push(
    `<line x1="${c(sx)}" y1="${c(y0)}" x2="${c(sx)}" y2="${c(y0 + plotH)}" stroke="${MUTED_INK}" stroke-width="1" stroke-dasharray="4 3"/>`,
    `<line x1="${c(x0)}" y1="${c(sy)}" x2="${c(x0 + plotW)}" y2="${c(sy)}" stroke="${MUTED_INK}" stroke-width="1" stroke-dasharray="4 3"/>`,
    `<rect x="${c(x0)}" y="${c(y0)}" width="${c(plotW)}" height="${c(plotH)}" fill="none" stroke="${GRID}" stroke-width="1"/>`,
    '</g>',
  );

  // Axes: ticks at 0, 25, 50, 75 and 100%.
  parts.push('<g class="axis">');
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(text(px(t), y0 + plotH + 15, percent(t, lang), `text-anchor="middle" fill="${MUTED_INK}"`));
    parts.push(text(x0 - 5, py(t) + FONT * 0.35, percent(t, lang), `text-anchor="end" fill="${MUTED_INK}"`));
  }
  parts.push(text(x0 + plotW / 2, y0 + plotH + 36, chart.xLabel, `text-anchor="middle" fill="${INK}"`));
  const ly = y0 + plotH / 2;
  parts.push(
    `<text x="${c(PAD + FONT)}" y="${c(ly)}" transform="rotate(-90 ${c(PAD + FONT)} ${c(ly)})" text-anchor="middle" fill="${INK}">${esc(chart.yLabel)}</text>`,
    '</g>',
  );

  // The dots: all others first, one path; then the highlighted ones on top.
  const plain = chart.points.filter((p) => !p.highlight);
  const marked = chart.points.filter((p) => p.highlight);
  if (plain.length > 0) {
    const d = plain.map((p) => `M${c(px(p.x))} ${c(py(p.y))}h0`).join('');
    // Many dots: lighter and smaller, so where they pile up still shows (a density cue).
    const opacity = plain.length > 500 ? Math.max(0.12, 0.45 * Math.sqrt(500 / plain.length)) : 0.45;
    const width = plain.length > 2000 ? 4 : 5;
    parts.push(
      `<path class="dots" d="${d}" stroke="${DOT}" stroke-opacity="${opacity.toFixed(2)}" stroke-width="${width}" stroke-linecap="round" fill="none"/>`,
    );
  }
  if (marked.length > 0) {
    const d = marked.map((p) => `M${c(px(p.x))} ${c(py(p.y))}h0`).join('');
    parts.push(`<path class="dots-highlight" d="${d}" stroke="${INK}" stroke-width="10" stroke-linecap="round" fill="none"/>`);
    parts.push(`<path d="${d}" stroke="${HIGHLIGHT}" stroke-width="7.5" stroke-linecap="round" fill="none"/>`);
  }

  names.push('</g>');
  parts.push(names.join(''));

  // Labels of the highlighted points, in the order given (the report puts the most important first).
  const labelled = marked.filter((p) => p.label).slice(0, MAX_LABELS);
  const requests = labelled.map((p) => ({ x: px(p.x), y: py(p.y), r: 5, text: truncate(p.label!, LABEL_W) }));
  const { placed, omitted } = placeLabels(
    requests,
    { x0, y0, x1: x0 + plotW, y1: y0 + plotH },
    FONT,
    // Labels keep clear of the quadrant names and of every highlighted dot.
    [...nameBoxes, ...marked.map((p) => ({ x0: px(p.x) - 5, y0: py(p.y) - 5, x1: px(p.x) + 5, y1: py(p.y) + 5 }))],
  );
  const notTried = marked.filter((p) => p.label).length - labelled.length;
  parts.push(...labelParts(placed, requests, (i) => labelled[i]!.label!, { stroke: MUTED_INK, width: 0.75 }));
  let height = y0 + plotH + BOTTOM;
  if (omitted + notTried > 0) {
    parts.push(
      text(
        x0,
        height - 2,
        CHART_WORDS[lang].labelsOmitted(formatNumber(omitted + notTried, lang, 0)),
        `fill="${MUTED_INK}" font-size="${FONT - 1}"`,
      ),
    );
    height += 8;
  }
  return svgDocument(chart, WIDTH, height, parts.join('\n'));
}
