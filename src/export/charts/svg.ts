/**
 * Building blocks shared by the SVG chart renderers: escaped text, coordinates with fixed
 * decimals (deterministic bytes), ids that are safe in `id`/`aria-labelledby`, the `<svg>` root
 * with its accessible name (`role="img"`, `<title>` and `<desc>` referenced by
 * `aria-labelledby`/`aria-describedby`, as in WAI-ARIA Graphics Module §4 and the SVG 2
 * accessibility notes), a rough text width for layout (no font metrics in a pure function) and
 * label truncation. No fixed pixel size: only a `viewBox`, so the drawing scales and prints.
 */

import { escapeHtml } from '../html/escape.js';
import type { Chart } from './types.js';

/** Text or attribute value escaped for both XML (the SVG) and HTML. */
export function esc(text: string): string {
  // Characters XML 1.0 forbids (C0 controls except tab/newline/CR) become spaces.
  return escapeHtml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ' '));
}

/** A coordinate with at most one decimal, `-0` written as `0`: the same bytes on every machine. */
export function c(value: number): string {
  const r = Math.round(value * 10) / 10;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/** A chart id reduced to `[A-Za-z0-9_-]`, prefixed so it is a valid and distinct HTML id. */
export function chartDomId(chart: Pick<Chart, 'id'>): string {
  return `chart-${chart.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Font size of chart text (viewBox units); the page's CSS keeps the font family. */
export const FONT = 12;
/** Average advance of a character of the sans-serif chart font, in ems (generous). */
const EM_ADVANCE = 0.58;

/** Estimated width of `text` in viewBox units at `size` (an upper bound for most text). */
export function textWidth(text: string, size = FONT): number {
  return [...text].length * size * EM_ADVANCE;
}

/** `text` cut to at most `max` units wide, with an ellipsis when cut. */
export function truncate(text: string, max: number, size = FONT): string {
  if (textWidth(text, size) <= max) return text;
  const chars = [...text];
  const keep = Math.max(1, Math.floor(max / (size * EM_ADVANCE)) - 1);
  return `${chars.slice(0, keep).join('').trimEnd()}…`;
}

/** A `<text>` element; `attrs` is already-escaped attribute text. Long text keeps its full form in a `<title>`. */
export function text(x: number, y: number, content: string, attrs = '', full?: string): string {
  const tip = full !== undefined && full !== content ? `<title>${esc(full)}</title>` : '';
  return `<text x="${c(x)}" y="${c(y)}"${attrs ? ` ${attrs}` : ''}>${tip}${esc(content)}</text>`;
}

/**
 * The root element: `viewBox` only (no width/height, so it scales with the page), the accessible
 * name and description by id, then `body`.
 */
export function svgDocument(chart: Chart, width: number, height: number, body: string): string {
  const id = chartDomId(chart);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg chart-${chart.kind}" viewBox="0 0 ${c(width)} ${c(height)}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-size="${FONT}">`,
    `<title id="${id}-title">${esc(chart.title)}</title>`,
    `<desc id="${id}-desc">${esc(chart.desc)}</desc>`,
    body,
    '</svg>',
  ].join('\n');
}
