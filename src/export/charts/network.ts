/**
 * A small static overview of the network for the report: the computed layout (ForceAtlas2,
 * Jacomy et al. 2014) scaled uniformly into the viewBox (y up, as in the map), relations as one
 * thin path, organisations as round dots coloured by community with the map's palette (in legend
 * order; communities beyond the palette in grey), the labelled organisations named without
 * overlap (labels.ts), all of it a link to the interactive map. Dots of one colour and size share
 * one path of round-capped zero-length segments, which keeps large networks small.
 */

import { compareCodeUnits } from '../../compare.js';
import { emptyChart, WIDTH } from './bars.js';
import { CHART_WORDS } from './i18n.js';
import { labelParts, placeLabels } from './labels.js';
import { legend, type LegendItem } from './legend.js';
import { INK, OTHER_COLOR, WHITE, seriesColor } from './palette.js';
import { CATEGORY_PALETTE } from '../../appearance/palette.js';
import { c, esc, svgDocument, truncate } from './svg.js';
import type { ChartOptions, NetworkChart } from './types.js';

const PAD = 10;
const MIN_R = 2;
const MAX_R = 8;

/** Community number → colour: the legend's order takes the palette, the rest is grey. */
export function communityColors(chart: NetworkChart): Map<number, string> {
  const colors = new Map<number, string>();
  chart.communities.forEach((entry, i) => {
    if (i < CATEGORY_PALETTE.length) colors.set(entry.community, seriesColor(i));
  });
  return colors;
}

export function renderNetwork(chart: NetworkChart, { lang }: ChartOptions): string {
  const nodes = chart.nodes.filter((n) => Number.isFinite(n.x) && Number.isFinite(n.y));
  if (nodes.length === 0) return emptyChart(chart, lang);
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  let [minS, maxS] = [Infinity, -Infinity];
  for (const n of nodes) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
    minS = Math.min(minS, n.size);
    maxS = Math.max(maxS, n.size);
  }
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const innerW = WIDTH - 2 * PAD;
  const height = Math.round(Math.min(560, Math.max(300, (innerW * spanY) / spanX + 2 * PAD)));
  const innerH = height - 2 * PAD;
  const k = Math.min(innerW / spanX, innerH / spanY);
  const offX = PAD + (innerW - spanX * k) / 2;
  const offY = PAD + (innerH - spanY * k) / 2;
  const X = (x: number): number => offX + (x - minX) * k;
  const Y = (y: number): number => offY + (maxY - y) * k;
  const R = (s: number): number => (maxS > minS ? Math.round((MIN_R + ((s - minS) / (maxS - minS)) * (MAX_R - MIN_R)) * 2) / 2 : 3);

  const colors = communityColors(chart);
  const parts: string[] = [`<a href="${esc(chart.href)}">`, `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="${WHITE}"/>`];
  const valid = (i: number): boolean =>
    i >= 0 && i < chart.nodes.length && Number.isFinite(chart.nodes[i]!.x) && Number.isFinite(chart.nodes[i]!.y);
  const d = chart.edges
    .filter(([a, b]) => valid(a) && valid(b) && a !== b)
    .map(([a, b]) => {
      const p = chart.nodes[a]!;
      const q = chart.nodes[b]!;
      return `M${c(X(p.x))} ${c(Y(p.y))}L${c(X(q.x))} ${c(Y(q.y))}`;
    })
    .join('');
  if (d) parts.push(`<path class="edges" d="${d}" stroke="#8a8a8a" stroke-opacity="0.35" stroke-width="0.5" fill="none"/>`);

  // Dots grouped by colour and radius: grey first (underneath), then the legend's order.
  const groups = new Map<string, { color: string; r: number; rank: number; d: string[] }>();
  const rank = new Map(chart.communities.map((e, i) => [e.community, i] as const));
  for (const n of nodes) {
    const color = colors.get(n.community) ?? OTHER_COLOR;
    const r = R(n.size);
    const key = `${color}/${r}`;
    let g = groups.get(key);
    if (!g) {
      g = { color, r, rank: colors.has(n.community) ? (rank.get(n.community) ?? 0) : -1, d: [] };
      groups.set(key, g);
    }
    g.d.push(`M${c(X(n.x))} ${c(Y(n.y))}h0`);
  }
  const ordered = [...groups.values()].sort((a, b) => a.rank - b.rank || a.r - b.r || compareCodeUnits(a.color, b.color));
  parts.push('<g class="nodes" fill="none" stroke-linecap="round">');
  for (const g of ordered) parts.push(`<path d="${g.d.join('')}" stroke="${g.color}" stroke-width="${c(2 * g.r)}"/>`);
  parts.push('</g>');

  // Labels, largest organisations first.
  const labelled = nodes.filter((n) => n.label).sort((a, b) => b.size - a.size || compareCodeUnits(a.label!, b.label!));
  const requests = labelled.map((n) => ({ x: X(n.x), y: Y(n.y), r: R(n.size), text: truncate(n.label!, 140) }));
  const { placed } = placeLabels(requests, { x0: 2, y0: 2, x1: WIDTH - 2, y1: height - 2 });
  parts.push(...labelParts(placed, requests, (i) => labelled[i]!.label!, { stroke: INK, width: 0.6 }, ' font-size="11"'), '</a>');

  // Legend below the drawing.
  const items: LegendItem[] = chart.communities.slice(0, CATEGORY_PALETTE.length).map((e, i) => ({ name: e.name, fill: seriesColor(i) }));
  if (chart.communities.length > CATEGORY_PALETTE.length || nodes.some((n) => !colors.has(n.community))) {
    items.push({ name: CHART_WORDS[lang].otherCommunities, fill: OTHER_COLOR });
  }
  const key = legend(items, PAD, height + 6, WIDTH - 2 * PAD);
  parts.push(key.svg);
  return svgDocument(chart, WIDTH, height + 6 + key.height + 4, parts.join('\n'));
}
