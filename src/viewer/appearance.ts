/**
 * Colour and size of every organisation for the chosen modes, with the legend that goes with
 * them. Uses the same palettes and scale as the CLI's default appearance (src/appearance/), so
 * the map opens exactly as the GEXF/GraphML exports look. Colours are assigned over all
 * organisations (they do not jump when filters change); legend counts follow the filters.
 */

import { CATEGORY_PALETTE, categoryColors, mapSizeRange, OTHER_COLOR, ROLE_COLORS, sizeScale, TYPE_COLORS } from '../appearance/index.js';
import { ROLE_IDS } from '../export/html/payload-types.js';
import type { Strings } from './i18n.js';
import { communityLabel, type Model } from './model.js';
import type { ColourMode, SizeMode } from './state.js';

export interface LegendEntry {
  /** A CSS colour, or 'mixed' for categories that reuse the palette. */
  color: string;
  label: string;
  count: number;
}

export interface Colouring {
  colors: string[];
  /** Legend entry index per organisation (for counting). */
  entryOf: Int32Array;
  entries: Array<Omit<LegendEntry, 'count'>>;
}

export function colouring(model: Model, mode: ColourMode, S: Strings): Colouring {
  const { nodes, dict } = model.p;
  const n = model.n;
  const colors = new Array<string>(n);
  const entryOf = new Int32Array(n);
  const entries: Colouring['entries'] = [];
  const entryIx = new Map<string, number>();
  const entry = (key: string, color: string, label: string): number => {
    let ix = entryIx.get(key);
    if (ix === undefined) {
      ix = entries.length;
      entryIx.set(key, ix);
      entries.push({ color, label });
    }
    return ix;
  };
  if (mode === 'community') {
    const { colors: cc, named, cycled, other } = categoryColors(model.communitySize, 2, CATEGORY_PALETTE, true);
    const shown = model.shownCommunitySize;
    for (const c of named) if (shown.has(c)) entry(`c${c}`, cc.get(c)!, communityLabel(model, S, c));
    const cycledShown = cycled.filter((c) => shown.has(c)).length;
    const singleShown = other.filter((c) => shown.has(c)).length;
    if (cycledShown) entry('cycled', 'mixed', S.otherCommunities(cycledShown));
    if (singleShown) entry('single', OTHER_COLOR, S.singletons(singleShown));
    for (let i = 0; i < n; i++) {
      const c = nodes.community[i]!;
      colors[i] = cc.get(c) ?? OTHER_COLOR;
      entryOf[i] = entryIx.get(`c${c}`) ?? ((model.communitySize.get(c) ?? 0) >= 2 ? entryIx.get('cycled')! : entryIx.get('single')!);
    }
  } else if (mode === 'region') {
    const counts = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const r = nodes.region[i]! >= 0 ? dict.regions[nodes.region[i]!]! : '';
      counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    const { colors: rc, named, other } = categoryColors(counts, 1);
    for (const r of named) entry(`r${r}`, rc.get(r)!, r);
    const others = other.filter((r) => r !== '');
    if (others.length) entry('other', OTHER_COLOR, S.otherRegions(others.length));
    if (counts.has('')) entry('unknown', OTHER_COLOR, S.unknown);
    for (let i = 0; i < n; i++) {
      const r = nodes.region[i]! >= 0 ? dict.regions[nodes.region[i]!]! : '';
      colors[i] = rc.get(r) ?? OTHER_COLOR;
      entryOf[i] = r === '' ? entryIx.get('unknown')! : (entryIx.get(`r${r}`) ?? entryIx.get('other')!);
    }
  } else if (mode === 'type') {
    dict.types.forEach((t) => entry(`t${t}`, TYPE_COLORS[t] ?? OTHER_COLOR, S.types[t] ?? t));
    if (nodes.type.some((t) => t < 0)) entry('unknown', OTHER_COLOR, S.unknown);
    for (let i = 0; i < n; i++) {
      const t = nodes.type[i]! >= 0 ? dict.types[nodes.type[i]!]! : '';
      colors[i] = TYPE_COLORS[t] ?? OTHER_COLOR;
      entryOf[i] = t === '' ? entryIx.get('unknown')! : entryIx.get(`t${t}`)!;
    }
  } else {
    const present = new Set(nodes.role);
    ROLE_IDS.forEach((r, k) => {
      if (present.has(k)) entry(r, ROLE_COLORS[r]!, S.roles[r] ?? r);
    });
    for (let i = 0; i < n; i++) {
      const r = ROLE_IDS[nodes.role[i]!] ?? 'isolate';
      colors[i] = ROLE_COLORS[r] ?? OTHER_COLOR;
      entryOf[i] = entryIx.get(r)!;
    }
  }
  return { colors, entryOf, entries };
}

/** Legend entries with the number of visible organisations in each. */
export function legendCounts(c: Colouring, visible: Uint8Array): LegendEntry[] {
  const counts = new Array<number>(c.entries.length).fill(0);
  for (let i = 0; i < visible.length; i++) if (visible[i]) counts[c.entryOf[i]!]!++;
  return c.entries.map((e, k) => ({ ...e, count: counts[k]! }));
}

/** Node radius per organisation for a size mode (square-root scale as in the exports, range by map size). */
export function sizes(model: Model, mode: SizeMode): number[] {
  const values = mode === 'kis' ? model.p.nodes.kisContacts : model.p.nodes.metrics[mode];
  const { min, max } = mapSizeRange(model.n);
  return sizeScale(values, min, max);
}
