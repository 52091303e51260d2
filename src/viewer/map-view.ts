/**
 * The canvas map: a graphology graph handed to sigma v3 with display attributes only (x, y,
 * size, color, label; the category lives in `kind`), and every dynamic look — colour and size
 * modes, filters, hover/selection highlight, products layer — applied through sigma's node and
 * edge reducers (sigma story "use-reducers"). Also zoom, fit, labels and PNG export.
 */

import { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { mapSizeRange, PRODUCT_COLOR } from '../appearance/index.js';
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
/** Up to this many neighbours, all their labels are shown while an organisation is in focus. */
const FORCE_NEIGHBOUR_LABELS = 12;
const DIM_NODE = '#E4E4E4';
const EDGE_COLOR = '#bdbdbd';
const EDGE_FOCUS = '#4d4d4d';
const USAGE_COLOR = '#9a9a9a';

export interface Look {
  colors: string[];
  sizes: number[];
  vis: Visibility;
}

export class MapView {
  readonly renderer: Sigma<NodeAttr, EdgeAttr>;
  readonly graph = new UndirectedGraph<NodeAttr, EdgeAttr>();
  private focusNeighbours = new Set<number>();
  private focusEdges = new Set<number>();
  private focus = -1;
  private look: Look;

  constructor(
    container: HTMLElement,
    private model: Model,
    private store: Store,
    look: Look,
  ) {
    this.look = look;
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
    this.renderer = new Sigma<NodeAttr, EdgeAttr>(this.graph, container, {
      edgeProgramClasses: model.m > LINE_EDGES_ABOVE ? { line: EdgeLineProgram } : {},
      renderEdgeLabels: false,
      hideEdgesOnMove: big,
      hideLabelsOnMove: big,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1a1a1a' },
      // Fewer, non-overlapping labels on big maps; there the largest nodes (a few px) get them.
      labelDensity: model.n > 2000 ? 0.5 : 0.7,
      labelGridCellSize: model.n > 2000 ? 180 : 120,
      labelRenderedSizeThreshold: Math.min(7, mapSizeRange(model.n).max * 0.85),
      defaultEdgeColor: EDGE_COLOR,
      stagePadding: 24,
      allowInvalidContainer: true, // the map panel is hidden while the table is shown
      zIndex: true, // the highlighted organisation and its neighbours are drawn on top
      minCameraRatio: 0.01,
      maxCameraRatio: 4,
      nodeReducer: (key, data) => this.nodeReducer(key, data),
      edgeReducer: (key, data) => this.edgeReducer(key, data),
    });
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
      if (i !== undefined) this.store.update({ selected: i, selectedProduct: -1 }, 'selection');
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
    if (!st.labels) d.label = '';
    if (this.focus >= 0) {
      if (i === this.focus) {
        d.highlighted = true;
        d.forceLabel = true;
        d.label = data.label;
        d.zIndex = 2;
      } else if (!this.focusNeighbours.has(i)) {
        d.color = DIM_NODE;
        d.label = '';
      } else {
        d.zIndex = 1;
        // A small neighbourhood is named in full; a hub's keeps sigma's label grid.
        if (st.labels && this.focusNeighbours.size <= FORCE_NEIGHBOUR_LABELS) d.forceLabel = true;
      }
    } else if (st.selectedProduct >= 0 && !(this.model.usersOf[st.selectedProduct] ?? []).includes(i)) {
      d.color = DIM_NODE;
      d.label = '';
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
    if (!this.look.vis.edges[j]) d.hidden = true;
    else if (this.focus >= 0) {
      if (this.focusEdges.has(j)) {
        d.color = EDGE_FOCUS;
        d.zIndex = 1;
      } else d.hidden = true;
    } else if (st.selectedProduct >= 0) d.hidden = true;
    return d;
  }

  /** Recomputes the highlighted neighbourhood (hovered organisation first, else the selected one). */
  private updateFocus(): void {
    const st = this.store.state;
    this.focus = st.hovered >= 0 ? st.hovered : st.selected;
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

  /**
   * Centres the camera on an organisation (or product) and zooms in a little. The target is
   * computed from the node's graph position (graph → viewport → framed graph), not from sigma's
   * display cache, which holds raw positions while a scheduled refresh is pending.
   */
  centreOn(key: string): void {
    if (!this.graph.hasNode(key)) return;
    const a = this.graph.getNodeAttributes(key);
    const framed = this.renderer.viewportToFramedGraph(this.renderer.graphToViewport({ x: a.x, y: a.y }));
    const camera = this.renderer.getCamera();
    void camera.animate({ x: framed.x, y: framed.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: 450 });
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

  /**
   * The current view as a PNG: renders synchronously, then stacks sigma's layers (WebGL and 2D
   * canvases, in DOM order, without the mouse layer) on a white background in the same task,
   * before the WebGL buffers may be cleared.
   */
  toPng(): Promise<Blob | null> {
    this.renderer.refresh();
    const layers = this.renderer.getCanvases();
    const first = layers.edges ?? Object.values(layers)[0];
    const out = document.createElement('canvas');
    out.width = first?.width ?? 1;
    out.height = first?.height ?? 1;
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    const container = this.renderer.getContainer();
    for (const el of Array.from(container.querySelectorAll('canvas'))) {
      if (el.classList.contains('sigma-mouse')) continue;
      ctx.drawImage(el, 0, 0, out.width, out.height);
    }
    return new Promise((resolve) => out.toBlob((b) => resolve(b), 'image/png'));
  }

  kill(): void {
    this.renderer.kill();
  }
}

export { PRODUCT_PREFIX };
