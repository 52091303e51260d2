/** A colour legend for the charts: swatch + name, wrapped over as many lines as the width needs. */

import { INK } from './palette.js';
import { c, FONT, text, textWidth, truncate } from './svg.js';

export interface LegendItem {
  name: string;
  /** Fill of the swatch (a colour or a `url(#pattern)`). */
  fill: string;
}

const SWATCH = 11;
const ROW = 18;

/** The legend at (x, y) within `width`: its markup and the height it takes. */
export function legend(items: readonly LegendItem[], x: number, y: number, width: number): { svg: string; height: number } {
  if (items.length === 0) return { svg: '', height: 0 };
  const parts: string[] = ['<g class="legend">'];
  let cx = x;
  let cy = y;
  for (const item of items) {
    const name = truncate(item.name, width - SWATCH - 6);
    const w = SWATCH + 5 + textWidth(name) + 14;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += ROW;
    }
    parts.push(
      `<rect x="${c(cx)}" y="${c(cy)}" width="${SWATCH}" height="${SWATCH}" fill="${item.fill}" stroke="${INK}" stroke-width="0.5"/>`,
      text(cx + SWATCH + 5, cy + SWATCH - 1.5, name, `fill="${INK}"`, item.name),
    );
    cx += w;
  }
  parts.push('</g>');
  return { svg: parts.join(''), height: cy - y + ROW + 2 - (ROW - FONT) / 2 };
}
