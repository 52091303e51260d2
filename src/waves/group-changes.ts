/**
 * groups.csv of two waves side by side (docs/contract.md §8), for the `type` and `region`
 * dimensions — the groups that mean the same in both waves. (Community numbers are each wave's
 * own: communities.csv follows communities across the waves.)
 *
 * Privacy (docs/contract.md §6) is applied to each wave and to the difference:
 * - each wave's `rating_mean` is shown only where that wave published it and its `rating_n`
 *   reaches the comparison's threshold (the largest of `--min-group-size` and the two waves'
 *   own minimum group sizes); where the comparison hides more than the wave did, rule (a) of §6
 *   runs again within the dimension, and rule (c) for a type and a region with the very same
 *   organisations (graph/group-suppression.ts), so no hidden mean can be worked out from the
 *   others;
 * - the change of the mean is published only where both means are.
 * Counts (organisations, respondents, …) are not survey aggregates and are shown as they are.
 */

import { compareCodeUnits } from '../compare.js';
import { MembersFingerprint, publishedGroupMeans } from '../graph/group-suppression.js';
import { GROUP_COLUMNS, UNKNOWN_GROUP } from '../export/groups-csv.js';
import type { Wave, WaveGroup } from './wave.js';

export const COMPARED_DIMENSIONS = ['type', 'region'] as const;

export interface GroupChange {
  dimension: string;
  group: string;
  /** The wave's values by column (null: empty, suppressed or absent), means already suppressed. */
  old: Record<string, number | null> | null;
  new: Record<string, number | null> | null;
  /** new − old of the mean rating, where both are published; else null. */
  ratingChange: number | null;
}

/** The columns of groups.csv after `dimension,group` in either wave, in the order analyse writes them. */
export function groupValueColumns(old: Wave, now: Wave): string[] {
  const known = GROUP_COLUMNS.filter((c) => c !== 'dimension' && c !== 'group');
  const extra = [...new Set([...old.groupColumns, ...now.groupColumns])].filter((c) => !known.includes(c)).sort(compareCodeUnits);
  return [...known.filter((c) => old.groupColumns.includes(c) || now.groupColumns.includes(c)), ...extra];
}

/** The members of each type and region group of a wave, as fingerprints (rule (c) of §6: twins share one decision). */
function memberFingerprints(wave: Wave): Map<string, string> {
  const prints = new Map<string, MembersFingerprint>();
  const add = (key: string, id: string) => {
    let f = prints.get(key);
    if (!f) prints.set(key, (f = new MembersFingerprint()));
    f.add(id);
  };
  wave.ids.forEach((id, i) => {
    add(`type\u0000${wave.types[i] || UNKNOWN_GROUP}`, id);
    add(`region\u0000${wave.regions[i] || UNKNOWN_GROUP}`, id);
  });
  return new Map([...prints].map(([k, f]) => [k, f.toString()]));
}

/** A wave's groups of the compared dimensions with `rating_mean` suppressed at `threshold`. */
export function suppressedGroups(wave: Wave, threshold: number): WaveGroup[] {
  const groups = wave.groups.filter((g) => (COMPARED_DIMENSIONS as readonly string[]).includes(g.dimension));
  const members = memberFingerprints(wave);
  const published = publishedGroupMeans(
    groups.map((g) => {
      const n = g.values.rating_n ?? 0;
      // A mean the wave itself left out stays out: marked as resting on hidden ratings.
      const hiddenByWave = n > 0 && g.values.rating_mean === null;
      return {
        dimension: g.dimension,
        ratings: n,
        hiddenRatings: hiddenByWave ? 1 : 0,
        members: members.get(`${g.dimension}\u0000${g.group}`),
      };
    }),
    threshold,
  );
  return groups.map((g, i) => ({ ...g, values: { ...g.values, rating_mean: published[i] ? (g.values.rating_mean ?? null) : null } }));
}

export function groupChanges(old: Wave, now: Wave, threshold: number): GroupChange[] {
  const key = (g: WaveGroup) => `${g.dimension}\u0000${g.group}`;
  const a = new Map(suppressedGroups(old, threshold).map((g) => [key(g), g]));
  const b = new Map(suppressedGroups(now, threshold).map((g) => [key(g), g]));
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const dim = (k: string) => COMPARED_DIMENSIONS.indexOf(k.split('\u0000')[0] as 'type');
  keys.sort((x, y) => dim(x) - dim(y) || compareCodeUnits(x, y));
  return keys.map((k) => {
    const o = a.get(k)?.values ?? null;
    const n = b.get(k)?.values ?? null;
    const mo = o?.rating_mean ?? null;
    const mn = n?.rating_mean ?? null;
    const [dimension, group] = k.split('\u0000') as [string, string];
    return { dimension, group, old: o, new: n, ratingChange: mo !== null && mn !== null ? mn - mo : null };
  });
}
