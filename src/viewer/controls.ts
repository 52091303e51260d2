/**
 * The left-hand controls (a drawer on narrow screens): search, colour modes for organisations
 * (groups, any numeric attribute, the engagement shortlist, change) and relations, size mode,
 * the legend (following the colour modes, with counts of visible organisations and relations;
 * a gradient for numbers), and the filters — neighbourhood (ego), type, region, community,
 * relation kind, theme, source of evidence, minimum relation weight, "at least two sources",
 * products layer. Controls are rebuilt only when the language or the whole view changes, so
 * focus stays where the user is.
 */

import { CATEGORY_PALETTE } from '../appearance/index.js';
import { RELATION_KIND_IDS } from '../export/html/payload-types.js';
import { type Colouring, type EdgeColouring, legendCounts } from './appearance.js';
import { h, nextId, setChildren } from './dom.js';
import { formatInt, formatNumber } from './format.js';
import { metricText, type Strings } from './i18n.js';
import { communityLabel, type Model } from './model.js';
import { SearchBox } from './search-box.js';
import {
  COLOUR_MODES,
  EDGE_COLOUR_MODES,
  emptyFilters,
  type Filters,
  NUMERIC_ATTRIBUTES,
  type NumericAttribute,
  SIZE_MODES,
  type Store,
} from './state.js';
import { edgeModeAvailable } from './view-hash.js';
import type { Visibility } from './visibility.js';

export class Controls {
  readonly root = h('aside', { class: 'controls', id: 'controls' });
  /** Closes the drawer (narrow screens). */
  onCloseDrawer: () => void = () => {};
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
      h('optgroup', { label: S.colourGroups.groups }, ...COLOUR_MODES.map((m) => h('option', { value: m, text: S.colourModes[m] }))),
      h(
        'optgroup',
        { label: S.colourGroups.numbers },
        ...NUMERIC_ATTRIBUTES.map((a) => h('option', { value: `num:${a}`, text: numericName(S, a) })),
      ),
      h(
        'optgroup',
        { label: S.colourGroups.other },
        h('option', { value: 'engagement', text: S.engagementMode, disabled: !this.model.p.engagement?.node.length }),
        this.model.p.change ? h('option', { value: 'change', text: S.changeMode }) : null,
      ),
    );
    colour.value = st.colour;
    colour.addEventListener('change', () => this.store.update({ colour: colour.value as typeof st.colour }, 'appearance'));
    const edgeId = nextId('edge-colour');
    const edgeColour = h(
      'select',
      { id: edgeId, 'data-control': 'edge-colour', disabled: this.model.m === 0 },
      ...EDGE_COLOUR_MODES.filter((m) => edgeModeAvailable(this.model, m)).map((m) => h('option', { value: m, text: S.edgeModes[m] })),
    );
    edgeColour.value = st.edgeColour;
    edgeColour.addEventListener('change', () => this.store.update({ edgeColour: edgeColour.value as typeof st.edgeColour }, 'appearance'));
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
    const kinds = this.model.p.edges.kinds ?? [];
    const kindCount = (k: number) => kinds.reduce((n, bits) => n + ((k < 0 ? bits === 0 : (bits >> k) & 1) ? 1 : 0), 0);
    const kindBox = kinds.some((b) => b !== 0)
      ? this.checkList(
          S,
          'kinds',
          S.relationKind,
          [
            ...RELATION_KIND_IDS.map((id, k) => ({ value: k, label: S.relationKinds[id], count: kindCount(k) })),
            { value: -1, label: S.noKind, count: kindCount(-1) },
          ],
          f.kinds,
        )
      : null;
    const ego = this.egoField(S);
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
      h('button', {
        type: 'button',
        class: 'drawer-close',
        'aria-label': S.controlsClose,
        title: S.controlsClose,
        onclick: () => this.onCloseDrawer(),
        text: '×',
      }),
      this.search.root,
      h('div', { class: 'field' }, h('label', { for: colourId, text: S.colourBy }), colour),
      h('div', { class: 'field' }, h('label', { for: edgeId, text: S.edgeColourBy }), edgeColour),
      h('div', { class: 'field' }, h('label', { for: sizeId, text: S.sizeBy }), size),
      this.legend,
      h(
        'section',
        { class: 'filters', 'aria-labelledby': 'filters-title' },
        h('h2', { id: 'filters-title', text: S.filters }),
        this.count,
        ego,
        typeBox,
        regionBox,
        commBox,
        kindBox,
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
    key: 'types' | 'regions' | 'communities' | 'kinds',
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

  /** The ego filter: whose neighbourhood is shown, one or two steps, and a way back. */
  private egoField(S: Strings): HTMLElement {
    const ego = this.store.state.filters.ego;
    if (ego.node < 0)
      return h('div', { class: 'field ego', 'data-filter': 'ego' }, h('h3', { text: S.ego }), h('p', { class: 'hint', text: S.egoNone }));
    const stepsId = nextId('ego-steps');
    const steps = h(
      'select',
      { id: stepsId, 'data-filter': 'ego-steps' },
      ...[1, 2].map((k) => h('option', { value: String(k), text: S.egoSteps(k) })),
    );
    steps.value = String(ego.steps);
    steps.addEventListener('change', () => this.setFilters({ ego: { node: ego.node, steps: steps.value === '2' ? 2 : 1 } }));
    return h(
      'div',
      { class: 'field ego active', 'data-filter': 'ego' },
      h('h3', { text: S.ego }),
      h('p', { class: 'ego-who', text: S.egoOf(this.model.p.nodes.label[ego.node]!) }),
      h('label', { for: stepsId, class: 'visually-hidden', text: S.ego }),
      steps,
      h('button', {
        type: 'button',
        class: 'link',
        'data-action': 'ego-clear',
        text: S.egoClear,
        onclick: () => this.setFilters({ ego: { node: -1, steps: 1 } }),
      }),
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

  /** Legend for the current colour modes (counts of visible organisations and relations) and size mode. */
  renderLegend(S: Strings, c: Colouring, vis: Visibility, ec?: EdgeColouring): void {
    const entries = legendCounts(c, vis.nodes);
    const edgeEntries = ec?.colors ? legendCounts(ec, vis.edges) : [];
    const g = c.gradient;
    const gradient = g
      ? h(
          'div',
          { class: 'gradient', 'data-legend': 'gradient' },
          (() => {
            const bar = h('div', { class: 'gradient-bar', 'aria-hidden': 'true' });
            bar.style.background = `linear-gradient(to right, ${g.stops.join(', ')})`;
            return bar;
          })(),
          h(
            'div',
            { class: 'gradient-ticks' },
            ...g.ticks.map((t) => h('span', { 'data-at': String(t.at), text: formatNumber(S.locale, t.value) })),
          ),
          h('p', { class: 'hint', text: S.gradientHint(formatInt(S.locale, g.count)) }),
        )
      : null;
    setChildren(
      this.legend,
      h('h2', { text: S.legend }),
      gradient,
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
      edgeEntries.length ? h('h3', { class: 'legend-sub', text: S.relationsLegend }) : null,
      edgeEntries.length
        ? h(
            'ul',
            { class: 'legend-items edges', 'data-mode': this.store.state.edgeColour },
            ...edgeEntries.map((e) => {
              const sw = h('span', { class: 'swatch line', 'aria-hidden': 'true' });
              sw.style.backgroundColor = e.color;
              return h(
                'li',
                {},
                sw,
                h('span', { class: 'legend-label', text: e.label }),
                h('span', { class: 'count', text: formatInt(S.locale, e.count) }),
              );
            }),
          )
        : null,
      h('p', { class: 'hint size-legend', text: S.legendSize(S.sizeModes[this.store.state.size]) }),
    );
    this.count.textContent = S.visibleCount(
      formatInt(S.locale, vis.nodeCount),
      formatInt(S.locale, this.model.n),
      formatInt(S.locale, vis.edgeCount),
    );
  }
}

/** The menu name of a numeric attribute: the metric's label, or the rating and count names. */
export function numericName(S: Strings, a: NumericAttribute): string {
  if (a === 'kis' || a === 'respondents' || a === 'rating') return S.numericNames[a];
  return metricText(a, S.locale.startsWith('nl') ? 'nl' : 'en').label;
}
