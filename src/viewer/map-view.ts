/**
 * The canvas map: a graphology graph handed to sigma v3 with display attributes only (x, y,
 * size, color, label; the category lives in `kind`), and every dynamic look — colour and size
 * modes, relation colours, filters, the selection's highlight, products layer — applied through
 * sigma's node and edge reducers (sigma story "use-reducers"). Labels and the hover highlight
 * are drawn by the label layer (label-layer.ts) on a canvas of its own. Also zoom, fit, and
 * framing an organisation with its neighbourhood.
 */

import { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { PRODUCT_COLOR } from '../appearance/index.js';
import { LabelLayer } from './label-layer.js';
import { otherEnd, type Model } from './model.js';
import type { Store } from './state.js';
import type { Visibility } from './visibility.js';

interface NodeAttr {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: 'organisation' | 'product';
}
interface EdgeAttr {
  size: number;
  color: string;
  kind: 'relation' | 'usage';
}

const PRODUCT_PREFIX = '\u0001product:';
/** Above this many relations, edges are drawn as 1-pixel lines (a third of the vertices). */
export const LINE_EDGES_ABOVE = 20000;
const DIM_NODE = '#E4E4E4';
const EDGE_COLOR = '#bdbdbd';
const EDGE_FOCUS = '#4d4d4d';
const USAGE_COLOR = '#9a9a9a';

export interface Look {
  colors: string[];
  sizes: number[];
  vis: Visibility;
  /** Relation colours (null: plain grey). */
  edgeColors: string[] | null;
}

/** Pixels of the view covered on each side (by the details sheet on a narrow screen). */
export interface Inset {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Margin (px) kept around a framed neighbourhood; wider on the right, where labels go. */
const FRAME_MARGIN = { left: 40, right: 130, top: 40, bottom: 40 };

export class MapView {
  readonly renderer: Sigma<NodeAttr, EdgeAttr>;
  readonly graph = new UndirectedGraph<NodeAttr, EdgeAttr>();
  private focusNeighbours = new Set<number>();
  private focusEdges = new Set<number>();
  private focus = -1;
  private look: Look;
  readonly labels: LabelLayer;
  private order: Int32Array;
  /** A click or tap on an organisation (the app selects and frames it). */
  onNodeClick: (i: number) => void = (i) => this.store.update({ selected: i, selectedProduct: -1 }, 'selection');
  /** Areas of the map covered by controls (the toolbar), in map pixels; set by the app. */
  reserved: () => Array<{ x: number; y: number; w: number; h: number }> = () => [];
  /** Words for "+N more", set by the app per language. */
  moreText: (n: number) => string = (n) => `+${n}`;

  constructor(
    container: HTMLElement,
    private model: Model,
    private store: Store,
    look: Look,
  ) {
    this.look = look;
    this.order = orderBySize(look.sizes);
    const { nodes, edges } = model.p;
    for (let i = 0; i < model.n; i++) {
      this.graph.addNode(nodes.id[i]!, {
        x: nodes.x[i]!,
        y: nodes.y[i]!,
        size: look.sizes[i]!,
        color: look.colors[i]!,
        label: nodes.label[i]!,
        kind: 'organisation',
      });
    }
    for (let j = 0; j < model.m; j++) {
      const w = edges.weight[j]!;
      this.graph.addEdgeWithKey(`e${j}`, nodes.id[edges.source[j]!]!, nodes.id[edges.target[j]!]!, {
        size: 0.6 + Math.min(3, Math.log2(1 + w) * 0.5),
        color: EDGE_COLOR,
        kind: 'relation',
      });
    }
    this.addProducts();
    (window.__kisMap?.timings.marks ?? {}).graph = performance.now();
    const big = model.m > LINE_EDGES_ABOVE || model.n > 5000;
    const ringOnly = (ctx: CanvasRenderingContext2D, d: { x: number; y: number; size: number }) => {
      ctx.beginPath();
      ctx.arc(d.x, d.y, d.size + 2, 0, Math.PI * 2);
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#1a1a1a';
      ctx.stroke();
    };
    this.renderer = new Sigma<NodeAttr, EdgeAttr>(this.graph, container, {
      edgeProgramClasses: model.m > LINE_EDGES_ABOVE ? { line: EdgeLineProgram } : {},
      renderEdgeLabels: false,
      hideEdgesOnMove: big,
      // Labels are drawn by the label layer (collision-free, inside the canvas).
      renderLabels: false,
      defaultDrawNodeHover: ringOnly,
      defaultEdgeColor: EDGE_COLOR,
      stagePadding: 24,
      allowInvalidContainer: true, // the map panel is hidden while the table is shown
      zIndex: true, // the highlighted organisation and its neighbours are drawn on top
      minCameraRatio: 0.01,
      maxCameraRatio: 4,
      nodeReducer: (key, data) => this.nodeReducer(key, data),
      edgeReducer: (key, data) => this.edgeReducer(key, data),
    });
    // Above sigma's hover layers and below its mouse layer (sigma's layer options; its .d.ts lists only `style`).
    const layer = { afterLayer: 'hoverNodes', style: { pointerEvents: 'none' } };
    this.renderer.createCanvasContext('kisLabels', layer);
    this.renderer.resize(true);
    this.labels = new LabelLayer(this.renderer as unknown as Sigma, model, this.renderer.getCanvases().kisLabels!);
    this.renderer.on('afterRender', () => this.drawLabels());
    this.drawLabels();
    this.renderer.on('enterNode', ({ node }) => {
      const i = this.model.indexOf.get(node);
      container.style.cursor = 'pointer';
      if (i !== undefined) this.store.update({ hovered: i }, 'hover');
    });
    this.renderer.on('leaveNode', () => {
      container.style.cursor = '';
      this.store.update({ hovered: -1 }, 'hover');
    });
    this.renderer.on('clickNode', ({ node }) => {
      const i = this.model.indexOf.get(node);
      if (i !== undefined) this.onNodeClick(i);
      else if (node.startsWith(PRODUCT_PREFIX))
        this.store.update({ selected: -1, selectedProduct: Number(node.slice(PRODUCT_PREFIX.length)) }, 'selection');
    });
    this.renderer.on('clickStage', () => this.store.update({ selected: -1, selectedProduct: -1 }, 'selection'));
  }

  /** Knowledge products as extra nodes near the organisations that use them (hidden until asked). */
  private addProducts(): void {
    const { dict, nodes } = this.model.p;
    dict.products.forEach((name, k) => {
      const users = this.model.usersOf[k] ?? [];
      if (!users.length) return;
      let x = 0;
      let y = 0;
      for (const u of users) {
        x += nodes.x[u]!;
        y += nodes.y[u]!;
      }
      const angle = k * 2.399963;
      const key = PRODUCT_PREFIX + k;
      this.graph.addNode(key, {
        x: x / users.length + Math.cos(angle) * 8,
        y: y / users.length + Math.sin(angle) * 8,
        size: 4 + Math.min(8, Math.sqrt(users.length)),
        color: PRODUCT_COLOR,
        label: name,
        kind: 'product',
      });
      for (const u of users) this.graph.addEdgeWithKey(`u${k}:${u}`, key, nodes.id[u]!, { size: 0.5, color: USAGE_COLOR, kind: 'usage' });
    });
  }

  // Reducers receive a fresh copy of the attributes from sigma: they change it in place
  // (no allocation per item, which matters at 50,000 relations).
  private nodeReducer(key: string, data: NodeAttr): Partial<NodeDisplayData> {
    const st = this.store.state;
    const d = data as NodeAttr & Partial<NodeDisplayData>;
    if (data.kind === 'product') {
      const k = Number(key.slice(PRODUCT_PREFIX.length));
      const users = this.model.usersOf[k] ?? [];
      if (!st.products || !users.some((u) => this.look.vis.nodes[u])) d.hidden = true;
      else if (st.selectedProduct === k) {
        d.highlighted = true;
        d.forceLabel = true;
      } else if (this.focus >= 0 && !users.includes(this.focus)) {
        d.color = DIM_NODE;
        d.label = '';
      }
      return d;
    }
    const i = this.model.indexOf.get(key)!;
    if (!this.look.vis.nodes[i]) {
      d.hidden = true;
      return d;
    }
    d.color = this.look.colors[i]!;
    d.size = this.look.sizes[i]!;
    if (this.focus >= 0) {
      if (i === this.focus) {
        d.highlighted = true;
        d.zIndex = 2;
      } else if (!this.focusNeighbours.has(i)) {
        d.color = DIM_NODE;
      } else {
        d.zIndex = 1;
      }
    } else if (st.selectedProduct >= 0 && !(this.model.usersOf[st.selectedProduct] ?? []).includes(i)) {
      d.color = DIM_NODE;
    }
    return d;
  }

  private edgeReducer(key: string, data: EdgeAttr): Partial<EdgeDisplayData> {
    const st = this.store.state;
    const d = data as EdgeAttr & Partial<EdgeDisplayData>;
    if (data.kind === 'usage') {
      const colon = key.indexOf(':');
      const k = Number(key.slice(1, colon));
      const u = Number(key.slice(colon + 1));
      if (
        !st.products ||
        !this.look.vis.nodes[u] ||
        (this.focus >= 0 && u !== this.focus) ||
        (st.selectedProduct >= 0 && st.selectedProduct !== k)
      )
        d.hidden = true;
      return d;
    }
    const j = Number(key.slice(1));
    const colors = this.look.edgeColors;
    if (colors) d.color = colors[j]!;
    if (!this.look.vis.edges[j]) d.hidden = true;
    else if (this.focus >= 0) {
      if (this.focusEdges.has(j)) {
        if (!colors) d.color = EDGE_FOCUS;
        d.zIndex = 1;
      } else d.hidden = true;
    } else if (st.selectedProduct >= 0) d.hidden = true;
    return d;
  }

  /** Draws the labels (and the hover highlight) for the current state. */
  drawLabels(): void {
    const st = this.store.state;
    this.labels.draw({
      colors: this.look.colors,
      vis: this.look.vis,
      order: this.order,
      labels: st.labels,
      hovered: st.hovered,
      selected: this.focus,
      dimmed: (i) =>
        (this.focus >= 0 && i !== this.focus && !this.focusNeighbours.has(i)) ||
        (st.selectedProduct >= 0 && !(this.model.usersOf[st.selectedProduct] ?? []).includes(i)),
      more: this.moreText,
      reserved: this.reserved(),
    });
    if (st.products && st.hovered < 0) {
      const items: Array<{ key: string; text: string; strong: boolean }> = [];
      this.model.p.dict.products.forEach((name, k) => {
        if (this.graph.hasNode(PRODUCT_PREFIX + k)) items.push({ key: PRODUCT_PREFIX + k, text: name, strong: st.selectedProduct === k });
      });
      items.sort((a, b) => Number(b.strong) - Number(a.strong));
      this.labels.drawExtra(items);
    }
  }

  /** Hover changed: only the label layer is redrawn (the WebGL layers stay as they are). */
  hoverChanged(): void {
    this.drawLabels();
  }

  /** Recomputes the selected neighbourhood (hover is drawn by the label layer). */
  private updateFocus(): void {
    const st = this.store.state;
    this.focus = st.selected;
    this.focusNeighbours = new Set();
    this.focusEdges = new Set();
    const f = this.focus;
    if (f < 0) return;
    for (let k = this.model.adjStart[f]!; k < this.model.adjStart[f + 1]!; k++) {
      const j = this.model.adjEdges[k]!;
      if (!this.look.vis.edges[j]) continue;
      this.focusEdges.add(j);
      this.focusNeighbours.add(otherEnd(this.model, j, f));
    }
  }

  /** New colours/sizes/visibility: re-run the reducers and re-index. */
  setLook(look: Look): void {
    if (look.sizes !== this.look.sizes) this.order = orderBySize(look.sizes);
    this.look = look;
    this.updateFocus();
    this.renderer.refresh();
  }

  /**
   * Hover, selection, labels or products changed: re-run the reducers. Moving the focus from one
   * organisation to another changes only the two neighbourhoods, so only those are refreshed;
   * entering or leaving focus (every organisation dims or brightens) refreshes everything.
   */
  redraw(full = false): void {
    const before = this.focus;
    const oldNodes = this.focusNeighbours;
    const oldEdges = this.focusEdges;
    this.focusNeighbours = new Set();
    this.focusEdges = new Set();
    this.updateFocus();
    if (full) return void this.renderer.refresh();
    if (before >= 0 && this.focus >= 0 && !this.store.state.products) {
      const ids = this.model.p.nodes.id;
      const nodes = new Set<string>([ids[before]!, ids[this.focus]!]);
      for (const i of oldNodes) nodes.add(ids[i]!);
      for (const i of this.focusNeighbours) nodes.add(ids[i]!);
      const edges = new Set<string>();
      for (const j of oldEdges) edges.add(`e${j}`);
      for (const j of this.focusEdges) edges.add(`e${j}`);
      this.renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true, schedule: true });
      return;
    }
    this.renderer.refresh({ skipIndexation: true, schedule: true });
  }

  /** Position of a node in sigma's framed-graph coordinates (independent of the camera). */
  private framed(key: string): { x: number; y: number } {
    const a = this.graph.getNodeAttributes(key);
    return this.renderer.viewportToFramedGraph(this.renderer.graphToViewport({ x: a.x, y: a.y }));
  }

  /**
   * The camera that shows an organisation with all its visible neighbours: centred on their
   * bounding box, zoomed so the box fits inside the view with room for labels on the right. A
   * product (or an organisation without neighbours) is centred at a moderate zoom. Positions come
   * from the graph (graph → viewport → framed graph), not from sigma's display cache, which
   * holds raw positions while a scheduled refresh is pending.
   */
  frameTarget(key: string, cover: Partial<Inset> = {}): { x: number; y: number; ratio: number } | null {
    if (!this.graph.hasNode(key)) return null;
    const i = this.model.indexOf.get(key);
    const keys = [key];
    if (i !== undefined) {
      for (let k = this.model.adjStart[i]!; k < this.model.adjStart[i + 1]!; k++) {
        const j = this.model.adjEdges[k]!;
        if (this.look.vis.edges[j]) keys.push(this.model.p.nodes.id[otherEnd(this.model, j, i)]!);
      }
    }
    const pts = keys.map((k) => this.framed(k));
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const box = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    const centre = { x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 };
    const { width: W, height: H } = this.renderer.getDimensions();
    // The free part of the view: margins, plus what the details sheet covers on a narrow screen.
    const m = {
      left: FRAME_MARGIN.left + (cover.left ?? 0),
      right: Math.min(FRAME_MARGIN.right, W * 0.2) + (cover.right ?? 0),
      top: FRAME_MARGIN.top + (cover.top ?? 0),
      bottom: FRAME_MARGIN.bottom + (cover.bottom ?? 0),
    };
    const freeW = Math.max(40, W - m.left - m.right);
    const freeH = Math.max(40, H - m.top - m.bottom);
    let ratio = Math.min(this.renderer.getCamera().ratio, 0.35);
    if (keys.length > 1) {
      // Viewport size of the box at ratio 1 (sizes scale with 1 / ratio).
      const at1 = { cameraState: { x: centre.x, y: centre.y, ratio: 1, angle: 0 } };
      const a = this.renderer.framedGraphToViewport({ x: box.x0, y: box.y0 }, at1);
      const b = this.renderer.framedGraphToViewport({ x: box.x1, y: box.y1 }, at1);
      ratio = Math.min(1.2, Math.max(Math.abs(b.x - a.x) / freeW, Math.abs(b.y - a.y) / freeH, 0.05));
    }
    // Put the box's centre in the middle of the free part: the camera sits that far the other way.
    const freeCentre = { x: m.left + freeW / 2, y: m.top + freeH / 2 };
    const p = this.renderer.viewportToFramedGraph(freeCentre, { cameraState: { x: centre.x, y: centre.y, ratio, angle: 0 } });
    return { x: 2 * centre.x - p.x, y: 2 * centre.y - p.y, ratio };
  }

  /** Moves the camera to show an organisation with its neighbourhood (see frameTarget). */
  centreOn(key: string, cover: Partial<Inset> = {}): void {
    const target = this.frameTarget(key, cover);
    if (target) void this.renderer.getCamera().animate(target, { duration: 450 });
  }

  zoomIn(): void {
    void this.renderer.getCamera().animatedZoom({ duration: 250 });
  }

  zoomOut(): void {
    void this.renderer.getCamera().animatedUnzoom({ duration: 250 });
  }

  fit(): void {
    void this.renderer.getCamera().animatedReset({ duration: 300 });
  }

  /** Viewport position of a node (for tests and tools), from its graph position. */
  viewportPosition(key: string): { x: number; y: number } | null {
    if (!this.graph.hasNode(key)) return null;
    const a = this.graph.getNodeAttributes(key);
    return this.renderer.graphToViewport({ x: a.x, y: a.y });
  }

  kill(): void {
    this.renderer.kill();
  }
}

export { PRODUCT_PREFIX };

/** Organisation indices by size, largest first (ties by index): the order labels are placed in. */
function orderBySize(sizes: number[]): Int32Array {
  const order = Int32Array.from(sizes.keys());
  order.sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  return order;
}
