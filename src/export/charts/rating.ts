/**
 * Mean rating per group with its number of ratings (n), as horizontal bars on the rating scale.
 * A group below the publication threshold (docs/contract.md §6) is drawn as a hatched, empty bar
 * with the word for "suppressed": never as a bar of length 0, which would read as a mean of 0.
 */

import { formatNumber } from '../report-format.js';
import { emptyChart, WIDTH } from './bars.js';
import { niceAxis } from './axis.js';
import { CHART_WORDS } from './i18n.js';
import { GRID, INK, MUTED_INK, seriesColor, WHITE } from './palette.js';
import { c, chartDomId, FONT, svgDocument, text, textWidth, truncate } from './svg.js';
import type { ChartOptions, RatingChart } from './types.js';

const PAD = 8;
const BAR = 18;
const GAP = 8;

export function renderRating(chart: RatingChart, { lang }: ChartOptions): string {
  if (chart.groups.length === 0) return emptyChart(chart, lang);
  const words = CHART_WORDS[lang];
  const axis = niceAxis(Math.max(chart.max, 1), 5, true);
  const labelW = Math.min(230, Math.max(...chart.groups.map((g) => textWidth(g.name))) + 6);
  const x0 = PAD + labelW + 6;
  const endW = textWidth(`${formatNumber(axis.max, lang, 1)} · ${words.n('0000')}`) + 8;
  const plotW = WIDTH - x0 - PAD - endW;
  const scale = (v: number): number => (Math.max(0, Math.min(axis.max, v)) / axis.max) * plotW;
  const top = PAD;
  const bottom = top + chart.groups.length * (BAR + GAP);
  const hatch = `${chartDomId(chart)}-hatch`;

  const parts: string[] = [
    `<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${WHITE}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" stroke-width="2"/></pattern></defs>`,
    '<g class="axis">',
  ];
  for (const t of axis.ticks) {
    const x = x0 + scale(t);
    parts.push(`<line x1="${c(x)}" y1="${c(top)}" x2="${c(x)}" y2="${c(bottom)}" stroke="${GRID}" stroke-width="1"/>`);
    parts.push(text(x, bottom + 14, formatNumber(t, lang, 0), `text-anchor="middle" fill="${MUTED_INK}"`));
  }
  parts.push('</g>', '<g class="bars">');
  chart.groups.forEach((g, k) => {
    const y = top + k * (BAR + GAP) + GAP / 2;
    const mid = y + BAR / 2 + FONT * 0.35;
    const n = words.n(formatNumber(g.n, lang, 0));
    parts.push(text(x0 - 6, mid, truncate(g.name, labelW), `text-anchor="end" fill="${INK}"`, g.name));
    if (g.suppressed || g.mean === null) {
      const word = g.suppressed ? chart.suppressedLabel : words.noRatings;
      if (g.suppressed) {
        parts.push(
          `<rect class="suppressed" x="${c(x0)}" y="${c(y)}" width="${c(plotW)}" height="${BAR}" fill="url(#${hatch})" stroke="${MUTED_INK}" stroke-width="1" stroke-dasharray="3 2"/>`,
        );
      }
      parts.push(
        text(
          x0 + (g.suppressed ? plotW / 2 : 6),
          mid,
          `${word} · ${n}`,
          `text-anchor="${g.suppressed ? 'middle' : 'start'}" fill="${INK}" stroke="${WHITE}" stroke-width="4" stroke-linejoin="round" paint-order="stroke" font-style="italic"`,
        ),
      );
      return;
    }
    const w = scale(g.mean);
    parts.push(`<rect class="mean" x="${c(x0)}" y="${c(y)}" width="${c(w)}" height="${BAR}" fill="${seriesColor(0)}"/>`);
    parts.push(text(x0 + w + 4, mid, `${formatNumber(g.mean, lang, 1)} · ${n}`, `fill="${INK}"`));
  });
  parts.push(`<line x1="${c(x0)}" y1="${c(top)}" x2="${c(x0)}" y2="${c(bottom)}" stroke="${INK}" stroke-width="1"/>`, '</g>');
  return svgDocument(chart, WIDTH, bottom + 24, parts.join('\n'));
}
