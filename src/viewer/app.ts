/**
 * Puts the map page together: header, controls (a drawer on narrow screens), map (or a
 * plain-words message when there is no WebGL or nothing to draw), table view and side panel
 * (over the map on narrow screens), wired to one store. Every change of state goes through
 * `onChange`, which updates only the views that depend on it, and writes the view into the URL
 * fragment (view-hash.ts): back and forward step through views, a link reopens one.
 */

import type { MapPayload } from '../export/html/payload-types.js';
import { type Colouring, colouring, type EdgeColouring, edgeColouring, legendCounts, sizes } from './appearance.js';
import { Controls } from './controls.js';
import { h, setChildren } from './dom.js';
import { buildScene, type Scene } from './export-scene.js';
import { FONT_FAMILY, sceneToPng } from './export-png.js';
import { sceneToSvg } from './export-svg.js';
import { describeFilters } from './filters-text.js';
import { formatInt, formatNumber } from './format.js';
import { Header } from './header.js';
import { STRINGS, type Lang, type Strings } from './i18n.js';
import { MapView, PRODUCT_PREFIX } from './map-view.js';
import { buildModel, type Model } from './model.js';
import { SidePanel } from './side-panel.js';
import { type Change, emptyFilters, type State, Store } from './state.js';
import { TableView } from './table-view.js';
import { decodeView, encodeView, type ViewState } from './view-hash.js';
import { computeVisibility, type Visibility } from './visibility.js';
import { hasWebGL } from './webgl.js';

/** Changes of the fragment within this time replace the last history entry (a slider drag is one step). */
const HISTORY_COALESCE_MS = 600;

export interface Timings {
  parsed: number;
  /** Named phases (ms since navigation start at their end), for the speed script. */
  marks: Record<string, number>;
  firstRender: number | null;
  interactive: number | null;
}

export class App {
  readonly model: Model;
  readonly store: Store;
  map: MapView | null = null;
  private header: Header;
  private controls: Controls;
  private table: TableView;
  private panel: SidePanel;
  private colour!: Colouring;
  private edgeColour!: EdgeColouring;
  private sizes!: number[];
  /** The opening view (what an empty fragment means). */
  private base: ViewState;
  private lastHashWrite = 0;
  private applyingHash = false;
  private drawerToggle = h('button', { type: 'button', class: 'drawer-toggle', 'aria-controls': 'controls', 'aria-expanded': 'false' });
  private main = h('div', { class: 'main' });
  /** The last export scene (for tests). */
  lastScene: Scene | null = null;
  lastSvg = '';
  private vis!: Visibility;
  private notice: 'noWebgl' | 'renderFailed' | null = null;
  private mapPanel = h('div', { class: 'map-panel', id: 'map-panel', role: 'tabpanel' });
  private container = h('div', { id: 'sigma-container', class: 'sigma' });
  private message = h('div', { class: 'map-message', role: 'status' });
  private toolbar = h('div', { class: 'toolbar', role: 'toolbar' });
  private tablePanel = h('div', { class: 'table-panel', id: 'table-panel', role: 'tabpanel' });
  private tabs = h('div', { class: 'tabs', role: 'tablist' });
  lastPngBytes = 0;

  constructor(
    payload: MapPayload,
    private root: HTMLElement,
    readonly timings: Timings,
  ) {
    this.model = buildModel(payload);
    this.base = {
      lang: payload.lang,
      // A compare map opens on what changed.
      colour: payload.change ? 'change' : 'community',
      edgeColour: payload.change ? 'change' : 'plain',
      size: defaultSize(this.model),
      filters: emptyFilters(),
      products: false,
      labels: true,
      view: 'map',
      selected: -1,
    };
    const opening = decodeView(this.model, location.hash, this.base);
    this.store = new Store({ ...opening, selectedProduct: -1, hovered: -1 });
    this.lastEgo = opening.filters.ego;
    this.header = new Header(this.model, (lang) => this.store.update({ lang }, 'lang'));
    this.controls = new Controls(this.model, this.store, (i) => this.select(i, true));
    this.table = new TableView(this.model, (i) => this.select(i, this.store.state.view === 'map'));
    this.panel = new SidePanel(
      this.model,
      (i) => this.select(i, this.store.state.view === 'map'),
      () => this.store.update({ selected: -1, selectedProduct: -1 }, 'selection'),
      (i) =>
        this.store.update(
          { filters: { ...this.store.state.filters, ego: { node: i, steps: this.store.state.filters.ego.steps } } },
          'filters',
        ),
    );
    this.controls.onCloseDrawer = () => this.setDrawer(false);
    this.drawerToggle.addEventListener('click', () => this.setDrawer(!this.controls.root.classList.contains('open')));
    this.store.subscribe((c) => this.onChange(c));
    window.addEventListener('popstate', () => this.applyHash());
    window.addEventListener('hashchange', () => this.applyHash());
    // Escape closes the controls drawer, else the details (except while typing in the search box,
    // where it closes the list).
    document.addEventListener('keydown', (e) => {
      const st = this.store.state;
      if (e.key !== 'Escape' || e.target instanceof HTMLInputElement) return;
      if (this.controls.root.classList.contains('open')) this.setDrawer(false);
      else if (st.selected >= 0 || st.selectedProduct >= 0) this.store.update({ selected: -1, selectedProduct: -1 }, 'selection');
    });
  }

  get S(): Strings {
    return STRINGS[this.store.state.lang];
  }

  /** Builds the page; returns after the map's first frame (or the fallback) is drawn. */
  start(): void {
    const S = this.S;
    const st = this.store.state;
    this.colour = colouring(this.model, st.colour, S);
    this.edgeColour = edgeColouring(this.model, st.edgeColour, S);
    this.sizes = sizes(this.model, st.size);
    this.vis = computeVisibility(this.model, st.filters);
    const view = h('section', { class: 'view' }, this.tabs, this.mapPanel, this.tablePanel);
    this.mapPanel.append(this.message, this.container, this.toolbar);
    this.tablePanel.append(this.table.root);
    setChildren(this.main, this.controls.root, view, this.panel.root);
    setChildren(this.root, this.header.root, this.main);
    this.renderChrome();
    this.renderMode();
    this.timings.marks.chrome = performance.now();

    const canDraw = this.model.n > 0;
    if (canDraw && !hasWebGL()) this.notice = 'noWebgl';
    if (canDraw && !this.notice) {
      try {
        this.map = new MapView(this.container, this.model, this.store, this.look());
        this.map.moreText = (n) => this.S.moreNeighbours(n);
        this.map.onNodeClick = (i) => this.select(i, true);
        this.map.reserved = () => {
          const c = this.container.getBoundingClientRect();
          return Array.from(this.toolbar.children, (b) => {
            const r = b.getBoundingClientRect();
            return { x: r.left - c.left - 4, y: r.top - c.top - 2, w: r.width + 8, h: r.height + 4 };
          });
        };
        if (st.selected >= 0) {
          this.map.redraw(true);
          const target = this.map.frameTarget(this.model.p.nodes.id[st.selected]!, this.covered());
          if (target) this.map.renderer.getCamera().setState(target);
        }
      } catch (e) {
        console.warn('kis-network map: renderer failed', e);
        this.notice = 'renderFailed';
        this.container.replaceChildren();
      }
    }
    this.timings.firstRender = performance.now();
    if (!this.map) {
      this.mapPanel.classList.add('no-map');
      if (this.notice) {
        this.header.render(S, this.store.state.lang, S[this.notice]);
        this.store.update({ view: 'table' }, 'view');
      }
    }
    this.renderToolbar(S);
    this.renderMessage(S);
    this.table.render(S, this.store.state.lang, this.vis);
    this.table.setExtra(this.panel.goneSection(S));
    this.renderMode();
    this.timings.marks.table = performance.now();
  }

  private look() {
    return { colors: this.colour.colors, sizes: this.sizes, vis: this.vis, edgeColors: this.edgeColour.colors };
  }

  /** Classes the layout follows: which view is shown, whether details are open. */
  private renderMode(): void {
    const st = this.store.state;
    this.main.classList.toggle('view-table', st.view === 'table');
    this.main.classList.toggle('details-open', st.selected >= 0 || st.selectedProduct >= 0);
  }

  /** Opens or closes the controls drawer (narrow screens). */
  setDrawer(open: boolean): void {
    this.controls.root.classList.toggle('open', open);
    this.drawerToggle.setAttribute('aria-expanded', String(open));
    if (open) (this.controls.root.querySelector('input[type=search]') as HTMLInputElement | null)?.focus();
    else if (document.activeElement && this.controls.root.contains(document.activeElement)) this.drawerToggle.focus();
  }

  /** The view as it stands (the parts that go into the fragment). */
  private viewState(): ViewState {
    const { lang, colour, edgeColour, size, filters, products, labels, view, selected } = this.store.state;
    return { lang, colour, edgeColour, size, filters, products, labels, view, selected };
  }

  /** Writes the view into the fragment: a new history entry, or the last one replaced during quick successive changes. */
  private writeHash(): void {
    if (this.applyingHash) return;
    const frag = encodeView(this.model, this.viewState(), this.base);
    if (frag === location.hash.replace(/^#/, '')) return;
    const url = `${location.pathname}${location.search}${frag ? `#${frag}` : ''}`;
    const now = performance.now();
    try {
      if (now - this.lastHashWrite < HISTORY_COALESCE_MS) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    } catch {
      /* a browser that refuses history on file:// keeps the view in the page only */
    }
    this.lastHashWrite = now;
  }

  /** The fragment changed (back, forward, an edited address): show that view. */
  private applyHash(): void {
    const next = decodeView(this.model, location.hash, this.base);
    const cur = this.viewState();
    if (encodeView(this.model, next, this.base) === encodeView(this.model, cur, this.base)) return;
    this.applyingHash = true;
    try {
      const changes: Change[] = ['appearance', 'filters', 'selection', 'view', 'products', 'labels'];
      if (next.lang !== cur.lang) changes.push('lang');
      this.store.update({ ...next, selectedProduct: -1, hovered: -1 } as Partial<State>, ...changes);
      this.controls.render(this.S);
      if (next.selected >= 0 && this.map) this.map.centreOn(this.model.p.nodes.id[next.selected]!, this.covered());
    } finally {
      this.applyingHash = false;
    }
  }

  private renderChrome(): void {
    const S = this.S;
    const lang = this.store.state.lang;
    document.documentElement.lang = lang;
    document.title = S.title;
    this.header.render(S, lang, this.notice ? S[this.notice] : null);
    this.controls.render(S);
    this.controls.renderLegend(S, this.colour, this.vis, this.edgeColour);
    this.renderTabs(S);
    this.renderToolbar(S);
    this.renderMessage(S);
    this.panel.render(S, lang, this.store.state.selected, this.store.state.selectedProduct, this.vis);
  }

  private renderMessage(S: Strings): void {
    const text =
      this.model.n === 0 ? S.emptyGraph : this.notice ? S[this.notice] : this.model.n === 1 && this.model.m === 0 ? S.oneNode : '';
    this.message.textContent = text;
    this.message.hidden = !text;
  }

  private renderTabs(S: Strings): void {
    const view = this.store.state.view;
    const tab = (id: 'map' | 'table', label: string) =>
      h('button', {
        type: 'button',
        role: 'tab',
        id: `tab-${id}`,
        'aria-controls': `${id}-panel`,
        'aria-selected': String(view === id),
        tabindex: view === id ? '0' : '-1',
        'data-view': id,
        text: label,
        onclick: () => this.store.update({ view: id }, 'view'),
        onkeydown: (e: Event) => {
          const k = (e as KeyboardEvent).key;
          if (k === 'ArrowRight' || k === 'ArrowLeft') {
            const next = view === 'map' ? 'table' : 'map';
            this.store.update({ view: next }, 'view');
            (this.tabs.querySelector(`#tab-${next}`) as HTMLElement | null)?.focus();
          }
        },
      });
    this.tabs.setAttribute('aria-label', `${S.viewMap} / ${S.viewTable}`);
    this.drawerToggle.textContent = `☰ ${S.controlsOpen}`;
    setChildren(this.tabs, tab('map', S.viewMap), tab('table', S.viewTable), this.drawerToggle);
    this.mapPanel.setAttribute('aria-labelledby', 'tab-map');
    this.tablePanel.setAttribute('aria-labelledby', 'tab-table');
    this.mapPanel.hidden = view !== 'map';
    this.tablePanel.hidden = view !== 'table';
  }

  private renderToolbar(S: Strings): void {
    this.toolbar.setAttribute('aria-label', S.mapLabel);
    const st = this.store.state;
    const disabled = !this.map;
    const btn = (action: string, label: string, glyph: string, fn: () => void, pressed?: boolean) =>
      h(
        'button',
        {
          type: 'button',
          'data-action': action,
          'aria-label': label,
          title: label,
          disabled,
          'aria-pressed': pressed === undefined ? null : String(pressed),
          onclick: fn,
        },
        h('span', { 'aria-hidden': 'true', text: glyph }),
        pressed === undefined ? null : h('span', { class: 'btn-text', text: label }),
      );
    setChildren(
      this.toolbar,
      btn('zoom-in', S.zoomIn, '+', () => this.map?.zoomIn()),
      btn('zoom-out', S.zoomOut, '−', () => this.map?.zoomOut()),
      btn('fit', S.fit, '⤢', () => this.map?.fit()),
      btn('labels', S.labels, 'Aa', () => this.store.update({ labels: !this.store.state.labels }, 'labels'), st.labels),
      btn('png', S.exportPng, 'PNG', () => void this.exportPng()),
      btn('svg', S.exportSvg, 'SVG', () => this.exportSvg()),
    );
  }

  /** Selects an organisation: side panel, highlight, table row; optionally centres the map on it. */
  select(i: number, centre: boolean): void {
    this.store.update({ selected: i, selectedProduct: -1 }, 'selection');
    if (centre && this.map && i >= 0) this.map.centreOn(this.model.p.nodes.id[i]!, this.covered());
  }

  /** How much of the map the details sheet (narrow screens, where it lies over the map) and the toolbar cover. */
  private covered(): { bottom: number; right: number } {
    const map = this.container.getBoundingClientRect();
    const panel = this.panel.root.getBoundingClientRect();
    const over = getComputedStyle(this.panel.root).position === 'absolute' && panel.height > 0;
    // The toolbar's column on the right, too.
    const tools = this.toolbar.getBoundingClientRect();
    return { bottom: over ? Math.max(0, map.bottom - panel.top) : 0, right: tools.width ? Math.max(0, map.right - tools.left) : 0 };
  }

  private onChange(c: Set<Change>): void {
    const st = this.store.state;
    const S = this.S;
    if (c.has('hover')) this.map?.hoverChanged();
    if (c.size === 1 && c.has('hover')) return;
    if (c.has('lang')) {
      this.colour = colouring(this.model, st.colour, S);
      this.edgeColour = edgeColouring(this.model, st.edgeColour, S);
      if (c.has('appearance')) this.sizes = sizes(this.model, st.size);
      if (c.has('filters')) this.vis = computeVisibility(this.model, st.filters);
      this.map?.setLook(this.look());
      this.renderChrome();
      this.table.render(S, st.lang, this.vis);
      this.table.setExtra(this.panel.goneSection(S));
      this.renderMode();
      this.writeHash();
      return;
    }
    if (c.has('appearance')) {
      this.colour = colouring(this.model, st.colour, S);
      this.edgeColour = edgeColouring(this.model, st.edgeColour, S);
      this.sizes = sizes(this.model, st.size);
    }
    const egoBefore = this.lastEgo;
    if (c.has('filters')) this.vis = computeVisibility(this.model, st.filters);
    if (c.has('appearance') || c.has('filters')) {
      this.map?.setLook(this.look());
      this.controls.renderLegend(S, this.colour, this.vis, this.edgeColour);
    }
    if (c.has('filters')) {
      this.table.render(S, st.lang, this.vis);
      this.panel.render(S, st.lang, st.selected, st.selectedProduct, this.vis);
      if (egoBefore.node !== st.filters.ego.node || egoBefore.steps !== st.filters.ego.steps) {
        if (!this.applyingHash) this.controls.render(S);
        this.controls.renderLegend(S, this.colour, this.vis, this.edgeColour);
        if (st.filters.ego.node >= 0 && this.map) this.map.fit();
      }
      this.lastEgo = st.filters.ego;
    }
    if (c.has('products')) {
      this.map?.redraw(true);
      this.controls.renderLegend(S, this.colour, this.vis, this.edgeColour);
    }
    if (c.has('labels')) {
      this.map?.redraw();
      this.renderToolbar(S);
    }
    if (c.has('selection')) {
      this.map?.redraw();
      this.panel.render(S, st.lang, st.selected, st.selectedProduct, this.vis);
      if (st.selected >= 0) this.table.reveal(st.selected);
    }
    if (c.has('view')) {
      this.renderTabs(S);
      if (st.view === 'map' && this.map) {
        this.map.renderer.resize();
        this.map.renderer.refresh();
      }
    }
    this.renderMode();
    this.writeHash();
  }

  private lastEgo: State['filters']['ego'] = { node: -1, steps: 1 };

  /** The whole map (every visible organisation and relation) as an export scene, in the page's language. */
  exportScene(): Scene {
    const S = this.S;
    const st = this.store.state;
    const L = S.locale;
    const measure = (() => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      return (t: string, size: number, weight: number) => {
        ctx.font = `${weight} ${size}px ${FONT_FAMILY}`;
        return ctx.measureText(t).width;
      };
    })();
    const filters = describeFilters(this.model, S, st.filters);
    const colourName =
      (this.controls.root.querySelector('[data-control="colour"]') as HTMLSelectElement | null)?.selectedOptions[0]?.text ?? '';
    const date = new Date().toLocaleDateString(L, { year: 'numeric', month: 'long', day: 'numeric' });
    const g = this.colour.gradient;
    const scene = buildScene({
      model: this.model,
      colors: this.colour.colors,
      sizes: this.sizes,
      edgeColors: this.edgeColour.colors,
      vis: this.vis,
      title: S.title,
      subtitle: S.subtitle,
      notes: [
        `${S.exportFigures(formatInt(L, this.vis.nodeCount), formatInt(L, this.vis.edgeCount))} · ${S.colourBy}: ${colourName}`,
        filters.length ? S.exportFilters(filters.join('; ')) : S.exportNoFilters,
        `${S.exportMade(date)} · kis-network ${this.model.p.meta.version}`,
      ],
      legendTitle: `${S.legend}: ${colourName}`,
      legend: legendCounts(this.colour, this.vis.nodes),
      gradient: g ? { stops: g.stops, ticks: g.ticks.map((t) => ({ at: t.at, text: formatNumber(L, t.value) })) } : undefined,
      edgeLegendTitle: S.relationsLegend,
      edgeLegend: this.edgeColour.colors ? legendCounts(this.edgeColour, this.vis.edges) : [],
      sizeNote: S.legendSize(S.sizeModes[st.size]),
      measure,
    });
    this.lastScene = scene;
    return scene;
  }

  /** Saves the whole map, with title, legend, filters and date, as a PNG at twice its size. */
  async exportPng(): Promise<void> {
    const blob = await sceneToPng(this.exportScene(), 2);
    if (!blob) return;
    this.lastPngBytes = blob.size;
    this.save(blob, 'kis-stakeholderkaart.png');
  }

  /** Saves the whole map, with title, legend, filters and date, as an SVG file. */
  exportSvg(): void {
    this.lastSvg = sceneToSvg(this.exportScene(), this.S.title);
    this.save(new Blob([this.lastSvg], { type: 'image/svg+xml' }), 'kis-stakeholderkaart.svg');
  }

  private save(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }

  /** Viewport position of an organisation or product on the map (for tests). */
  position(id: string): { x: number; y: number } | null {
    return this.map?.viewportPosition(id) ?? null;
  }

  productKey(k: number): string {
    return PRODUCT_PREFIX + k;
  }
}

function defaultSize(model: Model): 'pagerank' | 'degree' {
  const pr = model.p.nodes.metrics.pagerank;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of pr) {
    if (v === null) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return model.m > 0 && hi > lo ? 'pagerank' : 'degree';
}

export type { Lang };
