/**
 * Colour and size of every organisation for the chosen modes, with the legend that goes with
 * them. Category modes use the same palettes and scale as the CLI's default appearance
 * (src/appearance/), so the map opens exactly as the GEXF/GraphML exports look; a numeric
 * attribute is coloured by its rank (quantiles) on a sequential scale, with suppressed and
 * missing values apart; `engagement` highlights the shortlist, `change` the compare status.
 * Colours are assigned over all organisations (they do not jump when filters change); legend
 * counts follow the filters.
 */

import { CATEGORY_PALETTE, categoryColors, mapSizeRange, OTHER_COLOR, ROLE_COLORS, sizeScale, TYPE_COLORS } from '../appearance/index.js';
import { EDGE_CHANGE_IDS, NODE_CHANGE_IDS, RELATION_KIND_IDS, ROLE_IDS } from '../export/html/payload-types.js';
import type { Strings } from './i18n.js';
import { communityLabel, type Model } from './model.js';
import {
  EDGE_CHANGE_COLORS,
  ENGAGEMENT_BANDS,
  KIND_COLORS,
  NO_KIND_COLOR,
  NO_VALUE_COLOR,
  NODE_CHANGE_COLORS,
  NOT_SHORTLISTED_COLOR,
  scaleColor,
  SEQUENTIAL,
  SEVERAL_KINDS_COLOR,
  SUPPRESSED_COLOR,
} from './palettes.js';
import type { ColourMode, EdgeColourMode, NumericAttribute, SizeMode } from './state.js';

export interface LegendEntry {
  /** A CSS colour, or 'mixed' for categories that reuse the palette. */
  color: string;
  label: string;
  count: number;
}

export interface Colouring {
  colors: string[];
  /** Legend entry index per organisation (for counting); -1 for the gradient. */
  entryOf: Int32Array;
  entries: Array<Omit<LegendEntry, 'count'>>;
  /** For a numeric attribute: the scale and the values at its ends and middle. */
  gradient?: { stops: readonly string[]; ticks: Array<{ at: number; value: number }>; count: number };
}

/** The values of a numeric attribute per organisation (null: none), and which are suppressed. */
export function numericValues(model: Model, attr: NumericAttribute): { values: Array<number | null>; suppressed: (i: number) => boolean } {
  const N = model.p.nodes;
  if (attr === 'rating') return { values: N.rating, suppressed: (i) => N.ratingSuppressed[i] === 1 };
  if (attr === 'kis') return { values: N.kisContacts, suppressed: () => false };
  if (attr === 'respondents') return { values: N.respondents, suppressed: () => false };
  return { values: N.metrics[attr] ?? [], suppressed: () => false };
}

export function colouring(model: Model, mode: ColourMode, S: Strings): Colouring {
  if (mode.startsWith('num:')) return numericColouring(model, mode.slice(4) as NumericAttribute, S);
  if (mode === 'engagement') return engagementColouring(model, S);
  if (mode === 'change' && model.p.change) return changeColouring(model, S);
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

/** Colour by the rank of a numeric attribute (ties share a colour); suppressed and missing apart. */
function numericColouring(model: Model, attr: NumericAttribute, S: Strings): Colouring {
  const { values, suppressed } = numericValues(model, attr);
  const n = model.n;
  const colors = new Array<string>(n);
  const entryOf = new Int32Array(n).fill(-1);
  const known: number[] = [];
  for (let i = 0; i < n; i++) if (values[i] !== null && values[i] !== undefined && Number.isFinite(values[i])) known.push(i);
  known.sort((a, b) => values[a]! - values[b]!);
  const k = known.length;
  for (let r = 0; r < k; ) {
    let e = r;
    while (e + 1 < k && values[known[e + 1]!] === values[known[r]!]) e++;
    const t = k === 1 ? 1 : (r + e) / 2 / (k - 1);
    const color = scaleColor(SEQUENTIAL, t);
    for (let q = r; q <= e; q++) colors[known[q]!] = color;
    r = e + 1;
  }
  // Suppressed first, then no value: a fixed legend order.
  let anySuppressed = false;
  let anyMissing = false;
  for (let i = 0; i < n; i++) {
    if (colors[i] !== undefined) continue;
    if (suppressed(i)) anySuppressed = true;
    else anyMissing = true;
  }
  const entries: Colouring['entries'] = [];
  const sup = anySuppressed ? entries.push({ color: SUPPRESSED_COLOR, label: S.suppressedShort }) - 1 : -1;
  const none = anyMissing ? entries.push({ color: NO_VALUE_COLOR, label: S.noValue }) - 1 : -1;
  for (let i = 0; i < n; i++) {
    if (colors[i] !== undefined) continue;
    const s = suppressed(i);
    colors[i] = s ? SUPPRESSED_COLOR : NO_VALUE_COLOR;
    entryOf[i] = s ? sup : none;
  }
  const at = (q: number) => values[known[Math.round(q * (k - 1))]!]!;
  const ticks = k === 0 ? [] : k === 1 ? [{ at: 1, value: at(0) }] : [0, 0.5, 1].map((q) => ({ at: q, value: at(q) }));
  return { colors, entryOf, entries, gradient: { stops: SEQUENTIAL, ticks, count: k } };
}

/** The engagement shortlist in bands of rank; everyone else in light grey. */
function engagementColouring(model: Model, S: Strings): Colouring {
  const n = model.n;
  const colors = new Array<string>(n).fill(NOT_SHORTLISTED_COLOR);
  const entries: Colouring['entries'] = ENGAGEMENT_BANDS.map((b, k) => ({
    color: b.color,
    label: S.engagementBand(k === 0 ? 1 : ENGAGEMENT_BANDS[k - 1]!.upTo + 1, Number.isFinite(b.upTo) ? b.upTo : null),
  }));
  entries.push({ color: NOT_SHORTLISTED_COLOR, label: S.notShortlisted });
  const entryOf = new Int32Array(n).fill(entries.length - 1);
  const e = model.p.engagement;
  e?.node.forEach((i, k) => {
    const band = ENGAGEMENT_BANDS.findIndex((b) => e.rank[k]! <= b.upTo);
    colors[i] = ENGAGEMENT_BANDS[band]!.color;
    entryOf[i] = band;
  });
  return { colors, entryOf, entries };
}

/** New, stayed, stronger, weaker since the older wave (compare maps). */
function changeColouring(model: Model, S: Strings): Colouring {
  const ch = model.p.change!;
  const entries = NODE_CHANGE_IDS.map((id, k) => ({ color: NODE_CHANGE_COLORS[k]!, label: S.nodeChange[id] }));
  const entryOf = new Int32Array(model.n);
  const colors = new Array<string>(model.n);
  for (let i = 0; i < model.n; i++) {
    const k = ch.node[i] ?? 1;
    entryOf[i] = k;
    colors[i] = NODE_CHANGE_COLORS[k] ?? NODE_CHANGE_COLORS[1]!;
  }
  return { colors, entryOf, entries };
}

/** Relation colours for an edge colour mode (null: the plain grey), with their legend. */
export interface EdgeColouring {
  colors: string[] | null;
  entryOf: Int32Array;
  entries: Array<Omit<LegendEntry, 'count'>>;
}

export function edgeColouring(model: Model, mode: EdgeColourMode, S: Strings): EdgeColouring {
  const m = model.m;
  const entryOf = new Int32Array(m);
  if (mode === 'change' && model.p.change) {
    const ch = model.p.change;
    const colors = new Array<string>(m);
    for (let j = 0; j < m; j++) {
      const k = ch.edge[j] ?? 3;
      entryOf[j] = k;
      colors[j] = EDGE_CHANGE_COLORS[k] ?? EDGE_CHANGE_COLORS[3]!;
    }
    return { colors, entryOf, entries: EDGE_CHANGE_IDS.map((id, k) => ({ color: EDGE_CHANGE_COLORS[k]!, label: S.edgeChange[id] })) };
  }
  if (mode === 'kind' && model.p.edges.kinds) {
    const kinds = model.p.edges.kinds;
    const colors = new Array<string>(m);
    const several = RELATION_KIND_IDS.length;
    const none = several + 1;
    for (let j = 0; j < m; j++) {
      const bits = kinds[j] ?? 0;
      const k = bits === 0 ? none : (bits & (bits - 1)) !== 0 ? several : Math.log2(bits);
      entryOf[j] = k;
      colors[j] = k === none ? NO_KIND_COLOR : k === several ? SEVERAL_KINDS_COLOR : KIND_COLORS[k]!;
    }
    const entries = [
      ...RELATION_KIND_IDS.map((id, k) => ({ color: KIND_COLORS[k]!, label: S.relationKinds[id] })),
      { color: SEVERAL_KINDS_COLOR, label: S.severalKinds },
      { color: NO_KIND_COLOR, label: S.noKind },
    ];
    return { colors, entryOf, entries };
  }
  return { colors: null, entryOf, entries: [] };
}

/** Legend entries with the number of visible items (organisations or relations) in each. */
export function legendCounts(c: { entryOf: Int32Array; entries: Array<Omit<LegendEntry, 'count'>> }, visible: Uint8Array): LegendEntry[] {
  const counts = new Array<number>(c.entries.length).fill(0);
  for (let i = 0; i < visible.length; i++) if (visible[i] && c.entryOf[i]! >= 0) counts[c.entryOf[i]!]!++;
  return c.entries.map((e, k) => ({ ...e, count: counts[k]! }));
}

/** Node radius per organisation for a size mode (square-root scale as in the exports, range by map size). */
export function sizes(model: Model, mode: SizeMode): number[] {
  const values = mode === 'kis' ? model.p.nodes.kisContacts : model.p.nodes.metrics[mode];
  const { min, max } = mapSizeRange(model.n);
  return sizeScale(values, min, max);
}
