/**
 * Search organisations by name: an `<input type="search">` with a suggestion list (ARIA
 * combobox + listbox). Matches the label and every other name the data used (aliases,
 * spellings), tolerates typos, best match first (search.ts); a match on another name shows
 * that name under the label.
 */

import { h, nextId, setChildren } from './dom.js';
import type { Strings } from './i18n.js';
import type { Model } from './model.js';
import { search, searchForm, type SearchHit } from './search.js';

const MAX_SUGGESTIONS = 8;

export function matches(model: Model, query: string, max = MAX_SUGGESTIONS): SearchHit[] {
  return search(model.searchIndex(), query, max);
}

export class SearchBox {
  readonly root = h('div', { class: 'search' });
  private input!: HTMLInputElement;
  private list!: HTMLUListElement;
  private results: SearchHit[] = [];
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
    const items = this.results.map((hit, k) => {
      const i = hit.index;
      const other = hit.form > 0 ? this.model.aka.get(i)?.find((n) => n && this.sameForm(n, hit)) : undefined;
      const li = h(
        'li',
        {
          id: `${this.list.id}-${k}`,
          role: 'option',
          'aria-selected': String(k === this.active),
          'data-index': i,
        },
        h('span', { class: 'option-label', text: this.model.p.nodes.label[i]! }),
        other ? h('span', { class: 'option-aka', text: ` (${this.S.alsoKnownAs} ${other})` }) : null,
      );
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
        this.choose(this.results[this.active]!.index);
      }
    } else if (e.key === 'Escape') {
      this.close();
    }
  }

  /** The other name a hit matched on (its search form is the hit's form). */
  private sameForm(name: string, hit: SearchHit): boolean {
    const forms = this.model.searchIndex().forms[hit.index]!;
    return forms.indexOf(searchForm(name)) === hit.form;
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
