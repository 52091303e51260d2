/**
 * Community names (docs/contract.md §5): a short, deterministic description of each community
 * made only of data values, so that it is the same whatever `--lang` is.
 *
 * - A value *dominates* when at least 2 members and at least 40 % of the members have it; ties
 *   go to the value first by code unit.
 * - The name is the dominant region and the dominant theme, joined with " · "
 *   ("Utrecht · wijkaanpak"), or the one of the two that dominates.
 * - When neither dominates (and for a community of one organisation) the name is the label of
 *   the most central member, followed by "+N" for the N other members ("Gemeente Utrecht +11").
 * - A name longer than 40 characters is cut at 39 and ends in "…".
 * - Names are unique: taken in community order (largest first), a name that is already in use
 *   gets " (2)", " (3)", … .
 */

import { compareCodeUnits } from '../compare.js';

export interface CommunityNameInput {
  community: number;
  size: number;
  /** Members per region, organisations without a region left out. */
  regions: Readonly<Record<string, number>>;
  /** Members per theme (a member counts once for each of its themes). */
  themes: Readonly<Record<string, number>>;
  /** Label of the most central member. */
  central: string;
}

export const NAME_MAX_LENGTH = 40;
const MIN_SHARE = 0.4;
const MIN_MEMBERS = 2;
const SEPARATOR = ' · ';

/** The dominant value of a count table, or undefined when none has the required share. */
export function dominant(counts: Readonly<Record<string, number>>, size: number): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, n] of Object.entries(counts)) {
    if (value === '' || n < MIN_MEMBERS || n < MIN_SHARE * size) continue;
    if (n > bestCount || (n === bestCount && best !== undefined && compareCodeUnits(value, best) < 0)) {
      best = value;
      bestCount = n;
    }
  }
  return best;
}

/** Cut to at most `max` UTF-16 code units, never inside a surrogate pair, ending in "…". */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** The name of one community before uniqueness is enforced. */
export function baseCommunityName(c: CommunityNameInput): string {
  const parts = [dominant(c.regions, c.size), dominant(c.themes, c.size)].filter((p): p is string => p !== undefined);
  if (parts.length > 0) return shorten(parts.join(SEPARATOR), NAME_MAX_LENGTH);
  const more = c.size > 1 ? ` +${c.size - 1}` : '';
  const central = c.central.trim() || String(c.community);
  return `${shorten(central, NAME_MAX_LENGTH - more.length)}${more}`;
}

/** Unique names for the given communities, keyed by community number. */
export function communityNames(communities: readonly CommunityNameInput[]): Map<number, string> {
  const names = new Map<number, string>();
  const used = new Set<string>();
  for (const c of [...communities].sort((a, b) => a.community - b.community)) {
    const base = baseCommunityName(c);
    let name = base;
    for (let k = 2; used.has(name); k++) name = `${base} (${k})`;
    used.add(name);
    names.set(c.community, name);
  }
  return names;
}
