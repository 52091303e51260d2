/**
 * Puts the map page together: header, controls, map (or a plain-words message when there is
 * no WebGL or nothing to draw), table view and side panel, wired to one store. Every change of
 * state goes through `onChange`, which updates only the views that depend on it.
 */

import type { MapPayload } from '../export/html/payload-types.js';
import { colouring, sizes, type Colouring } from './appearance.js';
import { Controls } from './controls.js';
import { h, setChildren } from './dom.js';
import { Header } from './header.js';
import { STRINGS, type Lang, type Strings } from './i18n.js';
import { MapView, PRODUCT_PREFIX } from './map-view.js';
import { buildModel, type Model } from './model.js';
import { SidePanel } from './side-panel.js';
import { emptyFilters, Store, type Change } from './state.js';
import { TableView } from './table-view.js';
import { computeVisibility, type Visibility } from './visibility.js';
import { hasWebGL } from './webgl.js';

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
  private sizes!: number[];
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
    this.store = new Store({
      lang: payload.lang,
      colour: 'community',
      size: defaultSize(this.model),
      filters: emptyFilters(),
      products: false,
      labels: true,
      view: 'map',
      selected: -1,
      selectedProduct: -1,
      hovered: -1,
    });
    this.header = new Header(this.model, (lang) => this.store.update({ lang }, 'lang'));
    this.controls = new Controls(this.model, this.store, (i) => this.select(i, true));
    this.table = new TableView(this.model, (i) => this.select(i, this.store.state.view === 'map'));
    this.panel = new SidePanel(
      this.model,
      (i) => this.select(i, true),
      () => this.store.update({ selected: -1, selectedProduct: -1 }, 'selection'),
    );
    this.store.subscribe((c) => this.onChange(c));
    // Escape closes the details (except while typing in the search box, where it closes the list).
    document.addEventListener('keydown', (e) => {
      const st = this.store.state;
      if (e.key !== 'Escape' || e.target instanceof HTMLInputElement) return;
      if (st.selected >= 0 || st.selectedProduct >= 0) this.store.update({ selected: -1, selectedProduct: -1 }, 'selection');
    });
  }

  get S(): Strings {
    return STRINGS[this.store.state.lang];
  }

  /** Builds the page; returns after the map's first frame (or the fallback) is drawn. */
  start(): void {
    const S = this.S;
    this.colour = colouring(this.model, 'community', S);
    this.sizes = sizes(this.model, this.store.state.size);
    this.vis = computeVisibility(this.model, this.store.state.filters);
    const view = h('section', { class: 'view' }, this.tabs, this.mapPanel, this.tablePanel);
    this.mapPanel.append(this.message, this.container, this.toolbar);
    this.tablePanel.append(this.table.root);
    setChildren(this.root, this.header.root, h('div', { class: 'main' }, this.controls.root, view, this.panel.root));
    this.renderChrome();
    this.timings.marks.chrome = performance.now();

    const canDraw = this.model.n > 0;
    if (canDraw && !hasWebGL()) this.notice = 'noWebgl';
    if (canDraw && !this.notice) {
      try {
        this.map = new MapView(this.container, this.model, this.store, { colors: this.colour.colors, sizes: this.sizes, vis: this.vis });
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
    this.timings.marks.table = performance.now();
  }

  private renderChrome(): void {
    const S = this.S;
    const lang = this.store.state.lang;
    document.documentElement.lang = lang;
    document.title = S.title;
    this.header.render(S, lang, this.notice ? S[this.notice] : null);
    this.controls.render(S);
    this.controls.renderLegend(S, this.colour, this.vis);
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
    setChildren(this.tabs, tab('map', S.viewMap), tab('table', S.viewTable));
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
        pressed === undefined && action !== 'png' ? null : h('span', { class: 'btn-text', text: label }),
      );
    setChildren(
      this.toolbar,
      btn('zoom-in', S.zoomIn, '+', () => this.map?.zoomIn()),
      btn('zoom-out', S.zoomOut, '−', () => this.map?.zoomOut()),
      btn('fit', S.fit, '⤢', () => this.map?.fit()),
      btn('labels', S.labels, 'Aa', () => this.store.update({ labels: !this.store.state.labels }, 'labels'), st.labels),
      btn('png', S.exportPng, '⤓', () => void this.exportPng()),
    );
  }

  /** Selects an organisation: side panel, highlight, table row; optionally centres the map on it. */
  select(i: number, centre: boolean): void {
    this.store.update({ selected: i, selectedProduct: -1 }, 'selection');
    if (centre && this.map && i >= 0) this.map.centreOn(this.model.p.nodes.id[i]!);
  }

  private onChange(c: Set<Change>): void {
    const st = this.store.state;
    const S = this.S;
    if (c.has('lang')) {
      this.colour = colouring(this.model, st.colour, S);
      this.renderChrome();
      this.table.render(S, st.lang, this.vis);
      return;
    }
    if (c.has('appearance')) {
      this.colour = colouring(this.model, st.colour, S);
      this.sizes = sizes(this.model, st.size);
    }
    if (c.has('filters')) this.vis = computeVisibility(this.model, st.filters);
    if (c.has('appearance') || c.has('filters')) {
      this.map?.setLook({ colors: this.colour.colors, sizes: this.sizes, vis: this.vis });
      this.controls.renderLegend(S, this.colour, this.vis);
    }
    if (c.has('filters')) {
      this.table.render(S, st.lang, this.vis);
      this.panel.render(S, st.lang, st.selected, st.selectedProduct, this.vis);
    }
    if (c.has('products')) {
      this.map?.redraw(true);
      this.controls.renderLegend(S, this.colour, this.vis);
    }
    if (c.has('labels')) {
      this.map?.redraw();
      this.renderToolbar(S);
    }
    if (c.has('hover')) this.map?.redraw();
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
  }

  /** Saves the current map view as a PNG file. */
  async exportPng(): Promise<void> {
    if (!this.map) return;
    const blob = await this.map.toPng();
    if (!blob) return;
    this.lastPngBytes = blob.size;
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: 'kis-stakeholderkaart.png', hidden: true });
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
