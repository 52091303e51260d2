/**
 * The whole map as a picture for export: every visible organisation and relation (not only
 * what the canvas shows), fitted into a fixed-size frame with a title, the figures, the active
 * filters, the date it was made and the legend beside it. The scene is a list of shapes and
 * texts; export-png.ts paints it on a canvas at twice the size, export-svg.ts writes it as SVG.
 * Labels are placed greedily, largest organisation first, where they overlap nothing.
 */

import type { LegendEntry } from './appearance.js';
import type { Model } from './model.js';

export interface SceneLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  opacity: number;
}
export interface SceneCircle {
  x: number;
  y: number;
  r: number;
  color: string;
}
export interface SceneText {
  x: number;
  y: number;
  text: string;
  size: number;
  weight: number;
  color: string;
  /** A white outline behind the letters (labels on the map). */
  halo: boolean;
}
export interface SceneRect {
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
  round: boolean;
  /** A left-to-right gradient instead of one colour. */
  stops?: readonly string[];
}

export interface Scene {
  width: number;
  height: number;
  lines: SceneLine[];
  circles: SceneCircle[];
  rects: SceneRect[];
  texts: SceneText[];
}

export interface SceneInput {
  model: Model;
  colors: string[];
  sizes: number[];
  edgeColors: string[] | null;
  vis: { nodes: Uint8Array; edges: Uint8Array };
  title: string;
  subtitle: string;
  /** Lines under the title: figures, filters, date. */
  notes: string[];
  legendTitle: string;
  legend: LegendEntry[];
  gradient?: { stops: readonly string[]; ticks: Array<{ at: number; text: string }> };
  edgeLegendTitle: string;
  edgeLegend: LegendEntry[];
  sizeNote: string;
  /** Measures text width at a font size (canvas measureText in the page). */
  measure: (text: string, size: number, weight: number) => number;
}

const W = 1400;
const H = 1000;
const PAD = 24;
const LEGEND_W = 320;
const LABEL_SIZE = 11;
const MAX_LABELS = 60;

export function buildScene(input: SceneInput): Scene {
  const { model } = input;
  const { nodes, edges } = model.p;
  const texts: SceneText[] = [];
  const rects: SceneRect[] = [];
  const lines: SceneLine[] = [];
  const circles: SceneCircle[] = [];
  const text = (x: number, y: number, t: string, size: number, weight = 400, color = '#1a1a1a', halo = false) =>
    texts.push({ x, y, text: t, size, weight, color, halo });

  // Header: title, subtitle, notes.
  text(PAD, PAD + 18, input.title, 24, 700);
  text(PAD, PAD + 40, input.subtitle, 13, 400, '#444444');
  let y = PAD + 60;
  for (const note of input.notes) {
    text(PAD, y, note, 12, 400, '#333333');
    y += 16;
  }
  const top = y + 6;

  // The map frame.
  const frame = { x: PAD, y: top, w: W - LEGEND_W - 2 * PAD, h: H - top - PAD };
  rects.push({ x: frame.x, y: frame.y, w: frame.w, h: frame.h, color: '#fbfbfa', round: false });
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < model.n; i++) {
    if (!input.vis.nodes[i]) continue;
    x0 = Math.min(x0, nodes.x[i]!);
    x1 = Math.max(x1, nodes.x[i]!);
    y0 = Math.min(y0, nodes.y[i]!);
    y1 = Math.max(y1, nodes.y[i]!);
  }
  const inner = 30;
  const span = Math.max(x1 - x0, y1 - y0, 1e-9);
  const scale = Math.min((frame.w - 2 * inner) / Math.max(x1 - x0, 1e-9), (frame.h - 2 * inner) / Math.max(y1 - y0, 1e-9), 1e9);
  const k = Number.isFinite(scale) && scale < 1e9 ? scale : (frame.w - 2 * inner) / span;
  const cx = frame.x + frame.w / 2;
  const cy = frame.y + frame.h / 2;
  const mx = (x0 + x1) / 2;
  const my = (y0 + y1) / 2;
  // Graph y grows upwards (as sigma draws it); the picture's y grows downwards.
  const px = (i: number) => (Number.isFinite(mx) ? cx + (nodes.x[i]! - mx) * k : cx);
  const py = (i: number) => (Number.isFinite(my) ? cy - (nodes.y[i]! - my) * k : cy);
  const radius = (i: number) => Math.max(1.2, input.sizes[i]! * 0.8);

  const heavy = model.m > 20000;
  for (let j = 0; j < model.m; j++) {
    if (!input.vis.edges[j]) continue;
    const s = edges.source[j]!;
    const t = edges.target[j]!;
    lines.push({
      x1: px(s),
      y1: py(s),
      x2: px(t),
      y2: py(t),
      color: input.edgeColors?.[j] ?? '#9a9a9a',
      width: heavy ? 0.4 : 0.8,
      opacity: input.edgeColors ? 0.75 : 0.45,
    });
  }
  const order: number[] = [];
  for (let i = 0; i < model.n; i++) if (input.vis.nodes[i]) order.push(i);
  // Small circles first, so the big ones are on top.
  order.sort((a, b) => input.sizes[a]! - input.sizes[b]! || a - b);
  for (const i of order) circles.push({ x: px(i), y: py(i), r: radius(i), color: input.colors[i]! });

  // Labels: largest first, where they overlap no other label and stay in the frame.
  const placed: Array<{ x: number; y: number; w: number; h: number }> = [];
  let count = 0;
  for (let q = order.length - 1; q >= 0 && count < MAX_LABELS; q--) {
    const i = order[q]!;
    if (model.n > 300 && (model.adjStart[i + 1]! - model.adjStart[i]! === 0 || radius(i) < 3)) continue;
    const label = nodes.label[i]!;
    const w = input.measure(label, LABEL_SIZE, 500) + 4;
    const h = LABEL_SIZE + 4;
    const r = radius(i);
    for (const b of [
      { x: px(i) + r + 2, y: py(i) - h / 2, w, h },
      { x: px(i) - r - 2 - w, y: py(i) - h / 2, w, h },
    ]) {
      if (b.x < frame.x + 2 || b.x + b.w > frame.x + frame.w - 2 || b.y < frame.y + 2 || b.y + b.h > frame.y + frame.h - 2) continue;
      if (placed.some((o) => b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h)) continue;
      placed.push(b);
      text(b.x + 2, b.y + h - 4, label, LABEL_SIZE, 500, '#1a1a1a', true);
      count++;
      break;
    }
  }

  // Legend column.
  const lx = W - LEGEND_W + 4;
  let ly = top + 4;
  const legendBlock = (title: string, entries: LegendEntry[], round: boolean) => {
    text(lx, ly + 14, title, 15, 700);
    ly += 26;
    for (const e of entries) {
      if (ly > H - PAD - 40) break;
      rects.push({ x: lx, y: ly, w: 12, h: 12, color: e.color === 'mixed' ? '#b0b0b0' : e.color, round });
      const label = `${e.label} (${e.count})`;
      text(lx + 20, ly + 11, ellipsize(label, LEGEND_W - 40, 12, input.measure), 12);
      ly += 19;
    }
    ly += 10;
  };
  if (input.gradient) {
    text(lx, ly + 14, input.legendTitle, 15, 700);
    ly += 26;
    rects.push({ x: lx, y: ly, w: LEGEND_W - 60, h: 14, color: input.gradient.stops[0]!, round: false, stops: input.gradient.stops });
    ly += 30;
    for (const t of input.gradient.ticks) {
      const tx = lx + t.at * (LEGEND_W - 60);
      text(Math.max(lx, Math.min(lx + LEGEND_W - 100, tx - 12)), ly - 4, t.text, 11, 400, '#333333');
    }
    ly += 6;
    if (input.legend.length) {
      for (const e of input.legend) {
        rects.push({ x: lx, y: ly, w: 12, h: 12, color: e.color, round: true });
        text(lx + 20, ly + 11, `${e.label} (${e.count})`, 12);
        ly += 19;
      }
    }
    ly += 10;
  } else legendBlock(input.legendTitle, input.legend, true);
  if (input.edgeLegend.length) legendBlock(input.edgeLegendTitle, input.edgeLegend, false);
  text(lx, Math.min(ly + 6, H - PAD), ellipsize(input.sizeNote, LEGEND_W - 20, 11, input.measure), 11, 400, '#444444');
  return { width: W, height: H, lines, circles, rects, texts };
}

/** Shortens a text with "…" to fit a width. */
function ellipsize(t: string, width: number, size: number, measure: SceneInput['measure']): string {
  if (measure(t, size, 400) <= width) return t;
  let s = t;
  while (s.length > 1 && measure(`${s}…`, size, 400) > width) s = s.slice(0, -1);
  return `${s}…`;
}
