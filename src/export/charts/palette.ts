/**
 * Colours of the report's charts: series and communities take the map's colour-blind-safe
 * palette (Okabe & Ito 2008, then Paul Tol's "muted" scheme, src/appearance/palette.ts), counts
 * in a heatmap a single-hue sequential ramp (ColorBrewer "Blues", Harrower & Brewer 2003), and
 * the colour of text on a coloured cell is the one of near-black and white with the higher WCAG
 * 2.2 contrast ratio (relative luminance, §1.4.3), so a count stays readable on every shade.
 */

import { CATEGORY_PALETTE, OTHER_COLOR } from '../../appearance/palette.js';

export { OTHER_COLOR };

/** Text and lines: near-black on white is 17:1, the grey 7:1 (both above WCAG AA 4.5:1). */
export const INK = '#1a1a1a';
export const MUTED_INK = '#555555';
export const GRID = '#d0d0d0';
export const WHITE = '#ffffff';

/** The colour of series (or community) `i`: the palette in order, grey beyond it. */
export function seriesColor(i: number): string {
  return CATEGORY_PALETTE[i] ?? OTHER_COLOR;
}

/** ColorBrewer Blues (9 classes), light to dark. */
const BLUES = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

/** The fill of a heatmap cell: `value` of `max`; 0 is the lightest class, `max` the darkest. */
export function rampColor(value: number, max: number): string {
  if (!(max > 0) || !(value > 0)) return BLUES[0]!;
  // Square root: counts are skewed, and small non-zero counts must still be told from 0.
  const t = Math.sqrt(Math.min(1, value / max));
  return BLUES[Math.min(BLUES.length - 1, 1 + Math.floor(t * (BLUES.length - 1)))]!;
}

function channel(hex: string, i: number): number {
  const v = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** INK or WHITE, whichever reads better on `background`. */
export function textOn(background: string): string {
  return contrast(INK, background) >= contrast(WHITE, background) ? INK : WHITE;
}
