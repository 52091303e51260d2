/**
 * The map's labels and hover highlight, drawn on a 2D canvas layer above sigma's WebGL layers
 * (sigma's own label layer is off). Labels are placed greedily, largest organisation first,
 * each at the first free spot right, left, above or below its circle (a grid of placed boxes
 * finds overlaps), and kept inside the canvas, so no label overlaps another or is cut at the
 * edge. An organisation in focus (hovered or selected) is labelled in bold, and its neighbours, largest
 * first, wherever a label fits, up to FOCUS_LABEL_CAP; "+N more" under it counts the others. Hover draws only on this layer (a white veil, the
 * neighbourhood's relations and circles on top): the WebGL layers are not redrawn, which keeps
 * hover within a frame on a map of 10,000 organisations.
 */

import type Sigma from 'sigma';
import type { Model } from './model.js';
import { otherEnd } from './model.js';

/** At most this many neighbours of the organisation in focus are labelled. */
export const FOCUS_LABEL_CAP = 30;
const FONT_SIZE = 12.5;
const FONT = `500 ${FONT_SIZE}px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif`;
const BOLD = `700 ${FONT_SIZE + 0.5}px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif`;
const LINE = FONT_SIZE + 4;
const CELL = 64;
/** One background label per this many square pixels at most. */
const AREA_PER_LABEL = 14000;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelInput {
  colors: string[];
  /** Organisations and relations the filters leave visible. */
  vis: { nodes: Uint8Array; edges: Uint8Array };
  /** Organisation indices, largest first. */
  order: Int32Array;
  labels: boolean;
  hovered: number;
  selected: number;
  /** Hidden by the selection's dimming (not in the selected neighbourhood). */
  dimmed: (i: number) => boolean;
  more: (n: number) => string;
  /** Parts of the canvas covered by other things (the toolbar), where no label goes. */
  reserved: Box[];
}

export class LabelLayer {
  private ctx: CanvasRenderingContext2D;
  private widths: Float32Array;
  private bold = new Map<number, number>();
  private boxes = new Map<number, Box[]>();
  /** Labels drawn in the last frame (for tests): organisation index → box. */
  drawn = new Map<number, Box>();

  constructor(
    private renderer: Sigma,
    private model: Model,
    canvas: HTMLCanvasElement,
  ) {
    this.ctx = canvas.getContext('2d')!;
    this.widths = new Float32Array(model.n).fill(-1);
  }

  private width(i: number, bold: boolean): number {
    if (bold) {
      let w = this.bold.get(i);
      if (w === undefined) {
        this.ctx.font = BOLD;
        this.bold.set(i, (w = this.ctx.measureText(this.model.p.nodes.label[i]!).width));
      }
      return w;
    }
    if (this.widths[i]! < 0) {
      this.ctx.font = FONT;
      this.widths[i] = this.ctx.measureText(this.model.p.nodes.label[i]!).width;
    }
    return this.widths[i]!;
  }

  private free(b: Box): boolean {
    for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.w) / CELL); cx++)
      for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.h) / CELL); cy++)
        for (const o of this.boxes.get(cx * 4096 + cy) ?? [])
          if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) return false;
    return true;
  }

  private occupy(b: Box): void {
    for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.w) / CELL); cx++)
      for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.h) / CELL); cy++) {
        const k = cx * 4096 + cy;
        const list = this.boxes.get(k);
        if (list) list.push(b);
        else this.boxes.set(k, [b]);
      }
  }

  /** Viewport position and rendered radius of organisation i, or null when hidden. */
  private at(i: number): { x: number; y: number; r: number } | null {
    const d = this.renderer.getNodeDisplayData(this.model.p.nodes.id[i]!);
    if (!d || d.hidden) return null;
    const p = this.renderer.framedGraphToViewport(d);
    return { x: p.x, y: p.y, r: this.renderer.scaleSize(d.size) };
  }

  /**
   * Places a label beside a circle: right, left, above, below, the first that is free and inside
   * W × H; `force` places it (right or left, kept inside) even where it overlaps.
   */
  private place(i: number, p: { x: number; y: number; r: number }, W: number, H: number, force: boolean, bold = false): Box | null {
    const w = this.width(i, bold) + 4;
    const h = LINE;
    const gap = p.r + 3;
    const inside = (b: Box) => ({
      x: Math.max(1, Math.min(W - b.w - 1, b.x)),
      y: Math.max(1, Math.min(H - b.h - 1, b.y)),
      w: b.w,
      h: b.h,
    });
    const candidates: Box[] = [
      { x: p.x + gap, y: p.y - h / 2, w, h },
      { x: p.x - gap - w, y: p.y - h / 2, w, h },
      { x: p.x - w / 2, y: p.y - gap - h, w, h },
      { x: p.x - w / 2, y: p.y + gap, w, h },
    ];
    for (const c of candidates) {
      // A spot that had to be moved far to stay inside no longer belongs to its circle.
      const b = inside(c);
      if (Math.abs(b.x - c.x) > w / 2 || Math.abs(b.y - c.y) > h) continue;
      if (this.free(b)) return b;
    }
    if (!force) return null;
    return inside(p.x + gap + w <= W ? candidates[0]! : candidates[1]!);
  }

  private text(i: number, b: Box, bold: boolean, label = this.model.p.nodes.label[i]!): void {
    const ctx = this.ctx;
    ctx.font = bold ? BOLD : FONT;
    ctx.lineWidth = 3.5;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = 'rgba(255,255,255,0.92)';
    ctx.fillStyle = '#1a1a1a';
    ctx.textBaseline = 'middle';
    ctx.strokeText(label, b.x + 2, b.y + b.h / 2);
    ctx.fillText(label, b.x + 2, b.y + b.h / 2);
  }

  /** Neighbours of i over visible relations. */
  private neighbours(i: number, vis: LabelInput['vis']): number[] {
    const out: number[] = [];
    for (let k = this.model.adjStart[i]!; k < this.model.adjStart[i + 1]!; k++) {
      const j = this.model.adjEdges[k]!;
      if (vis.edges[j]) out.push(otherEnd(this.model, j, i));
    }
    return out;
  }

  /** Labels a focus organisation and its neighbours (largest first, up to the cap), and "+N more". */
  private focusLabels(f: number, nbs: number[], input: LabelInput, W: number, H: number): void {
    const pf = this.at(f);
    let fb: Box | null = null;
    if (pf) {
      fb = this.place(f, pf, W, H, true, true)!;
      this.occupy(fb);
      this.occupy({ x: pf.x - pf.r, y: pf.y - pf.r, w: 2 * pf.r, h: 2 * pf.r });
      // Room for "+N more" under it.
      this.occupy({ x: fb.x, y: fb.y + fb.h, w: fb.w, h: LINE });
      this.drawn.set(f, fb);
    }
    const sorted = [...new Set(nbs)].filter((o) => o !== f);
    const size = (o: number) => this.model.p.nodes.metrics.pagerank[o] ?? 0;
    sorted.sort((a, b) => size(b) - size(a) || a - b);
    // Neighbours where a label fits without covering another; the rest are counted in "+N more".
    let shown = 0;
    for (const o of sorted) {
      if (shown >= FOCUS_LABEL_CAP) break;
      const p = this.at(o);
      if (!p || p.x < 0 || p.y < 0 || p.x > W || p.y > H) continue;
      const b = this.place(o, p, W, H, false);
      if (!b) continue;
      this.occupy(b);
      this.text(o, b, false);
      this.drawn.set(o, b);
      shown++;
    }
    if (fb) {
      // The organisation in focus: bold, on a white box, above its neighbours' labels.
      this.ctx.fillStyle = 'rgba(255,255,255,0.95)';
      this.ctx.fillRect(fb.x, fb.y, fb.w, fb.h);
      this.text(f, fb, true);
    }
    const rest = sorted.length - shown;
    if (rest > 0 && fb) {
      const label = input.more(rest);
      this.ctx.font = FONT;
      const w = this.ctx.measureText(label).width + 4;
      const b = { x: Math.max(1, Math.min(W - w - 1, fb.x)), y: Math.min(H - LINE - 1, fb.y + LINE), w, h: LINE };
      this.ctx.fillStyle = 'rgba(255,255,255,0.9)';
      this.ctx.fillRect(b.x, b.y, b.w, b.h);
      this.ctx.font = FONT;
      this.ctx.fillStyle = '#0b57b8';
      this.ctx.textBaseline = 'middle';
      this.ctx.fillText(label, b.x + 2, b.y + b.h / 2);
      this.moreLabel = label;
    }
  }

  /**
   * Labels for other things on the map (knowledge products), given by their display key, after
   * the organisations' labels: only where they overlap nothing; a `strong` one (the selected
   * product) even where it does.
   */
  drawExtra(items: Array<{ key: string; text: string; strong: boolean }>): void {
    const { width: W, height: H } = this.renderer.getDimensions();
    for (const it of items) {
      const d = this.renderer.getNodeDisplayData(it.key);
      if (!d || d.hidden) continue;
      const p = this.renderer.framedGraphToViewport(d);
      if (p.x < 0 || p.y < 0 || p.x > W || p.y > H) continue;
      const r = this.renderer.scaleSize(d.size);
      this.ctx.font = it.strong ? BOLD : FONT;
      const w = this.ctx.measureText(it.text).width + 4;
      const b = { x: Math.max(1, Math.min(W - w - 1, p.x + r + 3)), y: Math.max(1, Math.min(H - LINE - 1, p.y - LINE / 2)), w, h: LINE };
      if (!it.strong && !this.free(b)) continue;
      this.occupy(b);
      this.text(-1, b, it.strong, it.text);
    }
  }

  /** The "+N more" text of the last frame ('' when none). */
  moreLabel = '';

  draw(input: LabelInput): void {
    const { width: W, height: H } = this.renderer.getDimensions();
    const ctx = this.ctx;
    ctx.clearRect(0, 0, W, H);
    this.boxes.clear();
    this.drawn.clear();
    this.moreLabel = '';
    for (const r of input.reserved) this.occupy(r);
    const hovered = input.hovered >= 0 && input.vis.nodes[input.hovered] ? input.hovered : -1;
    const sel = input.selected >= 0 && input.vis.nodes[input.selected] ? input.selected : -1;

    // 1. The selected neighbourhood (the rest is dimmed by the reducers), else the background labels.
    if (sel >= 0 && hovered < 0) this.focusLabels(sel, this.neighbours(sel, input.vis), input, W, H);
    else if (input.labels && hovered < 0) {
      const budget = Math.max(8, Math.floor((W * H) / AREA_PER_LABEL));
      let placed = 0;
      for (let k = 0; k < input.order.length && placed < budget; k++) {
        const i = input.order[k]!;
        if (!input.vis.nodes[i] || input.dimmed(i)) continue;
        const p = this.at(i);
        if (!p || p.x < -p.r || p.y < -p.r || p.x > W + p.r || p.y > H + p.r) continue;
        // Tiny circles are not labelled unless the map is small enough to name everything.
        if (p.r < 2 && this.model.n > 300) continue;
        const b = this.place(i, p, W, H, false);
        if (!b) continue;
        this.occupy(b);
        // Its circle too, so smaller organisations' labels do not cover it.
        this.occupy({ x: p.x - p.r, y: p.y - p.r, w: 2 * p.r, h: 2 * p.r });
        this.text(i, b, false);
        this.drawn.set(i, b);
        placed++;
      }
    }

    // 2. Hover: veil the map, then draw the hovered neighbourhood on top of it.
    if (hovered >= 0) {
      const nbs = this.neighbours(hovered, input.vis);
      const ph = this.at(hovered);
      ctx.fillStyle = 'rgba(255,255,255,0.7)';
      ctx.fillRect(0, 0, W, H);
      if (ph) {
        ctx.strokeStyle = 'rgba(60,60,60,0.75)';
        ctx.lineWidth = 1.2;
        ctx.beginPath();
        for (const o of nbs) {
          const p = this.at(o);
          if (!p) continue;
          ctx.moveTo(ph.x, ph.y);
          ctx.lineTo(p.x, p.y);
        }
        ctx.stroke();
      }
      for (const o of [...nbs, hovered]) {
        const p = this.at(o);
        if (!p) continue;
        ctx.beginPath();
        ctx.arc(p.x, p.y, Math.max(2, p.r), 0, Math.PI * 2);
        ctx.fillStyle = input.colors[o]!;
        ctx.fill();
        ctx.lineWidth = o === hovered ? 2.5 : 1;
        ctx.strokeStyle = o === hovered ? '#1a1a1a' : 'rgba(255,255,255,0.9)';
        ctx.stroke();
      }
      this.focusLabels(hovered, nbs, input, W, H);
    }
  }
}
