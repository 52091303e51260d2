/**
 * A heatmap of counts (rows × columns, e.g. the type × type mixing matrix or product reach per
 * type): each cell shaded by its count on a sequential ramp and the count written in it, in the
 * colour that contrasts best with the shade (WCAG 2.2 contrast, palette.ts), so the chart can be
 * read without telling shades apart.
 */

import { emptyChart, decimalsFor, fmt, WIDTH } from './bars.js';
import { GRID, INK, MUTED_INK, rampColor, textOn } from './palette.js';
import { c, esc, FONT, svgDocument, text, textWidth, truncate } from './svg.js';
import type { ChartOptions, HeatmapChart } from './types.js';

const PAD = 8;
/** Column labels are drawn at this angle (degrees, upwards), so long names fit. */
const ANGLE = 40;

export function renderHeatmap(chart: HeatmapChart, { lang }: ChartOptions): string {
  const { rows, columns, values } = chart;
  if (rows.length === 0 || columns.length === 0) return emptyChart(chart, lang);
  const at = (r: number, k: number): number => values[r]?.[k] ?? 0;
  const all = rows.flatMap((_, r) => columns.map((_c, k) => at(r, k)));
  const decimals = decimalsFor(all);
  const max = Math.max(0, ...all);

  const labelW = Math.min(230, Math.max(textWidth(chart.rowLabel), ...rows.map((r) => textWidth(r))) + 6);
  const x0 = PAD + labelW + 6;
  const cell = Math.max(22, Math.min(64, (WIDTH - x0 - PAD - 60) / columns.length));
  const colLabelMax = 200;
  const rad = (ANGLE * Math.PI) / 180;
  const longest = Math.min(colLabelMax, Math.max(...columns.map((name) => textWidth(name))));
  const headerH = longest * Math.sin(rad) + FONT + 22;
  const y0 = PAD + headerH;
  const gridW = cell * columns.length;
  const cellH = Math.max(22, Math.min(34, cell));
  const gridH = cellH * rows.length;
  const width = Math.max(WIDTH, x0 + gridW + longest * Math.cos(rad) + PAD);

  const parts: string[] = [];
  parts.push(text(x0 + gridW / 2, PAD + FONT, chart.columnLabel, `text-anchor="middle" fill="${INK}" font-weight="bold"`));
  parts.push(text(x0 - 6, y0 - 6, chart.rowLabel, `text-anchor="end" fill="${INK}" font-weight="bold"`));
  parts.push('<g class="columns">');
  columns.forEach((name, k) => {
    const x = x0 + (k + 0.5) * cell;
    const label = truncate(name, colLabelMax);
    parts.push(
      `<text x="${c(x)}" y="${c(y0 - 6)}" transform="rotate(-${ANGLE} ${c(x)} ${c(y0 - 6)})" fill="${INK}">${label === name ? '' : `<title>${esc(name)}</title>`}${esc(label)}</text>`,
    );
  });
  parts.push('</g>', '<g class="cells">');
  rows.forEach((name, r) => {
    const y = y0 + r * cellH;
    parts.push(text(x0 - 6, y + cellH / 2 + FONT * 0.35, truncate(name, labelW), `text-anchor="end" fill="${INK}"`, name));
    columns.forEach((_col, k) => {
      const v = at(r, k);
      const fill = rampColor(v, max);
      const x = x0 + k * cell;
      parts.push(
        `<rect x="${c(x)}" y="${c(y)}" width="${c(cell)}" height="${c(cellH)}" fill="${fill}" stroke="${GRID}" stroke-width="1"/>`,
      );
      parts.push(
        text(
          x + cell / 2,
          y + cellH / 2 + FONT * 0.35,
          fmt(v, lang, decimals),
          `text-anchor="middle" fill="${textOn(fill)}" font-size="${cell < 30 ? FONT - 2 : FONT}"`,
        ),
      );
    });
  });
  parts.push('</g>');
  parts.push(
    `<rect x="${c(x0)}" y="${c(y0)}" width="${c(gridW)}" height="${c(gridH)}" fill="none" stroke="${MUTED_INK}" stroke-width="1"/>`,
  );
  return svgDocument(chart, width, y0 + gridH + PAD, parts.join('\n'));
}
