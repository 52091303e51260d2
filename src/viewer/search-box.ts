/**
 * Search organisations by name: an `<input type="search">` with a suggestion list (ARIA
 * combobox + listbox). Accent- and case-insensitive; names that start with the query first,
 * then names with a word starting with it, then any match; ties by PageRank.
 */

import { h, nextId, setChildren } from './dom.js';
import type { Strings } from './i18n.js';
import { searchForm, type Model } from './model.js';

const MAX_SUGGESTIONS = 8;

export function matches(model: Model, query: string, max = MAX_SUGGESTIONS): number[] {
  const q = searchForm(query);
  if (!q) return [];
  const found: Array<[number, number]> = [];
  for (let i = 0; i < model.n; i++) {
    const key = model.searchKey[i]!;
    const at = key.indexOf(q);
    if (at < 0) continue;
    found.push([at === 0 ? 0 : key[at - 1] === ' ' || key[at - 1] === '-' ? 1 : 2, i]);
  }
  const pr = model.p.nodes.metrics.pagerank;
  found.sort((a, b) => a[0] - b[0] || (pr[b[1]] ?? 0) - (pr[a[1]] ?? 0) || a[1] - b[1]);
  return found.slice(0, max).map((f) => f[1]);
}

export class SearchBox {
  readonly root = h('div', { class: 'search' });
  private input!: HTMLInputElement;
  private list!: HTMLUListElement;
  private results: number[] = [];
  private active = -1;
  private query = '';
  private S!: Strings;

  constructor(
    private model: Model,
    private onChoose: (i: number) => void,
  ) {}

  render(S: Strings): void {
    this.S = S;
    const inputId = nextId('search');
    const listId = nextId('suggestions');
    const hintId = nextId('search-hint');
    this.input = h('input', {
      id: inputId,
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      'aria-describedby': hintId,
      placeholder: S.searchPlaceholder,
      value: this.query,
    });
    this.list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', 'aria-label': S.search, hidden: true });
    this.input.addEventListener('input', () => this.update(this.input.value));
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    this.input.addEventListener('focus', () => {
      if (this.input.value) this.update(this.input.value);
    });
    setChildren(
      this.root,
      h('label', { for: inputId, text: S.search }),
      this.input,
      this.list,
      h('p', { id: hintId, class: 'hint', text: S.searchHint }),
    );
  }

  private update(value: string): void {
    this.query = value;
    this.results = matches(this.model, value);
    this.active = this.results.length ? 0 : -1;
    this.renderList();
  }

  private renderList(): void {
    const open = this.query.trim() !== '';
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (!open) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    if (!this.results.length) {
      setChildren(this.list, h('li', { class: 'none', 'aria-disabled': 'true', text: this.S.noMatches }));
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    const items = this.results.map((i, k) => {
      const li = h('li', {
        id: `${this.list.id}-${k}`,
        role: 'option',
        'aria-selected': String(k === this.active),
        'data-index': i,
        text: this.model.p.nodes.label[i]!,
      });
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.choose(i);
      });
      return li;
    });
    setChildren(this.list, ...items);
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.results.length) return;
      e.preventDefault();
      const d = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + d + this.results.length) % this.results.length;
      this.renderList();
    } else if (e.key === 'Enter') {
      if (this.active >= 0) {
        e.preventDefault();
        this.choose(this.results[this.active]!);
      }
    } else if (e.key === 'Escape') {
      this.close();
    }
  }

  private choose(i: number): void {
    this.query = this.model.p.nodes.label[i]!;
    this.input.value = this.query;
    this.close();
    this.onChoose(i);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
