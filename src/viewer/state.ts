/**
 * The viewer's state in one place (language, colour and size modes, filters, selection, view)
 * with a tiny subscribe/notify store: every view re-renders from the state it is given. The
 * colour and size menus derive from the metric registry (src/analyse/registry.ts).
 */

import { type ColourMetric, metricsBy, type SizeMetric } from '../analyse/registry.js';
import { NUMERIC_METRICS, type NumericMetric } from '../export/html/payload-types.js';
import type { Lang } from './i18n.js';

// The colour and size menus: the metrics the registry offers there (colourMenu, sizeMenu), plus
// these modes that are not metrics, each at its position in the menu.
const EXTRA_COLOUR_MODES = [
  { id: 'type', at: 1 },
  { id: 'region', at: 2 },
] as const;
/** Contact moments with KIS (`kis_contacts`), a register count rather than a metric. */
const EXTRA_SIZE_MODES = [{ id: 'kis', at: 5 }] as const;

/** Colour modes that are categories (the first part of the colour menu). */
export type CategoryColourMode = ColourMetric | (typeof EXTRA_COLOUR_MODES)[number]['id'];
/** Numeric attributes a map can be coloured by: every metric, the rating and the register/survey counts. */
export type NumericAttribute = NumericMetric | 'rating' | 'kis' | 'respondents';
export const NUMERIC_ATTRIBUTES: readonly NumericAttribute[] = [...NUMERIC_METRICS, 'kis', 'respondents', 'rating'];
/** `engagement` highlights the engagement shortlist; `change` (compare maps only) the change since the older wave. */
export type ColourMode = CategoryColourMode | 'engagement' | 'change' | `num:${NumericAttribute}`;
/** How relations are coloured: plain grey, by relation kind, or by change (compare maps only). */
export const EDGE_COLOUR_MODES = ['plain', 'kind', 'change'] as const;
export type EdgeColourMode = (typeof EDGE_COLOUR_MODES)[number];
export type SizeMode = SizeMetric | (typeof EXTRA_SIZE_MODES)[number]['id'];

const menu = <T extends string>(entries: ReadonlyArray<{ id: string; at: number }>): readonly T[] =>
  [...entries].sort((a, b) => a.at - b.at).map((e) => e.id as T);
/** The category colour modes, in menu order (the numeric attributes, engagement and change follow them in the menu). */
export const COLOUR_MODES = menu<CategoryColourMode>([...metricsBy('colourMenu'), ...EXTRA_COLOUR_MODES]);
export const SIZE_MODES = menu<SizeMode>([...metricsBy('sizeMenu'), ...EXTRA_SIZE_MODES]);

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
  /** Excluded relation kind indices (RELATION_KIND_IDS; -1 = no kind coded). */
  kinds: Set<number>;
  /** Ego filter: only this organisation and its neighbours up to `steps` steps; node -1 = off. */
  ego: { node: number; steps: 1 | 2 };
}

export interface State {
  lang: Lang;
  colour: ColourMode;
  edgeColour: EdgeColourMode;
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
    kinds: new Set(),
    ego: { node: -1, steps: 1 },
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
