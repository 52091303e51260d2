/**
 * The left-hand controls: search, colour and size modes, the legend (following the colour mode,
 * with counts of visible organisations), and the filters — type, region, community, theme,
 * source of evidence, minimum relation weight, "at least two sources", products layer.
 * Controls are rebuilt only when the language changes, so focus stays where the user is.
 */

import { CATEGORY_PALETTE } from '../appearance/index.js';
import { legendCounts, type Colouring } from './appearance.js';
import { h, nextId, setChildren } from './dom.js';
import { formatInt, formatNumber } from './format.js';
import type { Strings } from './i18n.js';
import { communityLabel, type Model } from './model.js';
import { SearchBox } from './search-box.js';
import { COLOUR_MODES, SIZE_MODES, emptyFilters, type Filters, type Store } from './state.js';
import type { Visibility } from './visibility.js';

export class Controls {
  readonly root = h('aside', { class: 'controls' });
  readonly search: SearchBox;
  private legend = h('section', { class: 'legend' });
  private count = h('p', { class: 'visible-count', 'aria-live': 'polite' });
  private weightOut = h('output', { class: 'weight-value' });
  private frame = 0;
  private pending: Partial<Filters> = {};

  constructor(
    private model: Model,
    private store: Store,
    onChoose: (i: number) => void,
  ) {
    this.search = new SearchBox(model, onChoose);
  }

  render(S: Strings): void {
    const st = this.store.state;
    const { dict, nodes } = this.model.p;
    this.root.setAttribute('aria-label', S.controlsLabel);
    this.search.render(S);

    const colourId = nextId('colour');
    const sizeId = nextId('size');
    const colour = h(
      'select',
      { id: colourId, 'data-control': 'colour' },
      ...COLOUR_MODES.map((m) => h('option', { value: m, text: S.colourModes[m] })),
    );
    colour.value = st.colour;
    colour.addEventListener('change', () => this.store.update({ colour: colour.value as typeof st.colour }, 'appearance'));
    const size = h(
      'select',
      { id: sizeId, 'data-control': 'size' },
      ...SIZE_MODES.map((m) => h('option', { value: m, text: S.sizeModes[m] })),
    );
    size.value = st.size;
    size.addEventListener('change', () => this.store.update({ size: size.value as typeof st.size }, 'appearance'));

    const f = st.filters;
    const counts = (values: number[], k: number) => values.reduce((s, v) => s + (v === k ? 1 : 0), 0);
    const typeValues = [...dict.types.map((_t, k) => k), ...(nodes.type.includes(-1) ? [-1] : [])];
    const typeBox = this.checkList(
      S,
      'types',
      S.type,
      typeValues.map((k) => ({
        value: k,
        label: k >= 0 ? (S.types[dict.types[k]!] ?? dict.types[k]!) : S.unknown,
        count: counts(nodes.type, k),
      })),
      f.types,
    );
    const regionValues = [...dict.regions.map((_r, k) => k), ...(nodes.region.includes(-1) ? [-1] : [])];
    const regionBox = this.checkList(
      S,
      'regions',
      S.region,
      regionValues.map((k) => ({
        value: k,
        label: k >= 0 ? dict.regions[k]! : S.unknown,
        count: counts(nodes.region, k),
      })),
      f.regions,
    );
    const comms = [...this.model.shownCommunitySize.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const commBox = this.checkList(
      S,
      'communities',
      S.communities,
      comms.map(([c, n]) => ({ value: c, label: communityLabel(this.model, S, c), count: n })),
      f.communities,
    );

    const themeId = nextId('theme');
    const theme = h(
      'select',
      { id: themeId, 'data-filter': 'theme' },
      h('option', { value: '-1', text: S.allThemes }),
      ...dict.themes.map((t, k) => h('option', { value: String(k), text: t })),
    );
    theme.value = String(f.theme);
    theme.addEventListener('change', () => this.setFilters({ theme: Number(theme.value) }));

    const srcBox = h(
      'fieldset',
      { class: 'sources', disabled: !this.model.hasEdgeSources },
      h('legend', { text: S.sourceOfEvidence }),
      ...(['interview', 'survey'] as const).map((s) => {
        const id = nextId(s);
        const cb = h('input', { type: 'checkbox', id, 'data-filter': 'source', 'data-value': s, checked: f[s] });
        cb.addEventListener('change', () => this.setFilters({ [s]: cb.checked }));
        return h('div', { class: 'check' }, cb, h('label', { for: id, text: S.sources[s] }));
      }),
    );

    const weightId = nextId('weight');
    const max = this.model.maxWeight;
    const integer = this.model.p.edges.weight.every((w) => Number.isInteger(w));
    const weight = h('input', {
      type: 'range',
      id: weightId,
      min: '0',
      max: String(max || 1),
      step: integer ? '1' : String((max || 1) / 100),
      value: String(f.minWeight),
      'data-filter': 'min-weight',
      disabled: this.model.m === 0,
    });
    this.weightOut.textContent = formatNumber(S.locale, f.minWeight);
    weight.addEventListener('input', () => {
      this.weightOut.textContent = formatNumber(S.locale, Number(weight.value));
      this.setFilters({ minWeight: Number(weight.value) });
    });

    const twoId = nextId('two');
    const two = h('input', {
      type: 'checkbox',
      id: twoId,
      'data-filter': 'two-sources',
      checked: f.twoSources,
      disabled: this.model.m === 0,
    });
    two.addEventListener('change', () => this.setFilters({ twoSources: two.checked }));
    const prodId = nextId('products');
    const prod = h('input', {
      type: 'checkbox',
      id: prodId,
      'data-control': 'products',
      checked: st.products,
      disabled: this.model.p.dict.products.length === 0,
    });
    prod.addEventListener('change', () => this.store.update({ products: prod.checked }, 'products'));

    const reset = h('button', { type: 'button', class: 'reset', text: S.resetFilters });
    reset.addEventListener('click', () => {
      this.store.update({ filters: emptyFilters() }, 'filters');
      this.render(this.S);
    });

    setChildren(
      this.root,
      this.search.root,
      h('div', { class: 'field' }, h('label', { for: colourId, text: S.colourBy }), colour),
      h('div', { class: 'field' }, h('label', { for: sizeId, text: S.sizeBy }), size),
      this.legend,
      h(
        'section',
        { class: 'filters', 'aria-labelledby': 'filters-title' },
        h('h2', { id: 'filters-title', text: S.filters }),
        this.count,
        typeBox,
        regionBox,
        commBox,
        h('div', { class: 'field' }, h('label', { for: themeId, text: S.theme }), theme),
        srcBox,
        h(
          'div',
          { class: 'field' },
          h('label', { for: weightId, text: S.minWeight }),
          h('div', { class: 'range' }, weight, this.weightOut),
        ),
        h('div', { class: 'check' }, two, h('label', { for: twoId, text: S.twoSources, title: S.twoSourcesHint })),
        h('p', { class: 'hint', text: S.twoSourcesHint }),
        h('div', { class: 'check' }, prod, h('label', { for: prodId, text: S.productsLayer })),
        reset,
      ),
    );
    this.S = S;
  }

  private S!: Strings;

  /** A collapsible list of checkboxes (checked = shown) with counts and all/none buttons. */
  private checkList(
    S: Strings,
    key: 'types' | 'regions' | 'communities',
    title: string,
    items: Array<{ value: number; label: string; count: number }>,
    excluded: Set<number>,
  ): HTMLElement {
    const boxes: HTMLInputElement[] = [];
    const apply = () => {
      const set = new Set<number>();
      boxes.forEach((b, k) => {
        if (!b.checked) set.add(items[k]!.value);
      });
      this.setFilters({ [key]: set });
    };
    const list = h(
      'ul',
      { class: 'checklist' },
      ...items.map((it) => {
        const id = nextId(key);
        const cb = h('input', { type: 'checkbox', id, 'data-filter': key, 'data-value': it.value, checked: !excluded.has(it.value) });
        cb.addEventListener('change', apply);
        boxes.push(cb);
        return h(
          'li',
          { class: 'check' },
          cb,
          h('label', { for: id }, it.label, ' ', h('span', { class: 'count', text: `(${formatInt(S.locale, it.count)})` })),
        );
      }),
    );
    const all = h('button', { type: 'button', class: 'link', text: S.all });
    all.addEventListener('click', () => {
      boxes.forEach((b) => (b.checked = true));
      apply();
    });
    const none = h('button', { type: 'button', class: 'link', text: S.none });
    none.addEventListener('click', () => {
      boxes.forEach((b) => (b.checked = false));
      apply();
    });
    return h(
      'details',
      { class: 'group', 'data-group': key, open: key === 'types' ? true : null },
      h('summary', { text: `${title}${excluded.size ? ' •' : ''}` }),
      h('div', { class: 'allnone' }, all, ' / ', none),
      list,
    );
  }

  /** Coalesces rapid filter changes (slider drags) into one update per frame. */
  private setFilters(patch: Partial<Filters>): void {
    Object.assign(this.pending, patch);
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const filters = { ...this.store.state.filters, ...this.pending };
      this.pending = {};
      this.store.update({ filters }, 'filters');
    });
  }

  /** Legend for the current colour mode (counts of visible organisations) and size mode. */
  renderLegend(S: Strings, c: Colouring, vis: Visibility): void {
    const entries = legendCounts(c, vis.nodes);
    setChildren(
      this.legend,
      h('h2', { text: S.legend }),
      h(
        'ul',
        { class: 'legend-items', 'data-mode': this.store.state.colour },
        ...entries.map((e) => {
          const sw = h('span', { class: 'swatch', 'aria-hidden': 'true' });
          if (e.color === 'mixed')
            sw.style.background = `conic-gradient(${CATEGORY_PALETTE.slice(0, 6)
              .map((c, k) => `${c} ${k * 60}deg ${(k + 1) * 60}deg`)
              .join(', ')})`;
          else sw.style.backgroundColor = e.color;
          return h(
            'li',
            {},
            sw,
            h('span', { class: 'legend-label', text: e.label }),
            h('span', { class: 'count', text: formatInt(S.locale, e.count) }),
          );
        }),
        this.store.state.products && this.model.p.dict.products.length
          ? h(
              'li',
              {},
              (() => {
                const sw = h('span', { class: 'swatch product', 'aria-hidden': 'true' });
                sw.style.backgroundColor = '#555555';
                return sw;
              })(),
              h('span', { class: 'legend-label', text: S.product }),
              h('span', { class: 'count', text: formatInt(S.locale, this.model.p.dict.products.length) }),
            )
          : null,
      ),
      h('p', { class: 'hint size-legend', text: S.legendSize(S.sizeModes[this.store.state.size]) }),
    );
    this.count.textContent = S.visibleCount(
      formatInt(S.locale, vis.nodeCount),
      formatInt(S.locale, this.model.n),
      formatInt(S.locale, vis.edgeCount),
    );
  }
}
