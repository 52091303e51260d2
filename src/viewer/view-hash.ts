/**
 * The view in the URL fragment (docs/contract.md §5), so a bookmark or a link reopens it:
 * `#select=ID&colour=num:rating&edges=kind&size=degree&view=table&ego=ID&steps=2&hide-type=other
 * &hide-region=Zeeland&hide-community=3&hide-relation=funding&theme=wonen&interview=0&survey=0
 * &min-weight=2&two-sources=1&products=1&labels=0&lang=en`. Only what differs from the opening
 * view is written; values are URL-encoded, lists are repeated keys. Unknown keys and values that
 * name nothing in this map are ignored, so an old or edited link still opens.
 */

import { RELATION_KIND_IDS } from '../export/html/payload-types.js';
import type { Model } from './model.js';
import {
  COLOUR_MODES,
  EDGE_COLOUR_MODES,
  type EdgeColourMode,
  emptyFilters,
  NUMERIC_ATTRIBUTES,
  type ColourMode,
  type Filters,
  SIZE_MODES,
  type SizeMode,
  type State,
} from './state.js';

/** The parts of the state a view consists of. */
export type ViewState = Pick<State, 'lang' | 'colour' | 'edgeColour' | 'size' | 'filters' | 'products' | 'labels' | 'view' | 'selected'>;

const UNKNOWN = 'unknown';
const NONE = 'none';

/** Whether a colour mode can be used with this map. */
export function colourModeAvailable(model: Model, mode: string): mode is ColourMode {
  if ((COLOUR_MODES as readonly string[]).includes(mode)) return true;
  if (mode === 'engagement') return true;
  if (mode === 'change') return Boolean(model.p.change);
  return mode.startsWith('num:') && (NUMERIC_ATTRIBUTES as readonly string[]).includes(mode.slice(4));
}

export function edgeModeAvailable(model: Model, mode: string): mode is EdgeColourMode {
  if (!(EDGE_COLOUR_MODES as readonly string[]).includes(mode)) return false;
  return mode !== 'change' || Boolean(model.p.change);
}

/** The fragment (without `#`) for a view; `base` is the opening view. */
export function encodeView(model: Model, v: ViewState, base: ViewState): string {
  const q = new URLSearchParams();
  const { nodes, dict } = model.p;
  if (v.selected >= 0) q.set('select', nodes.id[v.selected]!);
  if (v.colour !== base.colour) q.set('colour', v.colour);
  if (v.edgeColour !== base.edgeColour) q.set('edges', v.edgeColour);
  if (v.size !== base.size) q.set('size', v.size);
  if (v.view !== base.view) q.set('view', v.view);
  const f = v.filters;
  if (f.ego.node >= 0) {
    q.set('ego', nodes.id[f.ego.node]!);
    if (f.ego.steps !== 1) q.set('steps', String(f.ego.steps));
  }
  for (const t of [...f.types].sort((a, b) => a - b)) q.append('hide-type', t < 0 ? UNKNOWN : dict.types[t]!);
  for (const r of [...f.regions].sort((a, b) => a - b)) q.append('hide-region', r < 0 ? UNKNOWN : dict.regions[r]!);
  for (const c of [...f.communities].sort((a, b) => a - b)) q.append('hide-community', String(c));
  for (const k of [...f.kinds].sort((a, b) => a - b)) q.append('hide-relation', k < 0 ? NONE : RELATION_KIND_IDS[k]!);
  if (f.theme >= 0) q.set('theme', dict.themes[f.theme]!);
  if (!f.interview) q.set('interview', '0');
  if (!f.survey) q.set('survey', '0');
  if (f.minWeight > 0) q.set('min-weight', String(f.minWeight));
  if (f.twoSources) q.set('two-sources', '1');
  if (v.products !== base.products) q.set('products', v.products ? '1' : '0');
  if (v.labels !== base.labels) q.set('labels', v.labels ? '1' : '0');
  if (v.lang !== base.lang) q.set('lang', v.lang);
  return q.toString();
}

/** The view a fragment describes, on top of the opening view `base`. */
export function decodeView(model: Model, fragment: string, base: ViewState): ViewState {
  const q = new URLSearchParams(fragment.replace(/^#/, ''));
  const { dict } = model.p;
  const v: ViewState = { ...base, filters: emptyFilters() };
  const node = (id: string | null) => (id === null ? -1 : (model.indexOf.get(id) ?? -1));
  v.selected = node(q.get('select'));
  const colour = q.get('colour');
  if (colour && colourModeAvailable(model, colour)) v.colour = colour;
  const edges = q.get('edges');
  if (edges && edgeModeAvailable(model, edges)) v.edgeColour = edges;
  const size = q.get('size');
  if (size && (SIZE_MODES as readonly string[]).includes(size)) v.size = size as SizeMode;
  const view = q.get('view');
  if (view === 'map' || view === 'table') v.view = view;
  const f: Filters = v.filters;
  const ego = node(q.get('ego'));
  if (ego >= 0) f.ego = { node: ego, steps: q.get('steps') === '2' ? 2 : 1 };
  const indices = (key: string, names: readonly string[]) => {
    const out = new Set<number>();
    for (const value of q.getAll(key)) {
      if (value === UNKNOWN) out.add(-1);
      else if (names.includes(value)) out.add(names.indexOf(value));
    }
    return out;
  };
  f.types = indices('hide-type', dict.types);
  f.regions = indices('hide-region', dict.regions);
  for (const c of q.getAll('hide-community')) if (model.shownCommunitySize.has(Number(c))) f.communities.add(Number(c));
  for (const k of q.getAll('hide-relation')) {
    if (k === NONE) f.kinds.add(-1);
    else if ((RELATION_KIND_IDS as readonly string[]).includes(k))
      f.kinds.add(RELATION_KIND_IDS.indexOf(k as (typeof RELATION_KIND_IDS)[number]));
  }
  const theme = q.get('theme');
  if (theme !== null && dict.themes.includes(theme)) f.theme = dict.themes.indexOf(theme);
  f.interview = q.get('interview') !== '0';
  f.survey = q.get('survey') !== '0';
  const w = Number(q.get('min-weight'));
  if (Number.isFinite(w) && w > 0) f.minWeight = w;
  f.twoSources = q.get('two-sources') === '1';
  const flag = (key: string, dflt: boolean) => (q.get(key) === '1' ? true : q.get(key) === '0' ? false : dflt);
  v.products = flag('products', base.products) && model.p.dict.products.length > 0;
  v.labels = flag('labels', base.labels);
  const lang = q.get('lang');
  if (lang === 'nl' || lang === 'en') v.lang = lang;
  return v;
}
