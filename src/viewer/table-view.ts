/**
 * The table of visible organisations: the accessible alternative to the canvas. Follows the
 * filters, sorts by any column (header buttons, aria-sort), is navigable with the keyboard
 * (ARIA grid with an active row: arrows, Page Up/Down, Home/End, Enter opens the details) and
 * renders only the rows in view (fixed row height, spacer rows), so 10,000 rows stay fast.
 * Column widths are measured from the header words and the longest values; headers wrap. The
 * visible rows, in the table's order, download as CSV (csv-rows.ts).
 */

import { metricsBy, type TableMetric } from '../analyse/registry.js';
import { ROLE_IDS } from '../export/html/payload-types.js';
import { h, setChildren } from './dom.js';
import { formatInt, formatNumber } from './format.js';
import { metricText, type Lang, type Strings } from './i18n.js';
import type { Model } from './model.js';
import { csvDocument } from './csv-rows.js';
import type { Visibility } from './visibility.js';

export const ROW_HEIGHT = 30;
const OVERSCAN = 8;

interface Column {
  id: string;
  numeric: boolean;
  label: (S: Strings, lang: Lang) => string;
  /** Sort key: number (null last) or string. */
  key: (i: number, S: Strings) => number | string | null;
  text: (i: number, S: Strings) => string;
  /** Widest a column may get (px); longer values are cut with "…". */
  max?: number;
  /** Text, though sorted as a number (the community: number and name). */
  left?: boolean;
}

const CELL_FONT = '400 14px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const HEAD_FONT = '600 14px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
/** Rows sampled to measure a column (the longest values by length among them, plus the first rows). */
const MEASURE_ROWS = 400;

export class TableView {
  readonly root = h('div', { class: 'table-view' });
  private scroller = h('div', { class: 'table-scroll' });
  private table = h('table', { role: 'grid', tabindex: '0', id: 'org-table' });
  private colgroup = h('colgroup');
  private download = h('button', { type: 'button', class: 'csv-download', 'data-action': 'csv' });
  /** The last CSV made (for tests). */
  lastCsv = '';
  /** An extra section under the table (what is gone, on compare maps). */
  extra: HTMLElement | null = null;
  private tbody = h('tbody');
  private caption = h('caption');
  private hint = h('p', { class: 'hint' });
  private rows: number[] = [];
  private sortCol = 'label';
  private sortDir: 1 | -1 = 1;
  private active = 0;
  private S!: Strings;
  private lang: Lang = 'nl';
  private columns: Column[];
  private frame = 0;
  private collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

  constructor(
    private model: Model,
    private onOpen: (i: number) => void,
  ) {
    const { nodes, dict } = model.p;
    // The numeric metric columns the registry puts in the table (mapTable), in its order.
    const metricColumns = metricsBy('mapTable').map(({ id }): Column => {
      const get = (i: number) => nodes.metrics[id as TableMetric][i]!;
      return {
        id,
        numeric: true,
        label: (_S, lang) => metricText(id, lang).label,
        key: get,
        text: (i, S) => formatNumber(S.locale, get(i)),
      };
    });
    this.columns = [
      { id: 'label', numeric: false, label: (S) => S.organisations, key: (i) => nodes.label[i]!, text: (i) => nodes.label[i]!, max: 340 },
      {
        id: 'type',
        numeric: false,
        label: (S) => S.type,
        key: (i, S) => (nodes.type[i]! >= 0 ? (S.types[dict.types[nodes.type[i]!]!] ?? '') : null),
        text: (i, S) => (nodes.type[i]! >= 0 ? (S.types[dict.types[nodes.type[i]!]!] ?? dict.types[nodes.type[i]!]!) : S.unknown),
      },
      {
        id: 'region',
        numeric: false,
        label: (S) => S.region,
        key: (i) => (nodes.region[i]! >= 0 ? dict.regions[nodes.region[i]!]! : null),
        text: (i, S) => (nodes.region[i]! >= 0 ? dict.regions[nodes.region[i]!]! : S.unknown),
      },
      {
        id: 'community',
        numeric: true,
        label: (_S, lang) => metricText('community', lang).label,
        key: (i) => nodes.community[i]!,
        text: (i, S) => {
          const c = nodes.community[i]!;
          const name = model.communityName.get(c);
          return name ? `${formatInt(S.locale, c)} · ${name}` : formatInt(S.locale, c);
        },
        max: 260,
        left: true,
      },
      {
        id: 'role',
        numeric: false,
        label: (S) => S.role,
        key: (i, S) => S.roles[ROLE_IDS[nodes.role[i]!]!] ?? '',
        text: (i, S) => S.roles[ROLE_IDS[nodes.role[i]!]!] ?? '',
      },
      ...metricColumns,
      {
        id: 'kis',
        numeric: true,
        label: (S) => S.sizeModes.kis,
        key: (i) => nodes.kisContacts[i] ?? null,
        text: (i, S) => (nodes.kisContacts[i] === null ? '–' : formatInt(S.locale, nodes.kisContacts[i]!)),
      },
      {
        id: 'respondents',
        numeric: true,
        label: (S) => S.respondents,
        key: (i) => nodes.respondents[i]!,
        text: (i, S) => formatInt(S.locale, nodes.respondents[i]!),
      },
      {
        id: 'rating',
        numeric: true,
        label: (S) => S.ratingMean,
        key: (i) => nodes.rating[i] ?? null,
        text: (i, S) =>
          nodes.rating[i] !== null
            ? formatNumber(S.locale, nodes.rating[i]!)
            : nodes.ratingSuppressed[i]
              ? S.suppressed(model.p.meta.params.minGroupSize).split(':')[0]!
              : '–',
      },
    ];
    this.table.append(this.caption, this.colgroup, h('thead'), this.tbody);
    this.scroller.append(this.table);
    this.download.addEventListener('click', () => this.downloadCsv());
    this.root.append(h('div', { class: 'table-bar' }, this.hint, this.download), this.scroller);
    this.scroller.addEventListener('scroll', () => this.schedule());
    this.table.addEventListener('keydown', (e) => this.onKey(e));
    // Focus by keyboard marks the active row; focus by a click must not re-render the rows
    // between the press and the release, or the click loses its row.
    let pressing = false;
    this.table.addEventListener('pointerdown', () => {
      pressing = true;
    });
    document.addEventListener('pointerup', () => {
      pressing = false;
    });
    this.table.addEventListener('focus', () => {
      if (!pressing) this.renderRows();
    });
    this.tbody.addEventListener('click', (e) => {
      const tr = (e.target as HTMLElement).closest('tr[data-pos]');
      if (!tr) return;
      this.active = Number(tr.getAttribute('data-pos'));
      this.renderRows();
      this.onOpen(this.rows[this.active]!);
    });
  }

  /** Rebuilds headers and rows for the language and the visible organisations. */
  render(S: Strings, lang: Lang, vis: Visibility): void {
    this.S = S;
    this.lang = lang;
    this.collator = new Intl.Collator(S.locale, { sensitivity: 'base', numeric: true });
    const current = this.rows[this.active];
    this.rows = [];
    for (let i = 0; i < this.model.n; i++) if (vis.nodes[i]) this.rows.push(i);
    this.sortRows();
    const pos = current === undefined ? -1 : this.rows.indexOf(current);
    this.active = Math.max(pos, 0);
    this.download.textContent = S.downloadCsv;
    this.measureColumns();
    this.renderHead();
    this.renderRows();
  }

  /** Column widths from the header words and the longest values (a sample of the rows). */
  private measureColumns(): void {
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return;
    const S = this.S;
    const sample = this.rows.length <= MEASURE_ROWS ? this.rows : this.rows.slice(0, MEASURE_ROWS);
    let total = 0;
    const cols = this.columns.map((c) => {
      ctx.font = HEAD_FONT;
      // A header may wrap onto two or three lines: it needs its longest word, and a share of the whole.
      const label = c.label(S, this.lang);
      const words = label.split(/\s+/);
      const head = Math.max(...words.map((w) => ctx.measureText(w).width), ctx.measureText(label).width / 3) + 28;
      ctx.font = CELL_FONT;
      const texts = sample.map((i) => c.text(i, S));
      // The longest values by length; for the label column also over all rows.
      const longest = (c.id === 'label' ? this.rows.map((i) => this.model.p.nodes.label[i]!) : texts)
        .slice()
        .sort((a, b) => b.length - a.length)
        .slice(0, 12);
      const cell = Math.max(0, ...longest.map((t) => ctx.measureText(t).width)) + 20;
      const w = Math.ceil(Math.min(c.max ?? 240, Math.max(head, cell, 56)));
      total += w;
      // Widths go through the CSSOM (a style attribute would need 'unsafe-inline' in the CSP).
      const col = h('col', { 'data-col': c.id });
      col.style.width = `${w}px`;
      return col;
    });
    setChildren(this.colgroup, ...cols);
    this.table.style.minWidth = `${total}px`;
  }

  /** The visible rows in the table's order as a CSV file (what the table shows, numbers in full). */
  csv(): string {
    const S = this.S;
    return csvDocument(
      this.columns.map((c) => c.label(S, this.lang)),
      this.rows.map((i) => this.columns.map((c) => (c.numeric ? c.key(i, S) : c.text(i, S)))),
    );
  }

  private downloadCsv(): void {
    this.lastCsv = this.csv();
    const url = URL.createObjectURL(new Blob([this.lastCsv], { type: 'text/csv;charset=utf-8' }));
    const a = h('a', {
      href: url,
      download: this.S.locale.startsWith('nl') ? 'kis-organisaties.csv' : 'kis-organisations.csv',
      hidden: true,
    });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }

  private renderHead(): void {
    const S = this.S;
    const count = S.tableCaption(formatInt(S.locale, this.rows.length));
    this.caption.textContent = count;
    this.hint.textContent = S.tableHint;
    this.table.setAttribute('aria-rowcount', String(this.rows.length + 1));
    this.table.setAttribute('aria-colcount', String(this.columns.length));
    const head = h(
      'tr',
      { 'aria-rowindex': '1' },
      ...this.columns.map((c) => {
        const sorted = c.id === this.sortCol;
        return h(
          'th',
          {
            scope: 'col',
            class: c.numeric && !c.left ? 'num' : null,
            'aria-sort': sorted ? (this.sortDir === 1 ? 'ascending' : 'descending') : 'none',
          },
          h('button', {
            type: 'button',
            'data-col': c.id,
            onclick: () => this.sortBy(c.id),
            title: sorted ? `${c.label(S, this.lang)} (${this.sortDir === 1 ? S.sortAsc : S.sortDesc})` : c.label(S, this.lang),
            text: c.label(S, this.lang) + (sorted ? (this.sortDir === 1 ? ' ▲' : ' ▼') : ''),
          }),
        );
      }),
    );
    setChildren(this.table.tHead!, head);
  }

  /** Sorts by a column; a second click on the same column reverses the order. */
  sortBy(col: string): void {
    if (this.sortCol === col) this.sortDir = this.sortDir === 1 ? -1 : 1;
    else {
      this.sortCol = col;
      this.sortDir = this.columns.find((c) => c.id === col)?.numeric ? -1 : 1;
    }
    this.sortRows();
    this.active = 0;
    this.scroller.scrollTop = 0;
    this.renderHead();
    this.renderRows();
    (this.table.tHead?.querySelector(`button[data-col="${col}"]`) as HTMLButtonElement | null)?.focus();
  }

  private sortRows(): void {
    const col = this.columns.find((c) => c.id === this.sortCol) ?? this.columns[0]!;
    const S = this.S;
    const keys = new Map<number, number | string | null>();
    for (const i of this.rows) keys.set(i, col.key(i, S));
    const dir = this.sortDir;
    const labels = this.model.p.nodes.label;
    this.rows.sort((a, b) => {
      const ka = keys.get(a)!;
      const kb = keys.get(b)!;
      if (ka === null && kb !== null) return 1;
      if (kb === null && ka !== null) return -1;
      let d = 0;
      if (ka !== null && kb !== null)
        d = typeof ka === 'number' ? (ka as number) - (kb as number) : this.collator.compare(ka as string, kb as string);
      if (d !== 0) return d * dir;
      return this.collator.compare(labels[a]!, labels[b]!) || a - b;
    });
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.renderRows();
    });
  }

  /** Renders the rows in view (plus a margin) between two spacer rows. */
  renderRows(): void {
    const total = this.rows.length;
    if (!total) {
      setChildren(this.tbody, h('tr', {}, h('td', { colspan: this.columns.length, class: 'muted', text: this.S?.noRows ?? '' })));
      this.table.removeAttribute('aria-activedescendant');
      return;
    }
    const viewH = this.scroller.clientHeight || 600;
    const first = Math.max(0, Math.floor(this.scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(total, Math.ceil((this.scroller.scrollTop + viewH) / ROW_HEIGHT) + OVERSCAN);
    const top = h('tr', { class: 'spacer', 'aria-hidden': 'true' });
    top.style.height = `${first * ROW_HEIGHT}px`;
    const bottom = h('tr', { class: 'spacer', 'aria-hidden': 'true' });
    bottom.style.height = `${(total - last) * ROW_HEIGHT}px`;
    const trs: HTMLTableRowElement[] = [];
    for (let pos = first; pos < last; pos++) {
      const i = this.rows[pos]!;
      const tr = h(
        'tr',
        {
          id: `org-row-${pos}`,
          'data-pos': pos,
          'data-index': i,
          'aria-rowindex': pos + 2,
          'aria-selected': String(pos === this.active),
          class: pos === this.active ? 'active' : null,
        },
        ...this.columns.map((c) =>
          h(c.id === 'label' ? 'th' : 'td', {
            class: c.numeric && !c.left ? 'num' : null,
            title: c.max ? c.text(i, this.S) : null,
            scope: c.id === 'label' ? 'row' : null,
            text: c.text(i, this.S),
          }),
        ),
      );
      trs.push(tr);
    }
    setChildren(this.tbody, top, ...trs, bottom);
    if (this.active >= first && this.active < last) this.table.setAttribute('aria-activedescendant', `org-row-${this.active}`);
  }

  private onKey(e: KeyboardEvent): void {
    const total = this.rows.length;
    if (!total) return;
    const page = Math.max(1, Math.floor((this.scroller.clientHeight || 600) / ROW_HEIGHT) - 1);
    let next = this.active;
    switch (e.key) {
      case 'ArrowDown':
        next++;
        break;
      case 'ArrowUp':
        next--;
        break;
      case 'PageDown':
        next += page;
        break;
      case 'PageUp':
        next -= page;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = total - 1;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.onOpen(this.rows[this.active]!);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.active = Math.max(0, Math.min(total - 1, next));
    this.scrollToActive();
    this.renderRows();
  }

  /** Scrolls so the active row is in view (below the sticky header). */
  private scrollToActive(): void {
    const headH = this.table.tHead?.offsetHeight ?? ROW_HEIGHT;
    const capH = this.caption.offsetHeight || 0;
    const y = this.active * ROW_HEIGHT;
    const view = this.scroller.clientHeight - headH - capH;
    if (y < this.scroller.scrollTop) this.scroller.scrollTop = y;
    else if (y + ROW_HEIGHT > this.scroller.scrollTop + view) this.scroller.scrollTop = y + ROW_HEIGHT - view;
  }

  /** Makes organisation i the active row (e.g. after a selection elsewhere). */
  reveal(i: number): void {
    const pos = this.rows.indexOf(i);
    if (pos < 0) return;
    this.active = pos;
    this.scrollToActive();
    this.renderRows();
  }

  /** Puts a section under the table (what is gone, on compare maps), or removes it. */
  setExtra(el: HTMLElement | null): void {
    this.extra?.remove();
    this.extra = el;
    if (el) this.root.append(el);
  }

  /** Index of the organisation in the active row (for tests). */
  activeIndex(): number {
    return this.rows[this.active] ?? -1;
  }

  focus(): void {
    this.table.focus();
  }
}
