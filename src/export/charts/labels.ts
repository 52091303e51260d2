/**
 * Labels for points without overlap, greedily (in the spirit of the point-feature label placement
 * of Christensen, Marks & Shieber 1995, without the annealing): each label in priority order
 * tries the four sides of its point, then positions nudged up or down by whole lines (drawn with
 * a leader line back to the point); a label that fits nowhere inside the plot is left out and
 * counted, and the chart's data table still names it.
 */

import { INK, WHITE } from './palette.js';
import { c, FONT, text, textWidth } from './svg.js';

export interface LabelRequest {
  x: number;
  y: number;
  /** Radius of the point's mark. */
  r: number;
  text: string;
}

export interface PlacedLabel {
  /** Index into the requests. */
  index: number;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  /** Leader line from the point to the label, for nudged labels. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function boxOf(x: number, y: number, width: number, anchor: PlacedLabel['anchor'], size: number): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x0: x0 - 1, y0: y - size * 0.8 - 1, x1: x0 + width + 1, y1: y + size * 0.25 + 1 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Places the labels (requests in priority order) inside `bounds`, clear of `obstacles` and of each other; `omitted` counts those left out. */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  size = FONT,
  obstacles: readonly Box[] = [],
): { placed: PlacedLabel[]; omitted: number } {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  let omitted = 0;
  const line = size * 1.2;
  requests.forEach((p, index) => {
    const w = textWidth(p.text, size);
    const gap = p.r + 3;
    const base = size * 0.35;
    const candidates: Array<Omit<PlacedLabel, 'index'>> = [
      { x: p.x + gap, y: p.y + base, anchor: 'start' },
      { x: p.x - gap, y: p.y + base, anchor: 'end' },
      { x: p.x, y: p.y - gap - 2, anchor: 'middle' },
      { x: p.x, y: p.y + gap + size * 0.8, anchor: 'middle' },
    ];
    for (let k = 1; k <= 6; k++) {
      for (const dir of [-1, 1]) {
        for (const side of [1, -1]) {
          const lx = p.x + side * (gap + 8);
          const ly = p.y + base + dir * k * line;
          candidates.push({
            x: lx,
            y: ly,
            anchor: side > 0 ? 'start' : 'end',
            leader: { x1: p.x + side * p.r, y1: p.y, x2: lx - side * 1.5, y2: ly - base },
          });
        }
      }
    }
    for (const cand of candidates) {
      const box = boxOf(cand.x, cand.y, w, cand.anchor, size);
      if (box.x0 < bounds.x0 || box.x1 > bounds.x1 || box.y0 < bounds.y0 || box.y1 > bounds.y1) continue;
      if (taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      placed.push({ index, ...cand });
      return;
    }
    omitted++;
  });
  return { placed, omitted };
}

/**
 * The placed labels as SVG parts, `<g class="labels">` to `</g>`: a leader line back to the
 * point where a label was nudged away, then the label's text (as requested) in ink on a white
 * halo, with the whole name as its tooltip. `extra` adds attributes to every text.
 */
export function labelParts(
  placed: readonly PlacedLabel[],
  requests: readonly LabelRequest[],
  fullText: (index: number) => string,
  leader: { stroke: string; width: number },
  extra = '',
): string[] {
  const parts = ['<g class="labels">'];
  for (const l of placed) {
    if (l.leader) {
      const { x1, y1, x2, y2 } = l.leader;
      parts.push(
        `<line x1="${c(x1)}" y1="${c(y1)}" x2="${c(x2)}" y2="${c(y2)}" stroke="${leader.stroke}" stroke-width="${leader.width}"/>`,
      );
    }
    const halo = `text-anchor="${l.anchor}" fill="${INK}" stroke="${WHITE}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"${extra}`;
    parts.push(text(l.x, l.y, requests[l.index]!.text, halo, fullText(l.index)));
  }
  parts.push('</g>');
  return parts;
}
