/**
 * The viewer's state in one place (language, colour and size modes, filters, selection, view)
 * with a tiny subscribe/notify store: every view re-renders from the state it is given.
 */

import type { Lang } from './i18n.js';

export type ColourMode = 'community' | 'type' | 'region' | 'role';
export type SizeMode = 'pagerank' | 'degree' | 'strength' | 'betweenness' | 'eigenvector' | 'kis';
export const COLOUR_MODES: readonly ColourMode[] = ['community', 'type', 'region', 'role'];
export const SIZE_MODES: readonly SizeMode[] = ['pagerank', 'degree', 'strength', 'betweenness', 'eigenvector', 'kis'];

export interface Filters {
  /** Excluded type indices (-1 = unknown). Empty = everything shown. */
  types: Set<number>;
  regions: Set<number>;
  communities: Set<number>;
  /** Theme index, or -1 for all. */
  theme: number;
  interview: boolean;
  survey: boolean;
  minWeight: number;
  twoSources: boolean;
}

export interface State {
  lang: Lang;
  colour: ColourMode;
  size: SizeMode;
  filters: Filters;
  products: boolean;
  labels: boolean;
  view: 'map' | 'table';
  /** Selected organisation index, or -1. */
  selected: number;
  /** Selected product index (products layer), or -1. */
  selectedProduct: number;
  hovered: number;
}

export type Change = 'lang' | 'appearance' | 'filters' | 'selection' | 'hover' | 'view' | 'products' | 'labels';

export function emptyFilters(): Filters {
  return {
    types: new Set(),
    regions: new Set(),
    communities: new Set(),
    theme: -1,
    interview: true,
    survey: true,
    minWeight: 0,
    twoSources: false,
  };
}

export class Store {
  state: State;
  private listeners: Array<(changes: Set<Change>) => void> = [];

  constructor(initial: State) {
    this.state = initial;
  }

  subscribe(fn: (changes: Set<Change>) => void): void {
    this.listeners.push(fn);
  }

  /** Applies `patch` and tells every listener what changed. */
  update(patch: Partial<State>, ...changes: Change[]): void {
    this.state = { ...this.state, ...patch };
    const set = new Set(changes);
    for (const fn of this.listeners) fn(set);
  }
}
