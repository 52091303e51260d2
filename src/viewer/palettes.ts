/**
 * The viewer's colour scales beyond the category palettes of src/appearance/: a sequential,
 * colour-blind-safe scale for numeric attributes (viridis, van der Walt & Smith 2015, reversed
 * so higher values are darker and cut before its palest yellow, which vanishes on white), and
 * the Okabe–Ito colours (Okabe & Ito 2008) for relation kinds, change and the engagement
 * shortlist.
 */

/** Viridis from light (low) to dark (high). */
export const SEQUENTIAL: readonly string[] = [
  '#c2df23',
  '#86d549',
  '#52c569',
  '#2ab07f',
  '#1e9b8a',
  '#25858e',
  '#2d708e',
  '#38588c',
  '#433e85',
  '#482173',
];
/** A suppressed value (fewer ratings than the minimum group size) and a missing one, apart from the scale. */
export const SUPPRESSED_COLOR = '#7a7a7a';
export const NO_VALUE_COLOR = '#d6d6d6';

/** Relation kinds (RELATION_KIND_IDS order), a relation coded with several kinds, and none coded. */
export const KIND_COLORS: readonly string[] = ['#0072B2', '#009E73', '#E69F00', '#CC79A7', '#56B4E9'];
export const SEVERAL_KINDS_COLOR = '#3d3d3d';
export const NO_KIND_COLOR = '#cfcfcf';

/** NODE_CHANGE_IDS order: new, stayed, stronger, weaker. */
export const NODE_CHANGE_COLORS: readonly string[] = ['#0072B2', '#bdbdbd', '#009E73', '#D55E00'];
/** EDGE_CHANGE_IDS order: new, stronger, weaker, same. */
export const EDGE_CHANGE_COLORS: readonly string[] = ['#0072B2', '#009E73', '#D55E00', '#cfcfcf'];

/** Engagement shortlist by rank: 1–10, 11–25, further down; and not on the shortlist. */
export const ENGAGEMENT_BANDS = [
  { upTo: 10, color: '#B35806' },
  { upTo: 25, color: '#F1A340' },
  { upTo: Number.POSITIVE_INFINITY, color: '#FDD49E' },
] as const;
export const NOT_SHORTLISTED_COLOR = '#d0d0d0';

/** The colour at position t ∈ [0, 1] of a scale (linear between its stops). */
export function scaleColor(stops: readonly string[], t: number): string {
  const x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
  const k = Math.min(stops.length - 2, Math.floor(x));
  const f = x - k;
  const a = hex(stops[k]!);
  const b = hex(stops[k + 1]!);
  const c = (i: number) =>
    Math.round(a[i]! + (b[i]! - a[i]!) * f)
      .toString(16)
      .padStart(2, '0');
  return `#${c(0)}${c(1)}${c(2)}`;
}

function hex(color: string): number[] {
  const v = Number.parseInt(color.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}
